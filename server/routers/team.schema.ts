import { z } from 'zod';

export const teamNameSchema = z
  .string()
  .trim()
  .min(2, 'Use at least 2 characters.')
  .max(80, 'Use at most 80 characters.');

export const createTeamInput = z.object({ name: teamNameSchema });
export type CreateTeamInput = z.infer<typeof createTeamInput>;
