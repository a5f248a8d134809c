import { z } from 'zod';
import { text } from '@/lib/text';

export const teamNameSchema = text(80, { required: 'Give the team a name.' }).refine(
  (v) => v.length >= 2,
  'Use at least 2 characters.',
);

export const createTeamInput = z.object({ name: teamNameSchema });
export type CreateTeamInput = z.infer<typeof createTeamInput>;

/** Deleting a team: its name, typed again (checked against the stored name on the server). */
export const deleteTeamInput = z.object({
  confirmName: z.string().max(200, "Type the team's name exactly to confirm."),
});

const CURRENCIES = new Set(Intl.supportedValuesOf('currency'));

const numberIn = (min: number, max: number, unit: string) =>
  z
    .number({ error: 'Enter a number.' })
    .refine(Number.isFinite, 'Enter a number.')
    .refine((n) => n >= min && n <= max, `Use a value from ${min} to ${max} ${unit}.`);

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Team settings: the assumptions the streamlining analysis runs on (defaults in DESIGN.md). */
export const teamSettingsSchema = z.object({
  name: teamNameSchema,
  slug: z
    .string()
    .trim()
    .toLowerCase()
    .min(2, 'Use at least 2 characters.')
    .max(40, 'Use at most 40 characters.')
    .regex(SLUG_PATTERN, 'Use lowercase letters, digits and single hyphens, like my-team.'),
  currency: z
    .string()
    .trim()
    .toUpperCase()
    .refine((c) => CURRENCIES.has(c), 'Use a 3-letter currency code, like USD, EUR or GBP.'),
  defaultHourlyCost: numberIn(0, 10_000, 'per hour'),
  workingDaysPerWeek: numberIn(1, 7, 'days'),
  weeksPerYear: numberIn(1, 52, 'weeks'),
  horizonYears: numberIn(0.5, 20, 'years'),
  defaultAutomationEffortHours: numberIn(0, 10_000, 'hours'),
  minHoursPerYear: numberIn(0, 10_000, 'hours'),
});
export type TeamSettings = z.infer<typeof teamSettingsSchema>;
