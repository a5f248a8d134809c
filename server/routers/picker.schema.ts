import { z } from 'zod';
import { hasControlCharacter } from '@/lib/text';
import { entityId } from './system.schema';

/** What every picker search takes: the text typed so far, or the ids of options to label. */
export const pickerSearchSchema = z.object({
  // Matched against stored names: a NUL would make PostgreSQL fail the query.
  q: z
    .string()
    .trim()
    .max(100, 'Use at most 100 characters.')
    .refine((v) => !hasControlCharacter(v), 'Type plain text, without control characters.')
    .default(''),
  /** Label these options (the picker's current value) instead of searching. */
  ids: z.array(entityId).max(20).optional(),
  limit: z.number().int().min(1).max(20).default(10),
});
