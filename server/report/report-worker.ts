/**
 * The report worker: a thread of its own that computes and memoizes reports, so a large team's
 * analysis never blocks the server's other requests. It reads through its own connection
 * (SQLite in WAL mode lets it read while the server writes) and answers small messages.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { openDatabase } from '@/db/client';
import { DomainError } from '@/server/domain-error';
import { ReportService } from './service';
import type { WorkerCall, WorkerData, WorkerError, WorkerReply } from './worker-protocol';

const { databasePath } = workerData as WorkerData;
// The server migrated the database before starting this thread.
const { db } = openDatabase(databasePath, { migrate: false });
const service = new ReportService(db);
const exports = new Map<number, Generator<string>>();

function errorOf(err: unknown): WorkerError {
  if (err instanceof DomainError)
    return { kind: 'domain', code: err.code, message: err.message, field: err.field };
  const e = err instanceof Error ? err : new Error(String(err));
  return { kind: 'internal', message: e.message, stack: e.stack };
}

function handle(call: WorkerCall): unknown {
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
    case 'exportNext': {
      const chunks = exports.get(call.exportId);
      if (!chunks) throw new Error('That download has ended.');
      const next = chunks.next();
      if (next.done) exports.delete(call.exportId);
      return next.done ? null : next.value;
    }
    case 'exportCancel':
      exports.get(call.exportId)?.return(undefined);
      exports.delete(call.exportId);
      return null;
  }
}

parentPort!.on('message', (call: WorkerCall) => {
  let reply: WorkerReply;
  try {
    reply = { id: call.id, ok: true, value: handle(call) };
  } catch (err) {
    if (call.op === 'exportNext') exports.delete(call.exportId);
    reply = { id: call.id, ok: false, error: errorOf(err) };
  }
  parentPort!.postMessage(reply);
});
