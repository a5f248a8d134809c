import { z } from 'zod';
import { text } from '@/lib/text';

export const entityId = z.string().min(1).max(64);

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
