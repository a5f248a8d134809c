import 'server-only';
import type { Worker } from 'node:worker_threads';
import { DomainError } from '@/server/domain-error';
import { getLogger } from '@/server/log/logger';
import type { ReportEngine } from './engine-types';
import type { WorkerCall, WorkerReply } from './worker-protocol';

type Pending = { resolve: (value: unknown) => void; reject: (err: Error) => void };
type CallWithoutId = WorkerCall extends infer C
  ? C extends WorkerCall
    ? Omit<C, 'id'>
    : never
  : never;

/**
 * The report engine behind a worker thread (report-worker.ts). Requests are small messages;
 * a worker that dies is replaced on the next request and its callers get an error, never a hang.
 */
export function createWorkerEngine(spawn: () => Worker): ReportEngine {
  let worker: Worker | null = null;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  const failAll = (err: Error) => {
    for (const p of pending.values()) p.reject(err);
    pending.clear();
  };

  const current = (): Worker => {
    if (worker) return worker;
    const w = spawn();
    w.on('message', (reply: WorkerReply) => {
      const p = pending.get(reply.id);
      if (!p) return;
      pending.delete(reply.id);
      if (reply.ok) p.resolve(reply.value);
      else if (reply.error.kind === 'domain')
        p.reject(new DomainError(reply.error.code, reply.error.message, reply.error.field));
      else {
        const err = new Error(`Report worker: ${reply.error.message}`);
        if (reply.error.stack) err.stack = reply.error.stack;
        p.reject(err);
      }
    });
    w.on('error', (err) => {
      getLogger().error({ err }, 'The report worker failed');
      failAll(new Error('The report could not be computed. Try again.'));
    });
    w.on('exit', () => {
      if (worker === w) worker = null;
      failAll(new Error('The report could not be computed. Try again.'));
    });
    // The server may exit while the worker idles.
    w.unref();
    worker = w;
    return w;
  };

  const call = <T>(message: CallWithoutId): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      current().postMessage({ ...message, id });
    });

  return {
    summary: (request) => call({ op: 'summary', request }),
    findings: (request) => call({ op: 'findings', request }),
    stepFinding: (request) => call({ op: 'stepFinding', request }),
    capacity: (request) => call({ op: 'capacity', request }),
    exportChunks: (request) => chunks({ op: 'exportStart', request }),
    teamFileChunks: (request) => chunks({ op: 'teamFileStart', request }),
    async close() {
      const w = worker;
      worker = null;
      if (w) await w.terminate();
    },
  };

  /** A download from the worker, one chunk per pull: a slow reader never makes it build all. */
  async function* chunks(start: Extract<CallWithoutId, { op: 'exportStart' | 'teamFileStart' }>) {
    const exportId = await call<number>(start);
    let finished = false;
    try {
      for (;;) {
        const chunk = await call<string | null>({ op: 'exportNext', exportId });
        if (chunk === null) {
          finished = true;
          return;
        }
        yield chunk;
      }
    } finally {
      if (!finished) void call({ op: 'exportCancel', exportId }).catch(() => {});
    }
  }
}
