/**
 * What both engines' schemas share: enumerations and the JSON shapes stored in columns. Plain
 * constants, so the dialect files (sqlite.ts, pg.ts) and the rest of the app agree on them.
 */
import { ROLES, type Role } from '../roles';

export { ROLES, type Role };
export { PERIODS, PROCESS_STATUSES, STEP_KINDS, STEP_VALUES } from '../process-enums';

export const ACTIVITY_KINDS = [
  'team.created',
  'team.imported',
  'system.created',
  'system.updated',
  'system.moved',
  'system.archived',
  'system.restored',
  'process.created',
  'process.updated',
  'process.archived',
  'process.restored',
  'step.created',
  'step.updated',
  'step.duplicated',
  'step.deleted',
  'steps.reordered',
  'finding.accepted',
  'finding.dismissed',
  'finding.reopened',
  'assignment.created',
  'assignment.accepted',
  'assignment.declined',
  'assignment.done',
  'step.archived',
  'step.restored',
  'team.settings_changed',
  'member.joined',
  'member.updated',
  'member.removed',
  'member.left',
  'invitation.created',
  'invitation.resent',
  'invitation.revoked',
] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

export const FINDING_ACTIONS = ['remove', 'automate', 'delegate'] as const;
export const DECISION_STATUSES = ['accepted', 'dismissed', 'done'] as const;

/** The finding's numbers when the verdict was given: for lapsing dismissals and realized savings. */
export type DecisionSnapshot = {
  hoursPerYear: number;
  value: string;
  ruleBased: boolean;
  needsJudgment: boolean;
  /** The savings the finding promised when accepted: what a done decision has realized. */
  costSavedPerYear?: number;
  hoursSavedPerYear?: number;
  hoursFreedPerYear?: number;
};

export const ASSIGNMENT_KINDS = ['delegate', 'automate'] as const;
export const ASSIGNMENT_STATUSES = ['assigned', 'accepted', 'declined', 'done'] as const;
export type AssignmentStatus = (typeof ASSIGNMENT_STATUSES)[number];

export const NOTIFICATION_KINDS = [
  'assignment.new',
  'assignment.declined',
  'assignment.done',
  'assignment.overdue',
] as const;
