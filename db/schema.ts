import { index, integer, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { ROLES, type Role } from './roles';

// Ids are random UUIDs: portable to PostgreSQL, and they reveal nothing about other teams' data.
const id = () =>
  text('id')
    .primaryKey()
    .$defaultFn(() => crypto.randomUUID());
const createdAt = () =>
  integer('created_at', { mode: 'timestamp_ms' })
    .notNull()
    .$defaultFn(() => new Date());

export { ROLES, type Role };

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

export type User = typeof users.$inferSelect;
export type Team = typeof teams.$inferSelect;
export type Membership = typeof memberships.$inferSelect;

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

export const ACTIVITY_KINDS = [
  'team.created',
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

// Append-only: who did what, when. Written in the same transaction as the change it records.
export const activities = sqliteTable(
  'activities',
  {
    id: id(),
    teamId: text('team_id')
      .notNull()
      .references(() => teams.id, { onDelete: 'cascade' }),
    actorUserId: text('actor_user_id').references(() => users.id, { onDelete: 'set null' }),
    kind: text('kind', { enum: ACTIVITY_KINDS }).notNull(),
    // A readable sentence fragment fixed at the time, so the log survives later renames and removals.
    summary: text('summary').notNull(),
    data: text('data', { mode: 'json' }).$type<Record<string, unknown>>(),
    createdAt: createdAt(),
  },
  (t) => [index('activities_team_created_idx').on(t.teamId, t.createdAt)],
);

export type Invitation = typeof invitations.$inferSelect;
export type Activity = typeof activities.$inferSelect;
