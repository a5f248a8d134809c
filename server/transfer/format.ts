/**
 * The Opslens import/export file format, version 1 (documented in docs/import-format.md).
 *
 * One JSON document: `{ format: "opslens", version: 1, exportedAt?, systems: [...] }`, a tree of
 * systems with their processes, steps and what-ifs. People are referenced by email and processes
 * link to each other by name (or by a file-local `ref`), so a file moves between teams and
 * databases without carrying anyone's ids.
 *
 * Objects are strict: an unknown field is an error, so a typo such as `probabilty` is reported
 * instead of silently falling back to the default. Limits match what the app's forms accept.
 */
import { z } from 'zod';
import { PROCESS_STATUSES, STEP_KINDS, STEP_VALUES } from '@/db/process-enums';
import { isStorableText, looksEmpty } from '@/lib/text';

export const FORMAT_NAME = 'opslens';
export const FORMAT_VERSION = 1;

export const LIMITS = {
  nameLength: 120,
  stepTitleLength: 200,
  descriptionLength: 2_000,
  triggerLength: 500,
  detailsLength: 20_000,
  conditionLength: 500,
  actionLength: 2_000,
  toolLength: 60,
  toolsPerStep: 20,
  whatIfsPerStep: 20,
  stepsPerProcess: 500,
  emailLength: 254,
  refLength: 120,
  frequencyCount: 10_000,
  runsPerYear: 1_000_000,
  minutes: 10_000,
  waitMinutes: 1_000_000,
  automationEffortHours: 10_000,
  /** Per file. */
  systems: 5_000,
  processes: 5_000,
  steps: 100_000,
  /** Nesting of subsystems; deeper trees are not a business, they are a mistake. */
  systemDepth: 20,
  /** Bytes of JSON a caller should accept before parsing (the CLI and an upload route). */
  fileBytes: 50 * 1024 * 1024,
} as const;

// The app's text rule (lib/text.ts) in the format's own words: version 1 files stay valid, but
// nothing the app would refuse to store (control characters, broken characters, a name of only
// invisible characters) gets in through an import.
const STORABLE = 'must not hold control characters or broken (half-pasted) characters';
const storable = (schema: z.ZodString) => schema.refine(isStorableText, STORABLE);
const text = (max: number) => storable(z.string().trim().max(max));
const requiredText = (max: number) =>
  storable(z.string().trim().min(1).max(max)).refine(
    // Empty is already said by min(1); this is the text of only invisible characters.
    (v) => v === '' || !looksEmpty(v),
    'must not be empty',
  );
const email = z.string().trim().max(LIMITS.emailLength).pipe(z.email());

export const COUNTED_PERIODS = ['day', 'week', 'month', 'quarter', 'year'] as const;

export const frequencySchema = z.discriminatedUnion('period', [
  z.strictObject({
    period: z.enum(COUNTED_PERIODS),
    count: z.number().gt(0).max(LIMITS.frequencyCount),
  }),
  z.strictObject({
    period: z.literal('on_demand'),
    runsPerYear: z.number().min(0).max(LIMITS.runsPerYear),
  }),
]);

export const whatIfSchema = z.strictObject({
  condition: requiredText(LIMITS.conditionLength),
  action: requiredText(LIMITS.actionLength),
  /** The `name` of another process in the file (must be unique in the file to be linked). */
  linkedProcess: requiredText(LIMITS.nameLength).optional(),
  /** The `ref` of another process in the file; for links to a process whose name is not unique. */
  linkedProcessRef: requiredText(LIMITS.refLength).optional(),
});

export const stepSchema = z.strictObject({
  title: requiredText(LIMITS.stepTitleLength),
  /** Markdown. */
  details: storable(z.string().max(LIMITS.detailsLength)).default(''),
  kind: z.enum(STEP_KINDS).default('action'),
  /** Email of a member of the target team; null, absent or unknown → unassigned. */
  performer: email.nullable().default(null),
  minutes: z.number().min(0).max(LIMITS.minutes),
  waitMinutes: z.number().min(0).max(LIMITS.waitMinutes).nullable().default(null),
  /** Percent of process runs in which the step happens. */
  probability: z.number().min(0).max(100).default(100),
  value: z.enum(STEP_VALUES).default('unknown'),
  ruleBased: z.boolean().default(false),
  needsJudgment: z.boolean().default(false),
  tools: z.array(requiredText(LIMITS.toolLength)).max(LIMITS.toolsPerStep).default([]),
  automationEffortHours: z
    .number()
    .min(0)
    .max(LIMITS.automationEffortHours)
    .nullable()
    .default(null),
  whatIfs: z.array(whatIfSchema).max(LIMITS.whatIfsPerStep).default([]),
});

export const processSchema = z.strictObject({
  /** A file-local identifier, unique in the file, that `linkedProcessRef` can point at. */
  ref: requiredText(LIMITS.refLength).optional(),
  name: requiredText(LIMITS.nameLength),
  purpose: text(LIMITS.descriptionLength).default(''),
  trigger: text(LIMITS.triggerLength).default(''),
  owner: email.nullable().default(null),
  frequency: frequencySchema,
  // Imported processes are ones somebody runs, so they arrive active unless the file says otherwise.
  status: z.enum(PROCESS_STATUSES).default('active'),
  steps: z.array(stepSchema).max(LIMITS.stepsPerProcess),
});

export interface SystemFileInput {
  name: string;
  description?: string;
  owner?: string | null;
  systems?: SystemFileInput[];
  processes?: z.input<typeof processSchema>[];
}

export interface ParsedSystem {
  name: string;
  description: string;
  owner: string | null;
  systems: ParsedSystem[];
  processes: z.output<typeof processSchema>[];
}

/** The fields of a system, for messages about unknown fields (the recursive schema hides its shape). */
export const SYSTEM_FIELDS = ['name', 'description', 'owner', 'systems', 'processes'] as const;

export const systemSchema: z.ZodType<ParsedSystem, SystemFileInput> = z.strictObject({
  name: requiredText(LIMITS.nameLength),
  description: text(LIMITS.descriptionLength).default(''),
  owner: email.nullable().default(null),
  get systems() {
    return z.array(systemSchema).default([]);
  },
  processes: z.array(processSchema).default([]),
});

export const fileSchema = z.strictObject({
  format: z.literal(FORMAT_NAME),
  version: z.literal(FORMAT_VERSION),
  exportedAt: z.iso.datetime({ offset: true }).optional(),
  systems: z.array(systemSchema),
});

/** A file as written (optional fields may be left out): what the exporter produces. */
export type OpslensFile = z.input<typeof fileSchema>;
export type SystemInFile = SystemFileInput;
export type ProcessInFile = z.input<typeof processSchema>;
export type StepInFile = z.input<typeof stepSchema>;
export type WhatIfInFile = z.input<typeof whatIfSchema>;
export type FrequencyInFile = z.input<typeof frequencySchema>;

/** A validated file with every default filled in and every text trimmed. */
export type ParsedFile = z.output<typeof fileSchema>;
export type ParsedProcess = z.output<typeof processSchema>;
export type ParsedStep = z.output<typeof stepSchema>;
export type ParsedWhatIf = z.output<typeof whatIfSchema>;
