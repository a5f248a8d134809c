import { z } from 'zod';
import { entityId } from './system.schema';

/** What every picker search takes: the text typed so far, or the ids of options to label. */
export const pickerSearchSchema = z.object({
  q: z.string().trim().max(100, 'Use at most 100 characters.').default(''),
  /** Label these options (the picker's current value) instead of searching. */
  ids: z.array(entityId).max(20).optional(),
  limit: z.number().int().min(1).max(20).default(10),
});
