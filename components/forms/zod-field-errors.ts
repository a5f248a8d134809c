import { z } from 'zod';
import type { FieldMessages } from './field-errors';

/** First message per field, from a zod result checked in the browser before submitting. */
export function fieldMessagesFromZod(error: z.ZodError): FieldMessages {
  const { fieldErrors } = z.flattenError(error) as { fieldErrors: Record<string, string[]> };
  return Object.fromEntries(Object.entries(fieldErrors).map(([k, v]) => [k, v[0]]));
}
