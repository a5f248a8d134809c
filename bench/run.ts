/**
 * `npm run bench`: the report at the sizes the design promises, measured in one run.
 *
 *   npm run bench                      everything (in-process, then HTTP against a production build)
 *   npm run bench -- --only=in-process just the in-process figures
 *   npm run bench -- --skip-build      reuse the last `next build`
 *   npm run bench -- --engine=sqlite   in-process figures on one engine (default: sqlite and
 *                                      postgres, on a throw-away cluster, when PostgreSQL is here)
 *
 * Prints readable tables, and last one JSON line with every figure.
 */
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { httpBench, type HttpFigures } from './http';
import { inProcess, type InProcessFigures } from './in-process';
import { SIZES } from './fixture';
import { kb, ms, table } from './stats';
// @ts-expect-error -- a plain .mjs script shared with the test runner; it has no types
import { findPostgresBin, startCluster } from '../scripts/pg-cluster.mjs';

const { values } = parseArgs({
  options: {
    only: { type: 'string' },
    'skip-build': { type: 'boolean', default: false },
    'no-lighthouse': { type: 'boolean', default: false },
    size: { type: 'string' },
    engine: { type: 'string' },
    child: { type: 'boolean', default: false },
  },
});

async function child() {
  const figures = await inProcess(values.size as keyof typeof SIZES);
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}

type Cluster = { url: string; stop: () => void };

/** Each size in a fresh process, so its peak memory is its own; on each engine asked for. */
async function inProcessAll(): Promise<InProcessFigures[]> {
  const engines = values.engine ? [values.engine] : ['sqlite', 'postgres'];
  const out: InProcessFigures[] = [];
  for (const engine of engines) {
    let cluster: Cluster | null = null;
    if (engine === 'postgres') {
      if (!findPostgresBin()) {
        console.log('PostgreSQL is not installed here: the in-process figures are SQLite only.');
        continue;
      }
      cluster = (await startCluster()) as Cluster;
    }
    try {
      for (const size of ['small', 'large', 'xlarge'] as const) {
        const env = { ...process.env };
        if (cluster) env.DATABASE_URL = cluster.url;
        else delete env.DATABASE_URL;
        const run = spawnSync(
          process.execPath,
          ['--expose-gc', process.argv[1]!, '--child', `--size=${size}`],
          { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 * 2 ** 20, env },
        );
        if (run.status !== 0)
          throw new Error(`the in-process bench for ${size} on ${engine} failed`);
        out.push(JSON.parse(run.stdout.trim().split('\n').at(-1)!) as InProcessFigures);
      }
    } finally {
      cluster?.stop();
    }
  }
  table(
    'Report in-process (median, range)',
    [
      'engine',
      'size',
      'steps',
      'limit (raw read)',
      'report.get cold',
      'ratio',
      'warm',
      'first page warm',
    ],
    out.map((f) => [
      f.engine,
      f.size,
      f.steps,
      ms(f.limit),
      ms(f.cold),
      `${f.ratioColdToLimit.toFixed(2)}×`,
      ms(f.warm),
      ms(f.firstPageWarm),
    ]),
  );
  table(
    'Cold computation: where the time goes, and growth',
    [
      'engine',
      'size',
      'snapshot read',
      'analysis',
      'model',
      'µs/step cold',
      'model heap',
      'peak RSS',
    ],
    out.map((f) => [
      f.engine,
      f.size,
      ms(f.breakdown.read),
      ms(f.breakdown.analysis),
      ms(f.breakdown.model),
      f.coldMicrosecondsPerStep.toFixed(2),
      `${f.modelHeapMb.toFixed(1)} MB`,
      `${f.peakRssMb.toFixed(0)} MB`,
    ]),
  );
  return out;
}

function printHttp(f: HttpFigures) {
  table(
    'Over HTTP, production build (median, range; bytes: on the wire gzipped / decoded)',
    [
      'size',
      'report page cold',
      'page warm',
      'page bytes',
      'report.get cold',
      'get warm',
      'get bytes',
      'first page warm',
      'page bytes',
    ],
    f.report.map((r) => [
      r.size,
      ms(r.pageCold.time),
      ms(r.pageWarm.time),
      `${kb(r.pageWarm.wire)} / ${kb(r.pageWarm.bytes)}`,
      ms(r.getCold.time),
      ms(r.getWarm.time),
      `${kb(r.getWarm.wire)} / ${kb(r.getWarm.bytes)}`,
      ms(r.findingsWarm.time),
      `${kb(r.findingsWarm.wire)} / ${kb(r.findingsWarm.bytes)}`,
    ]),
  );
  const w = (x: HttpFigures['smallRead']['app']) => [
    x.requestsPerSecond.toFixed(0),
    x.p50Ms.toFixed(1),
    x.p99Ms.toFixed(1),
    x.errors,
  ];
  table(
    'Small authenticated read (process.get of the large team), wrk 20 connections',
    ['server', 'req/s', 'p50 ms', 'p99 ms', 'non-2xx'],
    [
      ['Opslens (next start)', ...w(f.smallRead.app)],
      ['bare node:http + better-sqlite3', ...w(f.smallRead.bareNodeHttp)],
    ],
  );
  table(
    "Isolation: the small team's small read while the large team hammers its report and CSV",
    ['when', 'req/s', 'p50 ms', 'p99 ms', 'non-2xx'],
    [
      ['alone', ...w(f.isolation.alone)],
      [`under load (${f.isolation.hammerRequests} heavy requests)`, ...w(f.isolation.underLoad)],
    ],
  );
  table(
    'First-load JavaScript, cold, in Chromium (bytes on the wire)',
    ['page', 'script KB', 'scripts'],
    f.pageWeights.map((p) => [p.page, p.scriptKb.toFixed(1), p.requests]),
  );
  if (f.lighthouse.length > 0)
    table(
      'Lighthouse 12.2.3, mobile preset',
      ['page', 'performance', 'LCP ms', 'TBT ms', 'FCP ms'],
      f.lighthouse.map((l) => [
        l.page,
        l.performance,
        l.lcpMs.toFixed(0),
        l.tbtMs.toFixed(0),
        l.fcpMs.toFixed(0),
      ]),
    );
}

async function main() {
  if (values.child) return child();
  const figures: Record<string, unknown> = { measuredAt: new Date().toISOString() };
  if (!values.only || values.only === 'in-process') figures.inProcess = await inProcessAll();
  if (!values.only || values.only === 'http') {
    const f = await httpBench({
      skipBuild: values['skip-build']!,
      lighthouse: !values['no-lighthouse'],
    });
    printHttp(f);
    figures.http = f;
  }
  console.log(`\n${JSON.stringify(figures)}`);
}

await main();
