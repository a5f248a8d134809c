/**
 * The whole streamlining analysis for one team: plain data in, plain data out, no I/O, no
 * clock, no randomness. The caller passes live processes and steps only (archived ones are
 * filtered out before the call).
 *
 * Three passes, all linear in the number of steps (plus a sort):
 *   1. measure every step and apply remove / too small / needs judgment / automate;
 *   2. hand out delegation capacity greedily in a fixed priority order (see delegate.ts), since
 *      one suggestion uses up capacity the next one could have had;
 *   3. build findings, rank them and roll them up.
 * Nothing depends on the order of the input arrays: capacity is allocated in a sorted order,
 * ties are broken by ids, and totals are summed in ranked order.
 *
 * The reasons in words are the costliest part and only a page of them is ever read, so
 * `analyzeTeamCore` leaves them out and `createExplainer` builds them for the findings asked
 * for; `analyzeTeam` is both together, for callers that want every finding explained.
 */
import {
  chooseDelegate,
  compareDelegationPriority,
  compareStrings,
  createCapacityLedger,
  memberCapacities,
  reserveCapacity,
  type DelegateChoice,
} from './delegate';
import { buildReasons } from './reasons';
import { rollUp } from './rollup';
import { processRunsPerYear } from './runs';
import {
  assessStep,
  decide,
  measureStep,
  savingsOf,
  type Assessment,
  type Performer,
  type StepMeasure,
} from './step-finding';
import type {
  AnalysisInput,
  AnalysisProcess,
  AnalysisResult,
  AnalysisStep,
  CoreFinding,
  CoreResult,
  Finding,
} from './types';

interface Pending {
  step: AnalysisStep;
  process: AnalysisProcess;
  performer: Performer | null;
  measure: StepMeasure;
  assessment: Assessment;
  delegate: DelegateChoice | null;
  // Copies of the delegation priority keys, so sorting allocates nothing per comparison.
  stepId: string;
  processId: string;
  costPerYear: number;
  hoursPerYear: number;
}

/** Ranking of the report: cost saved desc, hours saved desc, then ids so ties are stable. */
export function compareFindings(
  a: Pick<Finding, 'costSavedPerYear' | 'hoursSavedPerYear' | 'stepId' | 'processId'>,
  b: Pick<Finding, 'costSavedPerYear' | 'hoursSavedPerYear' | 'stepId' | 'processId'>,
): number {
  return (
    b.costSavedPerYear - a.costSavedPerYear ||
    b.hoursSavedPerYear - a.hoursSavedPerYear ||
    compareStrings(a.stepId, b.stepId) ||
    compareStrings(a.processId, b.processId)
  );
}

/**
 * Sorts findings by compareFindings. Savings are never negative, so the many findings that save
 * nothing (most kept steps) all rank last, ordered by ids alone: sorting them apart skips two
 * float comparisons per step and keeps the comparator's common case short.
 */
function rankFindings(findings: CoreFinding[]): void {
  const saving: CoreFinding[] = [];
  const none: CoreFinding[] = [];
  for (const f of findings) {
    if (f.costSavedPerYear > 0 || f.hoursSavedPerYear > 0) saving.push(f);
    else none.push(f);
  }
  saving.sort(compareFindings);
  none.sort(
    (a, b) => compareStrings(a.stepId, b.stepId) || compareStrings(a.processId, b.processId),
  );
  findings.length = 0;
  for (const f of saving) findings.push(f);
  for (const f of none) findings.push(f);
}

/** One Performer per member, shared by all of their steps. */
function performersOf(ledger: ReturnType<typeof createCapacityLedger>) {
  const performers = new Map<string, Performer>();
  for (const entry of ledger.byId.values()) {
    performers.set(entry.membershipId, {
      membershipId: entry.membershipId,
      name: entry.name,
      hourlyCost: entry.hourlyCost,
      usesDefaultCost: entry.usesDefaultCost,
    });
  }
  return performers;
}

