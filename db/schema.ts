/**
 * The tables the app queries, for the engine this process runs on (db/dialect.ts). Both
 * schemas describe the same tables with the same names and row types (checked by
 * db/schema/parity.test.ts), so queries are written once, against these exports. Types are
 * spelled with the SQLite schema's; at run time each table is the current engine's.
 */
import { dialect } from './dialect';
import * as pg from './schema/pg';
import * as sqlite from './schema/sqlite';

const tables = (dialect === 'postgres' ? pg : sqlite) as unknown as typeof sqlite;

export const {
  users,
  teams,
  memberships,
  signInThrottles,
  invitations,
  activities,
  systems,
  processes,
  steps,
  whatIfs,
  decisions,
  assignments,
  notifications,
  realizedSavings,
  rateLimits,
} = tables;

export * from './schema/shared';

export type User = typeof sqlite.users.$inferSelect;
export type Team = typeof sqlite.teams.$inferSelect;
export type Membership = typeof sqlite.memberships.$inferSelect;
export type Invitation = typeof sqlite.invitations.$inferSelect;
export type Activity = typeof sqlite.activities.$inferSelect;
export type System = typeof sqlite.systems.$inferSelect;
export type Process = typeof sqlite.processes.$inferSelect;
export type Step = typeof sqlite.steps.$inferSelect;
export type WhatIf = typeof sqlite.whatIfs.$inferSelect;
export type Decision = typeof sqlite.decisions.$inferSelect;
export type Assignment = typeof sqlite.assignments.$inferSelect;
export type Notification = typeof sqlite.notifications.$inferSelect;
