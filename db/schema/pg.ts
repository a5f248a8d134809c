/**
 * The schema on PostgreSQL: the same tables, columns, indexes and names as db/schema/sqlite.ts,
 * in PostgreSQL's types (timestamptz to the millisecond, boolean, double precision, jsonb).
 * db/schema/parity.test.ts checks that the row types of both are equal.
 */
import {
  bigint,
  boolean,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import {
  ACTIVITY_KINDS,
  ASSIGNMENT_KINDS,
  ASSIGNMENT_STATUSES,
  DECISION_STATUSES,
  FINDING_ACTIONS,
  NOTIFICATION_KINDS,
  PERIODS,
  PROCESS_STATUSES,
  ROLES,
  STEP_KINDS,
  STEP_VALUES,
  type DecisionSnapshot,
} from './shared';

// Milliseconds, as JavaScript dates hold: a value read back equals the one written.
const TIMESTAMP = { withTimezone: true, mode: 'date', precision: 3 } as const;

// Ids are random UUIDs: portable to PostgreSQL, and they reveal nothing about other teams' data.
const id = () =>
  text('id')
    .primaryKey()
    .$defaultFn(() => crypto.randomUUID());
const createdAt = () =>
  timestamp('created_at', TIMESTAMP)
    .notNull()
    .$defaultFn(() => new Date());

export const users = pgTable(
  'users',
  {
    id: id(),
    name: text('name').notNull(),
    email: text('email').notNull(),
    // Lower-cased and trimmed: uniqueness is case-insensitive on any database.
    emailNormalized: text('email_normalized').notNull(),
    // Null for accounts that only ever signed in with GitHub or Google.
    passwordHash: text('password_hash'),
    // Bumped by signing out and by a password change: session tokens carry the version they
    // were issued at, and one with an older version is refused everywhere.
    sessionVersion: integer('session_version').notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('users_email_normalized_uq').on(t.emailNormalized)],
);

export const teams = pgTable(
  'teams',
  {
    id: id(),
    name: text('name').notNull(),
    slug: text('slug').notNull(),
    currency: text('currency').notNull().default('USD'),
    defaultHourlyCost: doublePrecision('default_hourly_cost').notNull().default(50),
    workingDaysPerWeek: doublePrecision('working_days_per_week').notNull().default(5),
    weeksPerYear: doublePrecision('weeks_per_year').notNull().default(48),
    horizonYears: doublePrecision('horizon_years').notNull().default(5),
    defaultAutomationEffortHours: doublePrecision('default_automation_effort_hours')
      .notNull()
      .default(8),
    minHoursPerYear: doublePrecision('min_hours_per_year').notNull().default(4),
    /**
     * Bumped by database triggers (see db/migrations-pg) in the same transaction as every write that
     * can change the streamlining report, so a result memoized per (team, version) is never stale
     * and no server needs to tell another one that it changed.
     */
    dataVersion: bigint('data_version', { mode: 'number' }).notNull().default(1),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('teams_slug_uq').on(t.slug)],
);

export const memberships = pgTable(
  'memberships',
  {
    id: id(),
    teamId: text('team_id')
      .notNull()
      .references(() => teams.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role', { enum: ROLES }).notNull(),
    // Null means "use the team's default hourly cost".
    hourlyCost: doublePrecision('hourly_cost'),
    // Hours per week this member has for delegated work.
    weeklyCapacityHours: doublePrecision('weekly_capacity_hours').notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('memberships_team_id_uq').on(t.teamId, t.id),
    uniqueIndex('memberships_team_user_uq').on(t.teamId, t.userId),
    index('memberships_user_idx').on(t.userId),
  ],
);

// Failed sign-ins per email live in the database, so throttling holds across app servers.
export const signInThrottles = pgTable('sign_in_throttles', {
  emailNormalized: text('email_normalized').primaryKey(),
  failures: integer('failures').notNull().default(0),
  windowStartedAt: timestamp('window_started_at', TIMESTAMP).notNull(),
  lockedUntil: timestamp('locked_until', TIMESTAMP),
});

export const invitations = pgTable(
  'invitations',
  {
    id: id(),
    teamId: text('team_id')
      .notNull()
      .references(() => teams.id, { onDelete: 'cascade' }),
    email: text('email').notNull(),
    emailNormalized: text('email_normalized').notNull(),
    role: text('role', { enum: ROLES }).notNull(),
    // SHA-256 of the single-use token: a leaked database does not leak working links.
    tokenHash: text('token_hash').notNull(),
    expiresAt: timestamp('expires_at', TIMESTAMP).notNull(),
    invitedByUserId: text('invited_by_user_id').references(() => users.id, {
      onDelete: 'set null',
    }),
    acceptedAt: timestamp('accepted_at', TIMESTAMP),
    acceptedByUserId: text('accepted_by_user_id').references(() => users.id, {
      onDelete: 'set null',
    }),
    revokedAt: timestamp('revoked_at', TIMESTAMP),
    createdAt: createdAt(),
    sentAt: timestamp('sent_at', TIMESTAMP)
      .notNull()
      .$defaultFn(() => new Date()),
  },
  (t) => [
    uniqueIndex('invitations_token_hash_uq').on(t.tokenHash),
    index('invitations_team_email_idx').on(t.teamId, t.emailNormalized),
  ],
);

// Append-only: who did what, when. Written in the same transaction as the change it records.
export const activities = pgTable(
  'activities',
  {
    id: id(),
    teamId: text('team_id')
      .notNull()
      .references(() => teams.id, { onDelete: 'cascade' }),
    actorUserId: text('actor_user_id').references(() => users.id, { onDelete: 'set null' }),
    // Set for changes to a process or its steps, so the process page can show its own history.
    processId: text('process_id'),
    kind: text('kind', { enum: ACTIVITY_KINDS }).notNull(),
    // A readable sentence fragment fixed at the time, so the log survives later renames and removals.
    summary: text('summary').notNull(),
    data: jsonb('data').$type<Record<string, unknown>>(),
    createdAt: createdAt(),
  },
  (t) => [
    index('activities_team_created_idx').on(t.teamId, t.createdAt),
    index('activities_team_process_created_idx').on(t.teamId, t.processId, t.createdAt),
  ],
);

const updatedAt = () =>
  timestamp('updated_at', TIMESTAMP)
    .notNull()
    .$defaultFn(() => new Date());

/** A system of the business; parentId null means top level (the team itself is the business). */
export const systems = pgTable(
  'systems',
  {
    id: id(),
    teamId: text('team_id')
      .notNull()
      .references(() => teams.id, { onDelete: 'cascade' }),
    parentId: text('parent_id').references((): AnyPgColumn => systems.id, {
      onDelete: 'cascade',
    }),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    ownerMembershipId: text('owner_membership_id').references(() => memberships.id, {
      onDelete: 'set null',
    }),
    position: integer('position').notNull().default(0),
    archivedAt: timestamp('archived_at', TIMESTAMP),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    // Tenant key: lookups by a list of ids within a team use it, never a scan of the team.
    uniqueIndex('systems_team_id_uq').on(t.teamId, t.id),
    index('systems_team_parent_position_idx').on(t.teamId, t.parentId, t.position),
    // Foreign-key lookups (cascades, set null) search by the key alone.
    index('systems_parent_idx').on(t.parentId),
    index('systems_owner_idx').on(t.ownerMembershipId),
  ],
);

export const processes = pgTable(
  'processes',
  {
    id: id(),
    teamId: text('team_id')
      .notNull()
      .references(() => teams.id, { onDelete: 'cascade' }),
    systemId: text('system_id')
      .notNull()
      .references(() => systems.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    purpose: text('purpose').notNull().default(''),
    trigger: text('trigger').notNull().default(''),
    ownerMembershipId: text('owner_membership_id').references(() => memberships.id, {
      onDelete: 'set null',
    }),
    // count per period, or on_demand with an estimate of runs per year.
    frequencyPeriod: text('frequency_period', { enum: PERIODS }).notNull().default('month'),
    frequencyCount: doublePrecision('frequency_count').notNull().default(1),
    status: text('status', { enum: PROCESS_STATUSES }).notNull().default('draft'),
    position: integer('position').notNull().default(0),
    // Optimistic concurrency: every save names the version it edited.
    version: integer('version').notNull().default(1),
    updatedByUserId: text('updated_by_user_id').references(() => users.id, {
      onDelete: 'set null',
    }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('processes_team_id_uq').on(t.teamId, t.id),
    index('processes_team_system_position_idx').on(t.teamId, t.systemId, t.position),
    index('processes_system_idx').on(t.systemId),
    index('processes_owner_idx').on(t.ownerMembershipId),
  ],
);

export const steps = pgTable(
  'steps',
  {
    id: id(),
    teamId: text('team_id')
      .notNull()
      .references(() => teams.id, { onDelete: 'cascade' }),
    processId: text('process_id')
      .notNull()
      .references(() => processes.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    title: text('title').notNull(),
    details: text('details').notNull().default(''),
    kind: text('kind', { enum: STEP_KINDS }).notNull().default('action'),
    performerMembershipId: text('performer_membership_id').references(() => memberships.id, {
      onDelete: 'set null',
    }),
    minutes: doublePrecision('minutes').notNull().default(0),
    waitMinutes: doublePrecision('wait_minutes'),
    probability: doublePrecision('probability').notNull().default(100),
    value: text('value', { enum: STEP_VALUES }).notNull().default('unknown'),
    ruleBased: boolean('rule_based').notNull().default(false),
    needsJudgment: boolean('needs_judgment').notNull().default(false),
    tools: jsonb('tools').$type<string[]>().notNull().default([]),
    automationEffortHours: doublePrecision('automation_effort_hours'),
    // Set when an accepted "remove" archives the step: out of the process and the totals, restorable.
    archivedAt: timestamp('archived_at', TIMESTAMP),
    // Set when an automation task is done; minutes then hold what is left by hand.
    automatedAt: timestamp('automated_at', TIMESTAMP),
    version: integer('version').notNull().default(1),
    updatedByUserId: text('updated_by_user_id').references(() => users.id, {
      onDelete: 'set null',
    }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('steps_team_id_uq').on(t.teamId, t.id),
    index('steps_team_process_position_idx').on(t.teamId, t.processId, t.position),
    // Removing a member sets their steps to unassigned: this keeps that update from scanning.
    index('steps_performer_idx').on(t.performerMembershipId),
    index('steps_process_idx').on(t.processId),
  ],
);

/** A step's exception: "if the client does not pay within 30 days" → what to do. */
export const whatIfs = pgTable(
  'what_ifs',
  {
    id: id(),
    teamId: text('team_id')
      .notNull()
      .references(() => teams.id, { onDelete: 'cascade' }),
    stepId: text('step_id')
      .notNull()
      .references(() => steps.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    condition: text('condition').notNull(),
    action: text('action').notNull(),
    linkedProcessId: text('linked_process_id').references(() => processes.id, {
      onDelete: 'set null',
    }),
  },
  (t) => [
    index('what_ifs_team_step_position_idx').on(t.teamId, t.stepId, t.position),
    index('what_ifs_step_idx').on(t.stepId),
    index('what_ifs_linked_process_idx').on(t.linkedProcessId),
  ],
);

/**
 * The team's verdict on a step's finding. One row per step (the latest verdict); "open" is the
 * absence of a row or a row for another action. The snapshot holds the estimates the verdict was
 * made on, so a dismissed finding comes back when they change materially.
 */
export const decisions = pgTable(
  'decisions',
  {
    id: id(),
    teamId: text('team_id')
      .notNull()
      .references(() => teams.id, { onDelete: 'cascade' }),
    stepId: text('step_id')
      .notNull()
      .references(() => steps.id, { onDelete: 'cascade' }),
    action: text('action', { enum: FINDING_ACTIONS }).notNull(),
    status: text('status', { enum: DECISION_STATUSES }).notNull(),
    reason: text('reason').notNull().default(''),
    snapshot: jsonb('snapshot').$type<DecisionSnapshot>().notNull(),
    decidedByUserId: text('decided_by_user_id').references(() => users.id, {
      onDelete: 'set null',
    }),
    decidedAt: timestamp('decided_at', TIMESTAMP)
      .notNull()
      .$defaultFn(() => new Date()),
  },
  (t) => [
    uniqueIndex('decisions_team_step_uq').on(t.teamId, t.stepId),
    index('decisions_step_idx').on(t.stepId),
  ],
);

/** A step handed to a teammate: to take over (delegate) or to automate. */
export const assignments = pgTable(
  'assignments',
  {
    id: id(),
    teamId: text('team_id')
      .notNull()
      .references(() => teams.id, { onDelete: 'cascade' }),
    stepId: text('step_id')
      .notNull()
      .references(() => steps.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ASSIGNMENT_KINDS }).notNull(),
    assigneeMembershipId: text('assignee_membership_id')
      .notNull()
      .references(() => memberships.id, { onDelete: 'cascade' }),
    assignedByUserId: text('assigned_by_user_id').references(() => users.id, {
      onDelete: 'set null',
    }),
    dueDate: text('due_date'), // ISO date (YYYY-MM-DD): a calendar day, not an instant
    note: text('note').notNull().default(''),
    status: text('status', { enum: ASSIGNMENT_STATUSES }).notNull().default('assigned'),
    declineReason: text('decline_reason'),
    // The step's hours per week when assigned: what the hand-off takes from the assignee's capacity.
    hoursPerWeek: doublePrecision('hours_per_week').notNull().default(0),
    // Automation tasks: minutes still done by hand afterwards, and the effort it took.
    remainingMinutes: doublePrecision('remaining_minutes'),
    effortHours: doublePrecision('effort_hours'),
    overdueNotifiedAt: timestamp('overdue_notified_at', TIMESTAMP),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    completedAt: timestamp('completed_at', TIMESTAMP),
  },
  (t) => [
    index('assignments_team_assignee_status_idx').on(t.teamId, t.assigneeMembershipId, t.status),
    index('assignments_team_step_idx').on(t.teamId, t.stepId),
    index('assignments_team_status_idx').on(t.teamId, t.status),
    index('assignments_step_idx').on(t.stepId),
    index('assignments_assignee_idx').on(t.assigneeMembershipId),
  ],
);

/** In-app notifications for one user in one team. */
export const notifications = pgTable(
  'notifications',
  {
    id: id(),
    teamId: text('team_id')
      .notNull()
      .references(() => teams.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: NOTIFICATION_KINDS }).notNull(),
    message: text('message').notNull(),
    // A path inside the team (e.g. /assignments): the team's slug is added when shown, so a
    // renamed team keeps working links.
    href: text('href'),
    readAt: timestamp('read_at', TIMESTAMP),
    createdAt: createdAt(),
  },
  (t) => [index('notifications_team_user_created_idx').on(t.teamId, t.userId, t.createdAt)],
);

/**
 * Savings a finished change achieved: a removed step, a done hand-off or automation. Kept apart
 * from decisions so a later verdict on the same step never erases what was already achieved.
 */
export const realizedSavings = pgTable(
  'realized_savings',
  {
    id: id(),
    teamId: text('team_id')
      .notNull()
      .references(() => teams.id, { onDelete: 'cascade' }),
    stepId: text('step_id').references(() => steps.id, { onDelete: 'set null' }),
    // Where the step sat when it was realized, so the report can roll it up by system.
    systemId: text('system_id').references(() => systems.id, { onDelete: 'set null' }),
    action: text('action', { enum: FINDING_ACTIONS }).notNull(),
    costSavedPerYear: doublePrecision('cost_saved_per_year').notNull(),
    hoursSavedPerYear: doublePrecision('hours_saved_per_year').notNull(),
    hoursFreedPerYear: doublePrecision('hours_freed_per_year').notNull(),
    realizedAt: createdAt(),
  },
  (t) => [
    index('realized_savings_team_system_idx').on(t.teamId, t.systemId),
    index('realized_savings_step_idx').on(t.stepId),
  ],
);

/**
 * Requests counted per key (a user or a team, per kind of heavy work) in fixed windows. In the
 * database, so the limits hold across every app server; one row per key, reused window after
 * window, so it never grows with time.
 */
export const rateLimits = pgTable('rate_limits', {
  key: text('key').primaryKey(),
  hits: integer('hits').notNull(),
  windowStartedAt: timestamp('window_started_at', TIMESTAMP).notNull(),
});
