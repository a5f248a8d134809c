import { z } from 'zod';
import { hasControlCharacter, text } from '@/lib/text';

// No control characters: no id has one, and a NUL would make PostgreSQL fail the query.
export const entityId = z
  .string()
  .min(1)
  .max(64)
  .refine((v) => !hasControlCharacter(v), 'That is not a valid id.');

export const systemFieldsSchema = z.object({
  name: text(120, { required: 'Give the system a name.' }),
  description: text(2000, { multiline: true }).default(''),
  ownerMembershipId: entityId.nullable().default(null),
});
export type SystemFields = z.infer<typeof systemFieldsSchema>;

export const createSystemSchema = systemFieldsSchema.extend({
  parentId: entityId.nullable().default(null),
});

export const updateSystemSchema = systemFieldsSchema.extend({ systemId: entityId });

export const moveSystemSchema = z.object({
  systemId: entityId,
  /** null moves it to the top level. */
  parentId: entityId.nullable(),
});

export const reorderSystemsSchema = z.object({
  parentId: entityId.nullable(),
  orderedIds: z.array(entityId).min(1).max(1000),
});
