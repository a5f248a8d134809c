import { z } from 'zod';

export const entityId = z.string().min(1).max(64);

export const systemFieldsSchema = z.object({
  name: z.string().trim().min(1, 'Give the system a name.').max(120, 'Use at most 120 characters.'),
  description: z.string().trim().max(2000, 'Use at most 2,000 characters.').default(''),
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
