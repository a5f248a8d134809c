import { z } from 'zod';
import { entityId } from './system.schema';

export const handOffFields = {
  dueDate: z.iso.date({ error: 'Enter a date, or leave it empty.' }).nullable().default(null),
  note: z.string().trim().max(2000, 'Use at most 2,000 characters.').default(''),
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
    reason: z.string().trim().max(500, 'Use at most 500 characters.').default(''),
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
