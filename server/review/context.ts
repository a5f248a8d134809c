import type { Db } from '@/db/client';
import type { Mailer } from '@/server/email/mailer';
import type { ReportEngine } from '@/server/report/engine-types';

/** What the review domain needs of a team request: who acts, in which team, with what. */
export type ReviewContext = {
  db: Db;
  report: ReportEngine;
  mailer: Mailer | null;
  origin: string;
  team: { id: string; name: string; slug: string; dataVersion: number };
  user: { id: string; name: string };
  membership: { id: string };
};
