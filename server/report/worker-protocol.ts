/** Messages between the server and the report worker (report-worker.ts): plain data only. */
import type { DomainErrorCode } from '@/server/domain-error';
import type {
  ExportRequest,
  FindingsRequest,
  SummaryRequest,
  TeamFileRequest,
  TeamRequest,
} from './engine-types';

export type WorkerCall =
  | { id: number; op: 'summary'; request: SummaryRequest }
  | { id: number; op: 'findings'; request: FindingsRequest }
  | { id: number; op: 'stepFinding'; request: TeamRequest & { stepId: string } }
  | { id: number; op: 'capacity'; request: TeamRequest }
  | { id: number; op: 'exportStart'; request: ExportRequest }
  | { id: number; op: 'teamFileStart'; request: TeamFileRequest }
  /** The next chunk of a download started with `exportStart` or `teamFileStart` (its id). */
  | { id: number; op: 'exportNext'; exportId: number }
  | { id: number; op: 'exportCancel'; exportId: number };

export type WorkerError =
  | { kind: 'domain'; code: DomainErrorCode; message: string; field?: string }
  | { kind: 'internal'; message: string; stack?: string };

export type WorkerReply =
  { id: number; ok: true; value: unknown } | { id: number; ok: false; error: WorkerError };

/** The worker opens its own connection to the server's database: a SQLite path or a PostgreSQL URL. */
export type WorkerData = { databaseUrl: string };