/** The analysis without the reasons in words: every number, ranked and rolled up. */
export function analyzeTeamCore(input: AnalysisInput): CoreResult {
  const { settings } = input;
  const ledger = createCapacityLedger(input.members, settings.defaultHourlyCost);
  const performers = performersOf(ledger);

  // Pass 1: numbers and every rule that does not need the team's capacity.
  const pending: Pending[] = [];
  for (const process of input.processes) {
    const runs = processRunsPerYear(process.frequency, settings);
    for (const step of process.steps) {
      const performer =
        step.performerId === null ? null : (performers.get(step.performerId) ?? null);
      const measure = measureStep(step, runs, performer, settings);
      pending.push({
        step,
        process,
        performer,
        measure,
        assessment: assessStep(step, measure, performer, settings),
        delegate: null,
        stepId: step.id,
        processId: process.id,
        costPerYear: measure.costPerYear,
        hoursPerYear: measure.hoursPerYear,
      });
    }
  }

  // Pass 2: delegation, greedily in a fixed priority order.
  const candidates = pending
    .filter((item) => item.assessment.kind === 'try_delegate')
    .sort(compareDelegationPriority);
  for (const item of candidates) {
    // Unassigned steps are never delegated (see delegate.ts); they stay without an attempt.
    if (!item.performer) continue;
    const choice = chooseDelegate(ledger, {
      performerHourlyCost: item.measure.performerHourlyCost,
      hoursPerWeek: item.measure.hoursPerWeek,
    });
    if (choice.kind === 'delegate') {
      reserveCapacity(ledger, choice.membershipId, item.measure.hoursPerWeek);
    }
    item.delegate = choice;
  }

  // Pass 3: findings, ranking, roll-ups.
  const findings: CoreFinding[] = pending.map((item) => {
    const decision = decide(item.assessment, item.delegate);
    const savings = savingsOf(decision, item.measure);
    const chosen = decision.delegate?.kind === 'delegate' ? decision.delegate : null;
    return {
      stepId: item.step.id,
      processId: item.process.id,
      systemId: item.process.systemId,
      performerId: item.step.performerId,
      action: decision.action,
      keepReason: decision.keepReason,
      runsPerYear: item.measure.runsPerYear,
      hoursPerYear: item.measure.hoursPerYear,
      costPerYear: item.measure.costPerYear,
      hoursSavedPerYear: savings.hoursSavedPerYear,
      costSavedPerYear: savings.costSavedPerYear,
      hoursFreedPerYear: savings.hoursFreedPerYear,
      automationEffortHours: decision.automation?.effortHours ?? null,
      breakEvenEffortHours: decision.automation?.breakEvenEffortHours ?? null,
      paybackMonths: decision.automation?.paybackMonths ?? null,
      suggestedMemberId: chosen?.membershipId ?? null,
      performerHourlyCost: item.measure.performerHourlyCost,
      suggestedMemberHourlyCost: chosen?.hourlyCost ?? null,
      delegateChoice: item.delegate,
    };
  });
  rankFindings(findings);

  const rollups = rollUp(findings, input.processes, input.systems);
  return {
    currency: settings.currency,
    findings,
    processes: rollups.processes,
    systems: rollups.systems,
    team: rollups.team,
    members: memberCapacities(ledger),
  };
}

/**
 * Builds the reasons of any finding of `analyzeTeamCore(input)` from the same input: the rules
 * are re-applied to that one step (pure and cheap), and the delegation outcome, which depends on
 * the whole team, is read from the finding.
 */
export function createExplainer(input: AnalysisInput): (finding: CoreFinding) => string[] {
  const { settings } = input;
  const ledger = createCapacityLedger(input.members, settings.defaultHourlyCost);
  const performers = performersOf(ledger);
  let stepIndex: Map<string, { step: AnalysisStep; process: AnalysisProcess }> | null = null;
  const runsOf = new Map<string, number>();
  return (finding) => {
    if (!stepIndex) {
      stepIndex = new Map();
      for (const process of input.processes)
        for (const step of process.steps) stepIndex.set(step.id, { step, process });
    }
    const found = stepIndex.get(finding.stepId);
    if (!found) return [];
    const { step, process } = found;
    let runs = runsOf.get(process.id);
    if (runs === undefined) {
      runs = processRunsPerYear(process.frequency, settings);
      runsOf.set(process.id, runs);
    }
    const performer = step.performerId === null ? null : (performers.get(step.performerId) ?? null);
    const measure = measureStep(step, runs, performer, settings);
    const decision = decide(assessStep(step, measure, performer, settings), finding.delegateChoice);
    return buildReasons({
      measure,
      decision,
      savings: savingsOf(decision, measure),
      performer,
      performerId: step.performerId,
      settings,
    });
  };
}

/** The whole analysis with every finding explained in words. */
export function analyzeTeam(input: AnalysisInput): AnalysisResult {
  const core = analyzeTeamCore(input);
  const explain = createExplainer(input);
  return {
    ...core,
    findings: core.findings.map((finding) => {
      const { delegateChoice: _choice, ...rest } = finding;
      return { ...rest, reasons: explain(finding) };
    }),
  };
}
