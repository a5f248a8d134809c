import { z } from 'zod';
import { text } from '@/lib/text';
import { handOffFields } from './review.schema';
import { entityId } from './system.schema';

export const createAssignmentSchema = z.object({
  stepId: entityId,
  kind: z.enum(['delegate', 'automate']),
  assigneeMembershipId: entityId,
  ...handOffFields,
});

export const declineSchema = z.object({
  assignmentId: entityId,
  reason: text(500, {
    required: 'Say why, so the assigner can find another way.',
    multiline: true,
  }),
});

export const completeSchema = z.object({
  assignmentId: entityId,
  /** Automation tasks: minutes still done by hand afterwards (default 0). */
  remainingMinutes: z
    .number({ error: 'Enter minutes.' })
    .min(0, 'Use 0 or more.')
    .max(10_000, 'Use at most 10,000.')
    .default(0),
  effortHours: z
    .number({ error: 'Enter hours.' })
    .min(0, 'Use 0 or more.')
    .max(10_000, 'Use at most 10,000.')
    .nullable()
    .default(null),
});

/** Where the previous page of a newest-first list ended (its last row); null for the first. */
export const pageBefore = z.object({ createdAt: z.date(), id: entityId }).nullable().default(null);
export const pageLimit = z.number().int().min(1).max(100).default(50);
