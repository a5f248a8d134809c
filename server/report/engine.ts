import 'server-only';
import { Worker } from 'node:worker_threads';
import { configuredDatabaseUrl, getDb } from '@/db/client';
import type { ReportEngine } from './engine-types';
import { localEngineFor } from './local-engine';
import { createWorkerEngine } from './worker-engine';
import type { WorkerData } from './worker-protocol';

const globalForEngine = globalThis as unknown as { opslensReportEngine?: ReportEngine };

/**
 * Whether reports are computed in a worker thread: on in production, so a large team's first
 * computation never holds up the server's other requests; off in development, where code
 * changes must apply without restarting a thread. OPSLENS_REPORT_WORKER=on|off overrides.
 */
export function reportWorkerEnabled(env = process.env): boolean {
  const setting = env.OPSLENS_REPORT_WORKER?.toLowerCase();
  if (setting === 'on') return true;
  if (setting === 'off') return false;
  return env.NODE_ENV === 'production';
}

/** The server's report engine, created on first use. */
export function getReportEngine(): ReportEngine {
  if (!globalForEngine.opslensReportEngine) {
    if (reportWorkerEnabled()) {
      getDb(); // migrations ran at server start, before the worker opens its own connection
      const workerData: WorkerData = { databaseUrl: configuredDatabaseUrl() };
      globalForEngine.opslensReportEngine = createWorkerEngine(
        () => new Worker('./server/report/report-worker.ts', { workerData }),
      );
    } else {
      globalForEngine.opslensReportEngine = localEngineFor(getDb());
    }
  }
  return globalForEngine.opslensReportEngine;
}
