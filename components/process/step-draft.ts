import type { StepFields } from '@/server/routers/process.schema';
import type { MemberOption, ProcessOption } from './types';

/** What the form holds while typing: strings for numbers, so a half-typed value is kept as typed. */
export type StepDraft = {
  title: string;
  details: string;
  kind: StepFields['kind'];
  performerMembershipId: string;
  /** Shown in the performer picker; not sent. */
  performerName: string;
  minutes: string;
  waitMinutes: string;
  probability: string;
  value: StepFields['value'];
  ruleBased: boolean;
  needsJudgment: boolean;
  tools: string;
  automationEffortHours: string;
  whatIfs: {
    condition: string;
    action: string;
    linkedProcessId: string;
    linkedProcessName: string;
  }[];
};

/** A blank step, performed by `performer` (the viewer, or whoever did the last one added). */
export function emptyDraft(
  performer: { membershipId: string; name: string } | null = null,
  kind: StepDraft['kind'] = 'action',
): StepDraft {
  return {
    title: '',
    details: '',
    kind,
    performerMembershipId: performer?.membershipId ?? '',
    performerName: performer?.name ?? '',
    minutes: '5',
    waitMinutes: '',
    probability: '100',
    value: 'unknown',
    ruleBased: false,
    needsJudgment: false,
    tools: '',
    automationEffortHours: '',
    whatIfs: [],
  };
}

export function draftFromStep(
  step: Omit<StepFields, 'whatIfs'> & {
    whatIfs: { condition: string; action: string; linkedProcessId: string | null }[];
  },
  names: { people: MemberOption[]; processes: ProcessOption[] },
): StepDraft {
  const n = (v: number | null) => (v === null ? '' : String(v));
  const person = names.people.find((m) => m.membershipId === step.performerMembershipId);
  const processName = (id: string | null) => names.processes.find((p) => p.id === id)?.name ?? '';
  return {
    title: step.title,
    details: step.details,
    kind: step.kind,
    performerMembershipId: step.performerMembershipId ?? '',
    performerName: person?.name ?? '',
    minutes: String(step.minutes),
    waitMinutes: n(step.waitMinutes),
    probability: String(step.probability),
    value: step.value,
    ruleBased: step.ruleBased,
    needsJudgment: step.needsJudgment,
    tools: step.tools.join(', '),
    automationEffortHours: n(step.automationEffortHours),
    whatIfs: step.whatIfs.map((w) => ({
      condition: w.condition,
      action: w.action,
      linkedProcessId: w.linkedProcessId ?? '',
      linkedProcessName: processName(w.linkedProcessId),
    })),
  };
}
