import { z } from 'zod';
import { PROCESS_STATUSES, STEP_KINDS, STEP_VALUES } from '@/db/process-enums';
import { entityId } from './system.schema';

const COUNTED_PERIODS = ['day', 'week', 'month', 'quarter', 'year'] as const;

export const frequencySchema = z.discriminatedUnion('period', [
  z.object({
    period: z.enum(COUNTED_PERIODS),
    count: z
      .number({ error: 'Enter how many times per period.' })
      .gt(0, 'Use a number above 0.')
      .max(10_000, 'Use at most 10,000.'),
  }),
  z.object({
    period: z.literal('on_demand'),
    runsPerYear: z
      .number({ error: 'Enter an estimate of runs per year.' })
      .min(0, 'Use 0 or more.')
      .max(1_000_000, 'Use at most 1,000,000.'),
  }),
]);
export type FrequencyInput = z.infer<typeof frequencySchema>;

export const processFieldsSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, 'Give the process a name.')
    .max(120, 'Use at most 120 characters.'),
  purpose: z.string().trim().max(2000, 'Use at most 2,000 characters.').default(''),
  trigger: z.string().trim().max(500, 'Use at most 500 characters.').default(''),
  ownerMembershipId: entityId.nullable().default(null),
  frequency: frequencySchema,
  status: z.enum(PROCESS_STATUSES).default('draft'),
});
export type ProcessFields = z.infer<typeof processFieldsSchema>;

export const createProcessSchema = processFieldsSchema.extend({ systemId: entityId });
export const updateProcessSchema = processFieldsSchema.extend({
  processId: entityId,
  version: z.number().int().min(1),
});

const optionalNumber = (max: number, unit: string) =>
  z
    .number({ error: 'Enter a number, or leave it empty.' })
    .min(0, 'Use 0 or more.')
    .max(max, `Use at most ${max.toLocaleString('en-US')} ${unit}.`)
    .nullable()
    .default(null);

export const whatIfSchema = z.object({
  condition: z.string().trim().min(1, 'Say what happens.').max(500, 'Use at most 500 characters.'),
  action: z
    .string()
    .trim()
    .min(1, 'Say what to do then.')
    .max(2000, 'Use at most 2,000 characters.'),
  linkedProcessId: entityId.nullable().default(null),
});
export type WhatIfInput = z.infer<typeof whatIfSchema>;

export const stepFieldsSchema = z.object({
  title: z.string().trim().min(1, 'Give the step a title.').max(200, 'Use at most 200 characters.'),
  details: z.string().max(20_000, 'Use at most 20,000 characters.').default(''),
  kind: z.enum(STEP_KINDS).default('action'),
  performerMembershipId: entityId.nullable().default(null),
  minutes: z
    .number({ error: 'Enter the minutes of hands-on time.' })
    .min(0, 'Use 0 or more.')
    .max(10_000, 'Use at most 10,000 minutes.'),
  waitMinutes: optionalNumber(1_000_000, 'minutes'),
  probability: z
    .number({ error: 'Enter a percentage.' })
    .min(0, 'Use a percentage from 0 to 100.')
    .max(100, 'Use a percentage from 0 to 100.')
    .default(100),
  value: z.enum(STEP_VALUES).default('unknown'),
  ruleBased: z.boolean().default(false),
  needsJudgment: z.boolean().default(false),
  tools: z
    .array(z.string().trim().min(1).max(60, 'Keep tool names under 60 characters.'))
    .max(20, 'List at most 20 tools.')
    .default([]),
  automationEffortHours: optionalNumber(10_000, 'hours'),
  whatIfs: z.array(whatIfSchema).max(20, 'Use at most 20 what-ifs per step.').default([]),
});
export type StepFields = z.infer<typeof stepFieldsSchema>;
export type StepFieldsInput = z.input<typeof stepFieldsSchema>;

export const createStepSchema = stepFieldsSchema.extend({
  processId: entityId,
  /** Insert after this step; null or absent appends at the end. */
  afterStepId: entityId.nullable().default(null),
});
export const updateStepSchema = stepFieldsSchema.extend({
  stepId: entityId,
  version: z.number().int().min(1),
});
export const reorderStepsSchema = z.object({
  processId: entityId,
  orderedIds: z.array(entityId).min(1).max(500),
});
