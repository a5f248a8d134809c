/**
 * The report worker: a thread of its own that computes and memoizes reports, so a large team's
 * analysis never blocks the server's other requests. It reads through its own connections
 * (SQLite in WAL mode lets it read while the server writes; on PostgreSQL a small pool of its
 * own) and answers small messages.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { openDatabase } from '@/db/client';
import { DomainError } from '@/server/domain-error';
import { ReportService, teamFileChunks } from './service';
import type { WorkerCall, WorkerData, WorkerError, WorkerReply } from './worker-protocol';

const { databaseUrl } = workerData as WorkerData;
// The server migrated the database before starting this thread. Its reads are few and long:
// a couple of connections is plenty and leaves the rest of the pool to the server.
const { db } = openDatabase(databaseUrl, { migrate: false, poolSize: 3 });
const service = new ReportService(db);
const exports = new Map<number, Iterator<string> | AsyncIterator<string>>();

function errorOf(err: unknown): WorkerError {
  if (DomainError.is(err))
    return { kind: 'domain', code: err.code, message: err.message, field: err.field };
  const e = err instanceof Error ? err : new Error(String(err));
  return { kind: 'internal', message: e.message, stack: e.stack };
}

async function handle(call: WorkerCall): Promise<unknown> {
  switch (call.op) {
    case 'summary':
      return service.summary(call.request);
    case 'findings':
      return service.findings(call.request);
    case 'stepFinding':
      return service.stepFinding(call.request);
    case 'capacity':
      return service.capacity(call.request);
    case 'exportStart':
      exports.set(call.id, service.exportChunks(call.request));
      return call.id;
    case 'teamFileStart':
      exports.set(call.id, teamFileChunks(db, call.request));
      return call.id;
    case 'exportNext': {
      const chunks = exports.get(call.exportId);
      if (!chunks) throw new Error('That download has ended.');
      const next = await chunks.next();
      if (next.done) exports.delete(call.exportId);
      return next.done ? null : next.value;
    }
    case 'exportCancel':
      await exports.get(call.exportId)?.return?.(undefined);
      exports.delete(call.exportId);
      return null;
  }
}

// Messages are answered as their reads complete: a download's chunks interleave with other
// teams' requests, and requests for a team being computed wait on that one computation.
parentPort!.on('message', (call: WorkerCall) => {
  void handle(call).then(
    (value) => parentPort!.postMessage({ id: call.id, ok: true, value } satisfies WorkerReply),
    (err: unknown) => {
      if (call.op === 'exportNext') exports.delete(call.exportId);
      parentPort!.postMessage({
        id: call.id,
        ok: false,
        error: errorOf(err),
      } satisfies WorkerReply);
    },
  );
});
