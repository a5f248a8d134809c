import type { ReportFinding } from './build-report';

/**
 * One CSV row per step, in report order. Text cells that a spreadsheet would run as a formula
 * (starting with = + - @) get a leading apostrophe: a step title must never execute.
 */
export function reportToCsv(findings: ReportFinding[]): string {
  const header = [
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
  const rows = findings.map((f, i) => [
    i + 1,
    f.action,
    f.keepReason ?? '',
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
    text(f.reasons.join(' ')),
  ]);
  return [header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}

const round = (n: number) => Math.round(n * 100) / 100;
const text = (s: string) => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);

function cell(v: string | number): string {
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}
