/** The shapes the report model is built from and answers in (pure types). */
import type { Action, AnalysisInput, CoreFinding } from '@/server/analysis';
import type { Review, StoredDecision } from '@/server/review/status';
import type { ActionFilter, ReviewFilter, SortKey } from './filters';

export type SavingsTotals = {
  count: number;
  hoursSavedPerYear: number;
  hoursFreedPerYear: number;
  costSavedPerYear: number;
};

export type RealizedRow = {
  systemId: string | null;
  action: Exclude<Action, 'keep'>;
  costSavedPerYear: number;
  hoursSavedPerYear: number;
  hoursFreedPerYear: number;
};

export type ReportSource = {
  teamId: string;
  dataVersion: number;
  /** Live processes and steps only; names and titles may be left out (see readAnalysisInput). */
  input: AnalysisInput;
  decisions: ReadonlyMap<string, StoredDecision>;
  realized: readonly RealizedRow[];
};

export type FindingQuery = {
  /** The zoom level: null is the whole business. */
  scope: string | null;
  /** A system inside the zoom level to narrow to (its whole subtree). */
  within: string | null;
  action: ActionFilter;
  review: ReviewFilter;
  /** A membershipId, or 'unassigned'. */
  performer: string | null;
  /** Only these steps (the matches of a search in titles), when set. */
  stepIds: ReadonlySet<string> | null;
  sort: SortKey;
};

/** Where the previous page ended: the last finding's sort value and ranking keys. */
export type Cursor = { v: number; c: number; h: number; s: string; p: string };

export type ModelFinding = { finding: CoreFinding; review: Review };
