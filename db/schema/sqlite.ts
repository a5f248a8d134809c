/**
 * The schema on SQLite (the embedded default). db/schema/pg.ts is the same tables on PostgreSQL;
 * db/schema/parity.test.ts checks that their row types are equal, so they cannot drift.
 */
import {
  index,
  integer,
  real,
  sqliteTable,
  text,
  uniqueIndex,
  type AnySQLiteColumn,
} from 'drizzle-orm/sqlite-core';
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

// Ids are random UUIDs: portable to PostgreSQL, and they reveal nothing about other teams' data.
const id = () =>
  text('id')
    .primaryKey()
    .$defaultFn(() => crypto.randomUUID());
const createdAt = () =>
  integer('created_at', { mode: 'timestamp_ms' })
    .notNull()
    .$defaultFn(() => new Date());

export const users = sqliteTable(
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

export const teams = sqliteTable(
  'teams',
  {
    id: id(),
    name: text('name').notNull(),
    slug: text('slug').notNull(),
    currency: text('currency').notNull().default('USD'),
    defaultHourlyCost: real('default_hourly_cost').notNull().default(50),
    workingDaysPerWeek: real('working_days_per_week').notNull().default(5),
    weeksPerYear: real('weeks_per_year').notNull().default(48),
    horizonYears: real('horizon_years').notNull().default(5),
    defaultAutomationEffortHours: real('default_automation_effort_hours').notNull().default(8),
    minHoursPerYear: real('min_hours_per_year').notNull().default(4),
    /**
     * Bumped by database triggers (migration 0009) in the same transaction as every write that
     * can change the streamlining report, so a result memoized per (team, version) is never stale
     * and no server needs to tell another one that it changed.
     */
    dataVersion: integer('data_version').notNull().default(1),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('teams_slug_uq').on(t.slug)],
);

export const memberships = sqliteTable(
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
    hourlyCost: real('hourly_cost'),
    // Hours per week this member has for delegated work.
    weeklyCapacityHours: real('weekly_capacity_hours').notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('memberships_team_id_uq').on(t.teamId, t.id),
    uniqueIndex('memberships_team_user_uq').on(t.teamId, t.userId),
    index('memberships_user_idx').on(t.userId),
  ],
);

// Failed sign-ins per email live in the database, so throttling holds across app servers.
export const signInThrottles = sqliteTable('sign_in_throttles', {
  emailNormalized: text('email_normalized').primaryKey(),
  failures: integer('failures').notNull().default(0),
  windowStartedAt: integer('window_started_at', { mode: 'timestamp_ms' }).notNull(),
  lockedUntil: integer('locked_until', { mode: 'timestamp_ms' }),
});

export const invitations = sqliteTable(
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
    expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
    invitedByUserId: text('invited_by_user_id').references(() => users.id, {
      onDelete: 'set null',
    }),
    acceptedAt: integer('accepted_at', { mode: 'timestamp_ms' }),
    acceptedByUserId: text('accepted_by_user_id').references(() => users.id, {
      onDelete: 'set null',
    }),
    revokedAt: integer('revoked_at', { mode: 'timestamp_ms' }),
    createdAt: createdAt(),
    sentAt: integer('sent_at', { mode: 'timestamp_ms' })
      .notNull()
      .$defaultFn(() => new Date()),
  },
  (t) => [
    uniqueIndex('invitations_token_hash_uq').on(t.tokenHash),
    index('invitations_team_email_idx').on(t.teamId, t.emailNormalized),
  ],
);

// Append-only: who did what, when. Written in the same transaction as the change it records.
export const activities = sqliteTable(
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
    data: text('data', { mode: 'json' }).$type<Record<string, unknown>>(),
    createdAt: createdAt(),
  },
  (t) => [
    index('activities_team_created_idx').on(t.teamId, t.createdAt),
    index('activities_team_process_created_idx').on(t.teamId, t.processId, t.createdAt),
  ],
);

