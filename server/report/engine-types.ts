/**
 * What the report engine is asked and answers: plain data, so the same requests cross into a
 * worker thread (structured clone) or are served in the calling thread.
 */
import type { CoreFinding, MemberCapacity } from '@/server/analysis';
import type { ActionFilter, ReviewFilter, SortKey } from './filters';
import type { ScopeSummary } from './scope-summary';
import type { PageFinding } from './page-finding';
import type { Review, Snapshot } from '@/server/review/status';

export type TeamRequest = {
  teamId: string;
  /** The team's data version when the request began: any model at it or later will do. */
  minVersion: number;
};

export type SummaryRequest = TeamRequest & { scope: string | null };

export type FindingsQueryInput = {
  scope: string | null;
  within: string | null;
  action: ActionFilter;
  review: ReviewFilter;
  performer: string | null;
  /** Words that must all start words of the step's title. */
  q: string;
  sort: SortKey;
};

export type FindingsRequest = TeamRequest & {
  query: FindingsQueryInput;
  cursor: string | null;
  limit: number;
};

export type ExportRequest = TeamRequest & {
  query: FindingsQueryInput;
  format: 'csv' | 'json';
  team: { name: string; slug: string };
};

export type TeamFileRequest = { teamId: string; systemId: string | null };

export type ReportSummary = Omit<ScopeSummary, 'pareto'> & {
  pareto: (ScopeSummary['pareto'][number] & { label: string })[];
};

export type FindingsPage = {
  dataVersion: number;
  /** How many findings match the filters in all. */
  total: number;
  items: PageFinding[];
  /** Pass back to read the next page; null on the last one. */
  nextCursor: string | null;
};

export type StepFindingResult = {
  finding: Omit<CoreFinding, 'delegateChoice'>;
  review: Review;
  hoursPerWeek: number;
  snapshot: Snapshot;
  members: MemberCapacity[];
  defaultHourlyCost: number;
  currency: string;
};

export type TeamCapacity = {
  membershipId: string;
  name: string;
  performsHoursPerWeek: number;
  delegatedHoursPerWeek: number;
  weeklyCapacityHours: number;
}[];

/** The engine as routers see it: the same answers whether it runs in a worker or in-process. */
export interface ReportEngine {
  summary(request: SummaryRequest): Promise<ReportSummary>;
  findings(request: FindingsRequest): Promise<FindingsPage>;
  stepFinding(request: TeamRequest & { stepId: string }): Promise<StepFindingResult>;
  capacity(request: TeamRequest): Promise<TeamCapacity>;
  exportChunks(request: ExportRequest): AsyncIterable<string>;
  /** The team's documentation (or one system's) in the import format, as JSON text chunks. */
  teamFileChunks(request: TeamFileRequest): AsyncIterable<string>;
  close(): Promise<void>;
}
