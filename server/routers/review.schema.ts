import { z } from 'zod';
import { text } from '@/lib/text';
import { entityId } from './system.schema';

export const handOffFields = {
  dueDate: z.iso.date({ error: 'Enter a date, or leave it empty.' }).nullable().default(null),
  note: text(2000, { multiline: true }).default(''),
};

/**
 * A verdict on a finding. Accepting "automate" or "delegate" names who does it: the decision
 * and the hand-off are one write, so an accepted finding always has someone on it.
 */
export const decideSchema = z
  .object({
    stepId: entityId,
    action: z.enum(['remove', 'automate', 'delegate']),
    status: z.enum(['accepted', 'dismissed']),
    reason: text(500, { multiline: true }).default(''),
    assigneeMembershipId: entityId.nullable().default(null),
    ...handOffFields,
  })
  .superRefine((d, issue) => {
    if (d.status === 'dismissed' && d.reason.length === 0) {
      issue.addIssue({
        code: 'custom',
        path: ['reason'],
        message: 'Say why you dismiss it, so the team knows later.',
      });
    }
    if (d.status === 'accepted' && d.action !== 'remove' && d.assigneeMembershipId === null) {
      issue.addIssue({
        code: 'custom',
        path: ['assigneeMembershipId'],
        message: d.action === 'delegate' ? 'Choose who takes it.' : 'Choose who automates it.',
      });
    }
  });
export type DecideInput = z.infer<typeof decideSchema>;
