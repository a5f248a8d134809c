import { z } from 'zod';
import { ROLES } from '@/db/roles';

export const roleSchema = z.enum(ROLES, { error: 'Choose owner, admin or member.' });

export const memberPatchSchema = z.object({
  role: roleSchema.optional(),
  // null: use the team's default hourly cost.
  hourlyCost: z
    .number({ error: 'Enter a number, or leave it empty for the team default.' })
    .min(0, 'Use 0 or more.')
    .max(10_000, 'Use at most 10,000.')
    .nullable()
    .optional(),
  weeklyCapacityHours: z
    .number({ error: 'Enter a number of hours.' })
    .min(0, 'Use 0 or more.')
    .max(80, 'Use at most 80 hours a week.')
    .optional(),
});
export type MemberPatchInput = z.infer<typeof memberPatchSchema>;

export const inviteSchema = z.object({
  email: z
    .string()
    .trim()
    .max(254, 'That email is too long.')
    .pipe(z.email('Enter a valid email address.')),
  role: roleSchema,
});
export type InviteInput = z.infer<typeof inviteSchema>;
