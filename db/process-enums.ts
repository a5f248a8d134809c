// Plain constants shared by the schema, zod inputs and client components.
export const PERIODS = ['day', 'week', 'month', 'quarter', 'year', 'on_demand'] as const;
export type Period = (typeof PERIODS)[number];

export const PROCESS_STATUSES = ['draft', 'active', 'archived'] as const;
export type ProcessStatus = (typeof PROCESS_STATUSES)[number];

export const STEP_KINDS = ['action', 'decision', 'event'] as const;
export type StepKind = (typeof STEP_KINDS)[number];

export const STEP_VALUES = ['customer', 'required', 'none', 'unknown'] as const;
export type StepValue = (typeof STEP_VALUES)[number];