const updatedAt = () =>
  integer('updated_at', { mode: 'timestamp_ms' })
    .notNull()
    .$defaultFn(() => new Date());

/** A system of the business; parentId null means top level (the team itself is the business). */
export const systems = sqliteTable(
  'systems',
  {
    id: id(),
    teamId: text('team_id')
      .notNull()
      .references(() => teams.id, { onDelete: 'cascade' }),
    parentId: text('parent_id').references((): AnySQLiteColumn => systems.id, {
      onDelete: 'cascade',
    }),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    ownerMembershipId: text('owner_membership_id').references(() => memberships.id, {
      onDelete: 'set null',
    }),
    position: integer('position').notNull().default(0),
    archivedAt: integer('archived_at', { mode: 'timestamp_ms' }),
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

export const processes = sqliteTable(
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
    frequencyCount: real('frequency_count').notNull().default(1),
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

export const steps = sqliteTable(
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
    minutes: real('minutes').notNull().default(0),
    waitMinutes: real('wait_minutes'),
    probability: real('probability').notNull().default(100),
    value: text('value', { enum: STEP_VALUES }).notNull().default('unknown'),
    ruleBased: integer('rule_based', { mode: 'boolean' }).notNull().default(false),
    needsJudgment: integer('needs_judgment', { mode: 'boolean' }).notNull().default(false),
    tools: text('tools', { mode: 'json' }).$type<string[]>().notNull().default([]),
    automationEffortHours: real('automation_effort_hours'),
    // Set when an accepted "remove" archives the step: out of the process and the totals, restorable.
    archivedAt: integer('archived_at', { mode: 'timestamp_ms' }),
    // Set when an automation task is done; minutes then hold what is left by hand.
    automatedAt: integer('automated_at', { mode: 'timestamp_ms' }),
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
export const whatIfs = sqliteTable(
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
export const decisions = sqliteTable(
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
    snapshot: text('snapshot', { mode: 'json' }).$type<DecisionSnapshot>().notNull(),
    decidedByUserId: text('decided_by_user_id').references(() => users.id, {
      onDelete: 'set null',
    }),
    decidedAt: integer('decided_at', { mode: 'timestamp_ms' })
      .notNull()
      .$defaultFn(() => new Date()),
  },
  (t) => [
    uniqueIndex('decisions_team_step_uq').on(t.teamId, t.stepId),
    index('decisions_step_idx').on(t.stepId),
  ],
);

/** A step handed to a teammate: to take over (delegate) or to automate. */
export const assignments = sqliteTable(
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
    hoursPerWeek: real('hours_per_week').notNull().default(0),
    // Automation tasks: minutes still done by hand afterwards, and the effort it took.
    remainingMinutes: real('remaining_minutes'),
    effortHours: real('effort_hours'),
    overdueNotifiedAt: integer('overdue_notified_at', { mode: 'timestamp_ms' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    completedAt: integer('completed_at', { mode: 'timestamp_ms' }),
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
export const notifications = sqliteTable(
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
    readAt: integer('read_at', { mode: 'timestamp_ms' }),
    createdAt: createdAt(),
  },
  (t) => [index('notifications_team_user_created_idx').on(t.teamId, t.userId, t.createdAt)],
);

/**
 * Savings a finished change achieved: a removed step, a done hand-off or automation. Kept apart
 * from decisions so a later verdict on the same step never erases what was already achieved.
 */
export const realizedSavings = sqliteTable(
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
    costSavedPerYear: real('cost_saved_per_year').notNull(),
    hoursSavedPerYear: real('hours_saved_per_year').notNull(),
    hoursFreedPerYear: real('hours_freed_per_year').notNull(),
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
export const rateLimits = sqliteTable('rate_limits', {
  key: text('key').primaryKey(),
  hits: integer('hits').notNull(),
  windowStartedAt: integer('window_started_at', { mode: 'timestamp_ms' }).notNull(),
});
