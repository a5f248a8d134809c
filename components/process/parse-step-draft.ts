import type { FieldMessages } from '@/components/forms/field-errors';
import { stepFieldsSchema, type StepFields } from '@/server/routers/process.schema';
import type { StepDraft } from './step-draft';

const num = (s: string) => (s.trim() === '' ? Number.NaN : Number(s));
const optionalNum = (s: string) => (s.trim() === '' ? null : Number(s));

/** Parses a draft with the same schema the server uses; field errors come back keyed like the server's. */
export function parseDraft(
  d: StepDraft,
): { ok: true; value: StepFields } | { ok: false; errors: FieldMessages } {
  const parsed = stepFieldsSchema.safeParse({
    ...d,
    performerMembershipId: d.performerMembershipId || null,
    minutes: num(d.minutes),
    waitMinutes: optionalNum(d.waitMinutes),
    probability: num(d.probability),
    automationEffortHours: optionalNum(d.automationEffortHours),
    tools: d.tools
      .split(',')
      .map((t) => t.trim())
      .filter(Boolean),
    whatIfs: d.whatIfs.map((w) => ({
      condition: w.condition,
      action: w.action,
      linkedProcessId: w.linkedProcessId || null,
    })),
  });
  if (parsed.success) return { ok: true, value: parsed.data };
  const errors: FieldMessages = {};
  for (const issue of parsed.error.issues) errors[issue.path.join('.')] ??= issue.message;
  return { ok: false, errors };
}
