import { frequencyOf } from '@/server/process-frequency';
import type { SopProcess } from './sop-markdown';

type View = {
  process: {
    name: string;
    purpose: string;
    trigger: string;
    ownerMembershipId: string | null;
    status: SopProcess['status'];
    frequencyPeriod: Parameters<typeof frequencyOf>[0]['frequencyPeriod'];
    frequencyCount: number;
  };
  steps: (Omit<SopProcess['steps'][number], 'performerName' | 'whatIfs'> & {
    performerMembershipId: string | null;
    whatIfs: { condition: string; action: string; linkedProcessId: string | null }[];
  })[];
  people: { membershipId: string; name: string }[];
  linkedProcesses: { id: string; name: string }[];
  breadcrumb: { name: string }[];
};

/** The process page's data (process.get) as the SOP writer wants it: names instead of ids. */
export function sopFromView(view: View): SopProcess {
  const person = new Map(view.people.map((m) => [m.membershipId, m.name]));
  const process = new Map(view.linkedProcesses.map((p) => [p.id, p.name]));
  return {
    name: view.process.name,
    purpose: view.process.purpose,
    trigger: view.process.trigger,
    ownerName: view.process.ownerMembershipId
      ? (person.get(view.process.ownerMembershipId) ?? null)
      : null,
    frequency: frequencyOf(view.process),
    status: view.process.status,
    systemPath: view.breadcrumb.map((b) => b.name),
    steps: view.steps.map((s) => ({
      title: s.title,
      details: s.details,
      kind: s.kind,
      performerName: s.performerMembershipId ? (person.get(s.performerMembershipId) ?? null) : null,
      minutes: s.minutes,
      waitMinutes: s.waitMinutes,
      probability: s.probability,
      value: s.value,
      ruleBased: s.ruleBased,
      needsJudgment: s.needsJudgment,
      tools: s.tools,
      automationEffortHours: s.automationEffortHours,
      whatIfs: s.whatIfs.map((w) => ({
        condition: w.condition,
        action: w.action,
        // A what-if may point back at its own process, which is not among the "other" processes.
        linkedProcessName: w.linkedProcessId
          ? (process.get(w.linkedProcessId) ?? view.process.name)
          : null,
      })),
    })),
  };
}
