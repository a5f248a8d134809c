/**
 * A process as a standard operating procedure in Markdown: what someone new needs to run it,
 * with the estimates behind the streamlining report. Pure: plain data in, a string out (the
 * caller resolves people to names and linked processes to their names).
 */
import { formatHours, formatNumber, formatPercent, formatQuantity } from '@/lib/format';
import { STEP_VALUE_CHOICES } from '@/lib/labels';
import {
  processRunsPerYear,
  stepRunsPerYear,
  type Frequency,
  type StepKind,
  type StepValue,
} from '@/server/analysis';

export interface SopWhatIf {
  condition: string;
  action: string;
  linkedProcessName: string | null;
}

export interface SopStep {
  title: string;
  details: string;
  kind: StepKind;
  performerName: string | null;
  minutes: number;
  waitMinutes: number | null;
  probability: number;
  value: StepValue;
  ruleBased: boolean;
  needsJudgment: boolean;
  tools: string[];
  automationEffortHours: number | null;
  whatIfs: SopWhatIf[];
}

export interface SopProcess {
  name: string;
  purpose: string;
  trigger: string;
  ownerName: string | null;
  frequency: Frequency;
  status: 'draft' | 'active' | 'archived';
  /** Names from the top-level system down to the process's own, for the breadcrumb line. */
  systemPath?: string[];
  steps: SopStep[];
}

export interface SopSettings {
  workingDaysPerWeek: number;
  weeksPerYear: number;
}

const PERIOD_WORDS: Record<Exclude<Frequency['period'], 'on_demand'>, string> = {
  day: 'working day',
  week: 'week',
  month: 'month',
  quarter: 'quarter',
  year: 'year',
};

function times(count: number): string {
  if (count === 1) return 'once';
  if (count === 2) return 'twice';
  return `${formatQuantity(count)} times`;
}

export function describeFrequency(frequency: Frequency): string {
  if (frequency.period === 'on_demand')
    return `on demand (about ${formatQuantity(frequency.runsPerYear)} runs a year)`;
  return `${times(frequency.count)} a ${PERIOD_WORDS[frequency.period]}`;
}

function minutes(value: number): string {
  return `${formatQuantity(value)} min`;
}

/**
 * A name or a short text as plain words on one line, safe inside a heading or a list item: the
 * characters Markdown (or HTML inside it) would read as markup are backslash-escaped, so
 * "**Bold** <img src=x onerror=…>" shows as typed wherever the file is rendered.
 */
export function inline(text: string): string {
  return text
    .replace(/\s*\n\s*/g, ' ')
    .trim()
    .replace(/[\\`*_{}[\]<>#|~&!]/g, (c) => `\\${c}`);
}

/**
 * Step details are Markdown and stay Markdown, but raw HTML in them is shown, not run: every
 * "<" becomes an entity, so no tag survives in any renderer.
 */
function markdownWithoutHtml(text: string): string {
  return text.replace(/</g, '&lt;');
}

function stepSection(step: SopStep, n: number): string[] {
  const lines = [`### ${n}. ${inline(step.title)}`, ''];
  const facts = [
    `**Kind:** ${step.kind}`,
    `**Performer:** ${step.performerName ? inline(step.performerName) : 'unassigned'}`,
    `**Time:** ${minutes(step.minutes)} hands-on` +
      (step.waitMinutes ? `, ${minutes(step.waitMinutes)} waiting` : ''),
    `**Happens in:** ${formatPercent(step.probability)} of runs`,
    `**Value:** ${STEP_VALUE_CHOICES[step.value]}`,
  ];
  const flags = [
    step.ruleBased ? 'follows fixed rules' : null,
    step.needsJudgment ? 'needs judgment' : null,
  ].filter((f): f is string => f !== null);
  if (flags.length > 0) facts.push(`**Flags:** ${flags.join(', ')}`);
  if (step.tools.length > 0) facts.push(`**Tools:** ${step.tools.map(inline).join(', ')}`);
  if (step.automationEffortHours !== null)
    facts.push(`**Automation effort:** ${formatHours(step.automationEffortHours)}`);
  lines.push(...facts.map((f) => `- ${f}`), '');
  if (step.details.trim() !== '') lines.push(markdownWithoutHtml(step.details.trim()), '');
  if (step.whatIfs.length > 0) {
    lines.push('**What if…**', '');
    for (const w of step.whatIfs) {
      const link = w.linkedProcessName ? ` (see *${inline(w.linkedProcessName)}*)` : '';
      lines.push(`- ${inline(w.condition)} → ${inline(w.action)}${link}`);
    }
    lines.push('');
  }
  return lines;
}

export function processToMarkdown(process: SopProcess, settings?: SopSettings): string {
  const lines = [`# ${inline(process.name)}`, ''];
  if (process.systemPath && process.systemPath.length > 0)
    lines.push(`*${process.systemPath.map(inline).join(' › ')}*`, '');
  if (process.purpose.trim() !== '') lines.push(`**Purpose:** ${inline(process.purpose)}`, '');
  const facts = [
    `**Trigger:** ${process.trigger.trim() ? inline(process.trigger) : 'not specified'}`,
    `**Owner:** ${process.ownerName ? inline(process.ownerName) : 'unassigned'}`,
    `**Frequency:** ${describeFrequency(process.frequency)}`,
    `**Status:** ${process.status}`,
  ];

  const handsOn = process.steps.reduce((sum, s) => sum + s.minutes, 0);
  const expected = process.steps.reduce(
    (sum, s) => sum + (s.minutes * Math.min(100, Math.max(0, s.probability))) / 100,
    0,
  );
  const waiting = process.steps.reduce((sum, s) => sum + (s.waitMinutes ?? 0), 0);
  let totals =
    `${process.steps.length} ${process.steps.length === 1 ? 'step' : 'steps'}, ` +
    `${minutes(handsOn)} hands-on per run`;
  if (Math.abs(expected - handsOn) > 1e-9)
    totals += ` (${minutes(expected)} on average, counting how often each step happens)`;
  if (waiting > 0) totals += `, up to ${minutes(waiting)} of waiting`;
  if (settings) {
    const runs = processRunsPerYear(process.frequency, settings);
    const hours = process.steps.reduce(
      (sum, s) => sum + (stepRunsPerYear(runs, s.probability) * s.minutes) / 60,
      0,
    );
    totals += `; ${formatNumber(runs, 1)} runs and ${formatHours(hours)} a year`;
  }
  facts.push(`**Totals:** ${totals}`);
  lines.push(...facts.map((f) => `- ${f}`), '', '## Steps', '');
  if (process.steps.length === 0) lines.push('*No steps written down yet.*', '');
  process.steps.forEach((step, i) => lines.push(...stepSection(step, i + 1)));
  return `${lines.join('\n').trimEnd()}\n`;
}
