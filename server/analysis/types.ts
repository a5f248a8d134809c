/**
 * Input and output types of the streamlining analysis.
 *
 * Everything here is plain, serialisable data (no Dates, Maps or class instances) so the same
 * result can feed the report page, the CSV export and the benchmark, and cross a tRPC boundary.
 *
 * The caller filters out archived processes and archived steps before calling `analyzeTeam`;
 * the analysis treats every process and step it is given as live. Inputs are expected to be
 * validated already; the analysis still clamps negative or non-finite numbers to 0 (and
 * probability to 0..100) so a bad row can never produce negative savings or NaN totals.
 */
import type { DelegateChoice } from './delegate';

export type Period = 'day' | 'week' | 'month' | 'quarter' | 'year';

export type Frequency =
  { period: Period; count: number } | { period: 'on_demand'; runsPerYear: number };

export type StepKind = 'action' | 'decision' | 'event';

export type StepValue = 'customer' | 'required' | 'none' | 'unknown';

export interface AnalysisSettings {
  /** ISO 4217 code, e.g. 'USD'. Used only to format money in the reasons. */
  currency: string;
  defaultHourlyCost: number;
  workingDaysPerWeek: number;
  weeksPerYear: number;
  horizonYears: number;
  defaultAutomationEffortHours: number;
  minHoursPerYear: number;
}

export interface AnalysisMember {
  membershipId: string;
  name: string;
  /** null → the team's default hourly cost. */
  hourlyCost: number | null;
  /** Hours per week this member can take on for delegated work. */
  weeklyCapacityHours: number;
  /** Hours per week already taken by work delegated earlier. Default 0. */
  committedHoursPerWeek?: number;
}

export interface AnalysisSystem {
  id: string;
  /** null at the top: the team itself is the business. */
  parentId: string | null;
  name: string;
}

export interface AnalysisStep {
  id: string;
  // Not read by the rules: the report loads them only for the findings it shows.
  position?: number;
  title?: string;
  kind?: StepKind;
  /** A membershipId, or null for "unassigned". */
  performerId: string | null;
  /** Hands-on minutes per run. */
  minutes: number;
  /** Waiting time is not hands-on work, so it costs nothing here; accepted for completeness. */
  waitMinutes?: number | null;
  /** Percent (0..100) of process runs in which the step happens. */
  probability: number;
  value: StepValue;
  ruleBased: boolean;
  needsJudgment: boolean;
  /** null → the team's default automation effort. */
  automationEffortHours: number | null;
  /** Already automated (an automation task was completed): what is left by hand stays. */
  automated?: boolean;
}

export interface AnalysisProcess {
  id: string;
  systemId: string;
  /** Not read by the rules (see AnalysisStep.title). */
  name?: string;
  frequency: Frequency;
  steps: AnalysisStep[];
}

export interface AnalysisInput {
  settings: AnalysisSettings;
  members: AnalysisMember[];
  systems: AnalysisSystem[];
  processes: AnalysisProcess[];
}

export type Action = 'remove' | 'automate' | 'delegate' | 'keep';

export const ACTIONS: readonly Action[] = ['remove', 'automate', 'delegate', 'keep'];

/**
 * Why a step is kept. When several apply, the finding carries the first one met in the order
 * the rules are tried (see step-finding.ts); `reasons` explains the others in words.
 */
export type KeepReason =
  /** Already automated: what is left is the hand work the automation does not cover. */
  | 'automated'
  /** Below the team's minimum hours per year (or zero hours). */
  | 'too_small'
  /** Needs the performer's expertise or authority: neither a machine nor a teammate can take it. */
  | 'needs_judgment'
  /** Rule-based, but automating it would cost more hours than it saves within the horizon. */
  | 'automation_does_not_pay_back'
  /** Nobody is assigned, so there is nobody to delegate it from. */
  | 'unassigned'
  /** No teammate who costs less per hour has enough spare weekly capacity left. */
  | 'no_cheaper_teammate_with_capacity';

