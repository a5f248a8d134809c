/**
 * Deterministic number formatting for the plain-words reasons.
 *
 * Never uses the machine's locale. Plain numbers go through our own formatter (toFixed is
 * locale-independent and rounds the exact binary value half-up, as Intl does). Money uses
 * Intl.NumberFormat pinned to 'en-US' once per currency, only to learn the currency's symbol,
 * its placement and its usual decimals; the digits are then formatted here. A large team's
 * report formats a few hundred thousand numbers, and calling Intl for each one was the
 * slowest part of the analysis. Tests check the output matches Intl's exactly.
 */

/** Groups an unsigned string of digits with commas: "1234567" → "1,234,567". */
function groupDigits(digits: string): string {
  if (digits.length <= 3) return digits;
  const head = digits.length % 3 || 3;
  let out = digits.slice(0, head);
  for (let i = head; i < digits.length; i += 3) out += `,${digits.slice(i, i + 3)}`;
  return out;
}

/** |value| with exactly `decimals` decimals (or fewer when `trimZeros`), grouped. */
function formatUnsigned(abs: number, decimals: number, trimZeros: boolean): string {
  const fixed = abs.toFixed(decimals);
  // toFixed switches to exponent notation from 1e21; such amounts are not worth grouping.
  if (fixed.includes('e')) return fixed;
  const dot = fixed.indexOf('.');
  if (dot === -1) return groupDigits(fixed);
  let end = fixed.length;
  if (trimZeros) {
    while (end > dot + 1 && fixed.charCodeAt(end - 1) === 48 /* '0' */) end -= 1;
    if (end === dot + 1) end = dot;
  }
  // Fast path for the common case (under 1,000): no grouping, at most one slice.
  if (dot <= 3) return end === fixed.length ? fixed : fixed.slice(0, end);
  const intPart = groupDigits(fixed.slice(0, dot));
  return end > dot ? intPart + fixed.slice(dot, end) : intPart;
}

function isAllZeros(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c !== 48 && c !== 44 /* ',' */ && c !== 46 /* '.' */) return false;
  }
  return true;
}

/** Rounds to at most `maxDecimals`, drops trailing zeros, groups thousands with commas. */
export function formatNumber(value: number, maxDecimals: number): string {
  if (Number.isNaN(value)) return 'n/a';
  if (!Number.isFinite(value)) return value > 0 ? '∞' : '-∞';
  const body = formatUnsigned(Math.abs(value), maxDecimals, true);
  // "-0" would read as a bug; a value that rounds to zero has no sign.
  return value < 0 && !isAllZeros(body) ? `-${body}` : body;
}

/**
 * Fewer decimals as numbers grow: 1,234 · 60 · 12.5 · 0.25. Tiny positive values read "<0.01"
 * rather than a misleading "0".
 */
export function formatQuantity(value: number): string {
  const abs = Math.abs(value);
  const decimals = abs >= 100 ? 0 : abs >= 1 ? 1 : 2;
  const text = formatNumber(value, decimals);
  if (value > 0 && text === '0') return '<0.01';
  return text;
}

/** "1 year", "2.5 years": the unit is singular only when the number reads exactly "1". */
export function formatCount(value: number, singular: string, plural: string): string {
  const text = formatQuantity(value);
  return `${text} ${text === '1' ? singular : plural}`;
}

export function formatHours(hours: number): string {
  return `${formatQuantity(hours)} h`;
}

export function formatPercent(percent: number): string {
  return `${formatNumber(percent, 1)}%`;
}

interface MoneyPattern {
  prefix: string;
  suffix: string;
  /** The currency's usual decimals, e.g. 2 for USD, 0 for JPY. */
  decimals: number;
}

const moneyPatterns = new Map<string, MoneyPattern | null>();

function moneyPatternFor(currency: string): MoneyPattern | null {
  let pattern = moneyPatterns.get(currency);
  if (pattern === undefined) {
    try {
      const intl = new Intl.NumberFormat('en-US', { style: 'currency', currency });
      const parts = intl.formatToParts(1234.5);
      const firstNumber = parts.findIndex((p) => p.type === 'integer');
      let lastNumber = -1;
      parts.forEach((p, i) => {
        if (p.type === 'integer' || p.type === 'fraction' || p.type === 'decimal') lastNumber = i;
      });
      pattern = {
        prefix: parts
          .slice(0, firstNumber)
          .map((p) => p.value)
          .join(''),
        suffix: parts
          .slice(lastNumber + 1)
          .map((p) => p.value)
          .join(''),
        decimals: intl.resolvedOptions().maximumFractionDigits ?? 2,
      };
    } catch {
      // An unknown currency code must not break the report: fall back to "XYZ 1,234".
      pattern = null;
    }
    moneyPatterns.set(currency, pattern);
  }
  return pattern;
}

/**
 * Money in the team currency: whole units from 100 up or for round amounts ("$3,000", "$45"),
 * the currency's usual decimals below that ("$12.50") so hourly rates stay exact.
 */
export function formatMoney(amount: number, currency: string): string {
  if (!Number.isFinite(amount)) return `${currency} ${formatNumber(amount, 0)}`;
  const abs = Math.abs(amount);
  const whole = abs >= 100 || Math.abs(abs - Math.round(abs)) < 0.005;
  const pattern = moneyPatternFor(currency);
  if (!pattern) return `${currency} ${formatNumber(amount, whole ? 0 : 2)}`;
  const body = formatUnsigned(abs, whole ? 0 : pattern.decimals, false);
  // Savings are never negative; a tiny negative rounding to zero must not read "-$0".
  const sign = amount < 0 && !isAllZeros(body) ? '-' : '';
  return `${sign}${pattern.prefix}${body}${pattern.suffix}`;
}

// Dates: one way everywhere, in UTC, so a page reads the same rendered on the server or in the
// browser (and hydration matches) whatever the machine's zone.
const DAY = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' });
const MOMENT = new Intl.DateTimeFormat('en-US', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'UTC',
});

/** "Mar 5, 2026". */
export function formatDate(date: Date): string {
  return DAY.format(date);
}

/** "Mar 5, 2026, 2:30 PM UTC". */
export function formatDateTime(date: Date): string {
  return `${MOMENT.format(date)} UTC`;
}
