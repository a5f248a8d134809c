/**
 * Words for the product's codes, in one place: the UI, the CSV, the SOP export and the
 * analysis's reasons all say the same thing for the same code.
 */
import type { Action, KeepReason } from '@/server/analysis/types';
import type { StepKind, StepValue } from '@/db/process-enums';
import type { Role } from '@/db/roles';

export const ACTION_LABELS: Readonly<Record<Action, string>> = {
  remove: 'Remove',
  automate: 'Automate',
  delegate: 'Delegate',
  keep: 'Keep',
};

export const KEEP_REASON_LABELS: Readonly<Record<KeepReason, string>> = {
  automated: 'Already automated',
  too_small: 'Too small to matter',
  needs_judgment: 'Needs judgment',
  automation_does_not_pay_back: 'Automation would not pay back',
  unassigned: 'Unassigned',
  no_cheaper_teammate_with_capacity: 'Nobody cheaper has capacity',
};

export const STEP_KIND_LABELS: Readonly<Record<StepKind, string>> = {
  action: 'Action',
  decision: 'Decision',
  event: 'Event',
};

/** A step's value, as a card or a table shows it. */
export const STEP_VALUE_LABELS: Readonly<Record<StepValue, string>> = {
  customer: 'Customer value',
  required: 'Required',
  none: 'No value',
  unknown: 'Value unknown',
};

/** The same, with what each means: the form where it is chosen, the SOP and the print view. */
export const STEP_VALUE_CHOICES: Readonly<Record<StepValue, string>> = {
  customer: 'Customer value — the client would pay for it',
  required: 'Required — legal, finance or compliance',
  none: 'No value — nobody would miss it',
  unknown: 'Not assessed yet',
};

export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  owner: 'Owner',
  admin: 'Admin',
  member: 'Member',
};
