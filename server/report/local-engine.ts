import 'server-only';
import type { Db } from '@/db/client';
import type { ReportEngine } from './engine-types';
import { ReportService, teamFileChunks, type ReportServiceOptions } from './service';

/** The report engine in the calling thread: tests, scripts, and `next dev`. */
export function createLocalEngine(db: Db, options?: ReportServiceOptions): ReportEngine {
  const service = new ReportService(db, options);
  return {
    summary: (request) => service.summary(request),
    findings: (request) => service.findings(request),
    stepFinding: (request) => service.stepFinding(request),
    capacity: (request) => service.capacity(request),
    exportChunks: (request) => service.exportChunks(request),
    teamFileChunks: (request) => teamFileChunks(db, request),
    close: async () => {},
  };
}

const engines = new WeakMap<Db, ReportEngine>();

/** One in-process engine per database handle, so its memo is shared by every caller. */
export function localEngineFor(db: Db): ReportEngine {
  let engine = engines.get(db);
  if (!engine) {
    engine = createLocalEngine(db);
    engines.set(db, engine);
  }
  return engine;
}
