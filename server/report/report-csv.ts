import { KEEP_REASON_LABELS } from '@/lib/labels';
import type { PageFinding } from './page-finding';

/**
 * One CSV row per step, in report order. Text cells that a spreadsheet would run as a formula
 * (starting with = + - @) get a leading apostrophe: a step title must never execute.
 */
export function reportToCsv(findings: PageFinding[]): string {
  return csvHeader() + csvRows(findings, 1);
}

const HEADER = [
  'Rank',
  'Action',
  'Keep reason',
  'Review',
  'Step',
  'Process',
  'System',
  'Performer',
  'Suggested teammate',
  'Runs per year',
  'Hours per year',
  'Cost per year',
  'Hours saved per year',
  'Hours freed per year',
  'Cost saved per year',
  'Break-even effort (h)',
  'Payback (months)',
  'Reasons',
];

/** The header line: a download streams it first, then rows a page at a time. */
export function csvHeader(): string {
  return HEADER.map(cell).join(',') + '\r\n';
}

/** Rows for findings ranked from `firstRank` on. */
export function csvRows(findings: PageFinding[], firstRank: number): string {
  const rows = findings.map((f, i) => [
    firstRank + i,
    f.action,
    f.keepReason ? KEEP_REASON_LABELS[f.keepReason] : '',
    f.action === 'keep' ? '' : f.review.status,
    text(f.stepTitle),
    text(f.processName),
    text(f.systemPath.join(' > ')),
    text(f.performerName ?? 'Unassigned'),
    text(f.suggestedName ?? ''),
    round(f.runsPerYear),
    round(f.hoursPerYear),
    round(f.costPerYear),
    round(f.hoursSavedPerYear),
    round(f.hoursFreedPerYear),
    round(f.costSavedPerYear),
    f.breakEvenEffortHours === null ? '' : round(f.breakEvenEffortHours),
    f.paybackMonths === null ? '' : round(f.paybackMonths),
    // One reason a line: a spreadsheet shows them as a list in the cell.
    text(f.reasons.join('\n')),
  ]);
  return rows.map((r) => r.map(cell).join(',') + '\r\n').join('');
}

const round = (n: number) => Math.round(n * 100) / 100;
const text = (s: string) => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);

function cell(v: string | number): string {
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}
