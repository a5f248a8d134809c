import { describe, expect, it } from 'vitest';
import {
  formatCount,
  formatDate,
  formatDateTime,
  formatHours,
  formatMoney,
  formatNumber,
  formatPercent,
  formatQuantity,
} from '@/lib/format';

describe('formatNumber', () => {
  it('groups thousands with commas and drops trailing zeros', () => {
    expect(formatNumber(1234567.891, 2)).toBe('1,234,567.89');
    expect(formatNumber(1.5, 2)).toBe('1.5');
    expect(formatNumber(2, 2)).toBe('2');
    expect(formatNumber(999.96, 1)).toBe('1,000');
  });

  it('never prints "-0"', () => {
    expect(formatNumber(-0.001, 1)).toBe('0');
    expect(formatNumber(-12.5, 1)).toBe('-12.5');
  });

  it('prints non-finite numbers readably', () => {
    expect(formatNumber(Infinity, 0)).toBe('∞');
    expect(formatNumber(Number.NaN, 0)).toBe('n/a');
  });
});

describe('formatQuantity, formatHours and formatPercent', () => {
  it('uses fewer decimals as numbers grow', () => {
    expect(formatQuantity(1234.56)).toBe('1,235');
    expect(formatQuantity(12.34)).toBe('12.3');
    expect(formatQuantity(0.256)).toBe('0.26');
    expect(formatQuantity(0)).toBe('0');
  });

  it('shows tiny positive values as "<0.01" rather than 0', () => {
    expect(formatQuantity(0.001)).toBe('<0.01');
  });

  it('uses the singular only when the number reads "1"', () => {
    expect(formatCount(1, 'year', 'years')).toBe('1 year');
    // 1.04 reads "1", so it reads as one month too
    expect(formatCount(1.04, 'month', 'months')).toBe('1 month');
    expect(formatCount(2, 'year', 'years')).toBe('2 years');
    expect(formatCount(0.5, 'month', 'months')).toBe('0.5 months');
  });

  it('adds units', () => {
    expect(formatHours(60)).toBe('60 h');
    expect(formatPercent(12.5)).toBe('12.5%');
  });
});

describe('formatMoney', () => {
  it('uses whole units from 100 up, regardless of the machine locale', () => {
    expect(formatMoney(3000, 'USD')).toBe('$3,000');
    expect(formatMoney(1234.56, 'USD')).toBe('$1,235');
    expect(formatMoney(3000, 'EUR')).toBe('€3,000');
  });

  it('keeps cents below 100 unless the amount is round', () => {
    expect(formatMoney(12.5, 'USD')).toBe('$12.50');
    expect(formatMoney(45, 'USD')).toBe('$45');
  });

  it('falls back to the code for an unknown currency instead of throwing', () => {
    expect(formatMoney(3000, 'not-a-currency')).toBe('not-a-currency 3,000');
  });

  it('never prints a negative zero amount', () => {
    expect(formatMoney(-0.0001, 'USD')).toBe('$0');
  });
});

describe('dates', () => {
  it('reads the same in every time zone: the UTC calendar day and time', () => {
    // 23:30 UTC on Mar 4 is already Mar 5 east of Greenwich: still Mar 4 here.
    const late = new Date('2026-03-04T23:30:00Z');
    expect(formatDate(late)).toBe('Mar 4, 2026');
    expect(formatDateTime(late)).toBe('Mar 4, 2026, 11:30 PM UTC');
  });
});