export const KEEP_REASONS: readonly KeepReason[] = [
  'automated',
  'too_small',
  'needs_judgment',
  'automation_does_not_pay_back',
  'unassigned',
  'no_cheaper_teammate_with_capacity',
];

export interface Finding {
  stepId: string;
  processId: string;
  systemId: string;
  performerId: string | null;
  action: Action;
  /** Set exactly when action is 'keep'. */
  keepReason: KeepReason | null;
  runsPerYear: number;
  hoursPerYear: number;
  costPerYear: number;
  /** Hours the team no longer spends: all of them for remove/automate, 0 for delegate/keep. */
  hoursSavedPerYear: number;
  costSavedPerYear: number;
  /**
   * Hours taken off the current performer's plate: all of them for remove, automate and
   * delegate (for delegate the work still happens, so it is freed, not saved), 0 for keep.
   */
  hoursFreedPerYear: number;
  /** Effort assumed for automating (step's own estimate or team default), when automation was weighed. */
  automationEffortHours: number | null;
  /**
   * hoursPerYear × horizonYears: the most effort worth spending on automating it. Set whenever
   * automation was weighed (rule-based, no judgment, not removed, not too small), including
   * when it did not pay back and the step was delegated or kept; null otherwise.
   */
  breakEvenEffortHours: number | null;
  /** effort ÷ (hoursPerYear / 12); set exactly when breakEvenEffortHours is. */
  paybackMonths: number | null;
  /** Set exactly when action is 'delegate'. */
  suggestedMemberId: string | null;
  /** The performer's hourly cost (team default when unassigned or without a cost). */
  performerHourlyCost: number;
  /** The suggested teammate's hourly cost, when delegating. */
  suggestedMemberHourlyCost: number | null;
  /** Plain-words explanation built from the numbers, in reading order. */
  reasons: string[];
}

/**
 * A finding without its reasons in words (see `analyzeTeamCore`), plus the delegation attempt's
 * outcome, which `createExplainer` needs to put the reasons back.
 */
export interface CoreFinding extends Omit<Finding, 'reasons'> {
  /** null when no delegation was attempted (removed, automated, kept early, unassigned). */
  delegateChoice: DelegateChoice | null;
}

export interface ActionTotals {
  count: number;
  hoursPerYear: number;
  costPerYear: number;
  hoursSavedPerYear: number;
  costSavedPerYear: number;
  hoursFreedPerYear: number;
}

export interface Rollup {
  stepCount: number;
  hoursPerYear: number;
  costPerYear: number;
  hoursSavedPerYear: number;
  costSavedPerYear: number;
  hoursFreedPerYear: number;
  byAction: Record<Action, ActionTotals>;
  /** How many kept steps were kept for each reason. */
  keepReasons: Record<KeepReason, number>;
}

export interface ProcessRollup extends Rollup {
  processId: string;
  systemId: string;
}

export interface SystemRollup extends Rollup {
  systemId: string;
  parentId: string | null;
  /** Processes in this system and all of its subsystems. */
  processCount: number;
}

export interface MemberCapacity {
  membershipId: string;
  /** Effective hourly cost (team default when the member has none). */
  hourlyCost: number;
  weeklyCapacityHours: number;
  committedHoursPerWeek: number;
  /** Hours per week of the steps this analysis suggests delegating to the member. */
  suggestedHoursPerWeek: number;
  /** capacity − committed − suggested, never below 0. */
  spareHoursPerWeek: number;
}

export interface CoreResult extends Omit<AnalysisResult, 'findings'> {
  /** Ranked like AnalysisResult.findings. */
  findings: CoreFinding[];
}

export interface AnalysisResult {
  currency: string;
  /** Ranked by cost saved per year desc, then hours saved desc, then stepId. */
  findings: Finding[];
  /** Sorted by processId. */
  processes: ProcessRollup[];
  /** Every input system, sorted by systemId; each includes all of its subsystems. */
  systems: SystemRollup[];
  team: Rollup;
  /** Sorted by membershipId. */
  members: MemberCapacity[];
}
