/**
 * The whole streamlining analysis for one team: plain data in, plain data out, no I/O, no
 * clock, no randomness. The caller passes live processes and steps only (archived ones are
 * filtered out before the call).
 *
 * Three passes, all linear in the number of steps (plus a sort):
 *   1. measure every step and apply remove / too small / needs judgment / automate;
 *   2. hand out delegation capacity greedily in a fixed priority order (see delegate.ts), since
 *      one suggestion uses up capacity the next one could have had;
 *   3. build findings with their reasons, rank them and roll them up.
 * Nothing depends on the order of the input arrays: capacity is allocated in a sorted order,
 * ties are broken by ids, and totals are summed in ranked order.
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
export function compareFindings(a: Finding, b: Finding): number {
  return (
    b.costSavedPerYear - a.costSavedPerYear ||
    b.hoursSavedPerYear - a.hoursSavedPerYear ||
    compareStrings(a.stepId, b.stepId) ||
    compareStrings(a.processId, b.processId)
  );
}

export function analyzeTeam(input: AnalysisInput): AnalysisResult {
  const { settings } = input;
  const ledger = createCapacityLedger(input.members, settings.defaultHourlyCost);

  // One Performer per member, shared by all of their steps.
  const performers = new Map<string, Performer>();
  for (const entry of ledger.byId.values()) {
    performers.set(entry.membershipId, {
      membershipId: entry.membershipId,
      name: entry.name,
      hourlyCost: entry.hourlyCost,
      usesDefaultCost: entry.usesDefaultCost,
    });
  }

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
  const findings: Finding[] = pending.map((item) => {
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
      reasons: buildReasons({
        measure: item.measure,
        decision,
        savings,
        performer: item.performer,
        performerId: item.step.performerId,
        settings,
      }),
    };
  });
  findings.sort(compareFindings);

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
