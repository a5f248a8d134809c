import { z } from 'zod';
import { entityId } from './system.schema';

export const reportScopeSchema = z.object({ systemId: entityId.nullable().default(null) });

export const decideSchema = z
  .object({
    stepId: entityId,
    action: z.enum(['remove', 'automate', 'delegate']),
    status: z.enum(['accepted', 'dismissed']),
    reason: z.string().trim().max(500, 'Use at most 500 characters.').default(''),
  })
  .refine((d) => d.status !== 'dismissed' || d.reason.length > 0, {
    path: ['reason'],
    message: 'Say why you dismiss it, so the team knows later.',
  });
