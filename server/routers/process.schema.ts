import { z } from 'zod';
import { text } from '@/lib/text';
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
  name: text(120, { required: 'Give the process a name.' }),
  purpose: text(2000, { multiline: true }).default(''),
  trigger: text(500, { multiline: true }).default(''),
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
  condition: text(500, { required: 'Say what happens.', multiline: true }),
  action: text(2000, { required: 'Say what to do then.', multiline: true }),
  linkedProcessId: entityId.nullable().default(null),
});
export type WhatIfInput = z.infer<typeof whatIfSchema>;

export const stepFieldsSchema = z.object({
  title: text(200, { required: 'Give the step a title.' }),
  // Markdown: its indentation is meaning, so it is not trimmed.
  details: text(20_000, { multiline: true, trim: false }).default(''),
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
    .array(
      text(60, { required: 'Name the tool.', tooLong: 'Keep tool names under 60 characters.' }),
    )
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
