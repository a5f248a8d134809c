/**
 * `npm run bench`: the report at the sizes the design promises, measured in one run.
 *
 *   npm run bench                      everything (in-process, then HTTP against a production build)
 *   npm run bench -- --only=in-process just the in-process figures
 *   npm run bench -- --skip-build      reuse the last `next build`
 *
 * Prints readable tables, and last one JSON line with every figure.
 */
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { inProcess, type InProcessFigures } from './in-process';
import { SIZES } from './fixture';
import { kb, ms, table } from './stats';

const { values } = parseArgs({
  options: {
    only: { type: 'string' },
    'skip-build': { type: 'boolean', default: false },
    size: { type: 'string' },
    child: { type: 'boolean', default: false },
  },
});

async function child() {
  const figures = await inProcess(values.size as keyof typeof SIZES);
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}

/** Each size in a fresh process, so its peak memory is its own. */
function inProcessAll(): InProcessFigures[] {
  const out: InProcessFigures[] = [];
  for (const size of ['small', 'large', 'xlarge'] as const) {
    const run = spawnSync(
      process.execPath,
      ['--expose-gc', process.argv[1]!, '--child', `--size=${size}`],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 * 2 ** 20 },
    );
    if (run.status !== 0) throw new Error(`the in-process bench for ${size} failed`);
    out.push(JSON.parse(run.stdout.trim().split('\n').at(-1)!) as InProcessFigures);
  }
  table(
    'Report in-process (median, range)',
    ['size', 'steps', 'limit (raw read)', 'report.get cold', 'ratio', 'warm', 'first page warm'],
    out.map((f) => [
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
    ['size', 'snapshot read', 'analysis', 'model', 'µs/step cold', 'model heap', 'peak RSS'],
    out.map((f) => [
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

async function main() {
  if (values.child) return child();
  const figures: Record<string, unknown> = { measuredAt: new Date().toISOString() };
  if (!values.only || values.only === 'in-process') figures.inProcess = inProcessAll();
  void kb;
  console.log(`\n${JSON.stringify(figures)}`);
}

await main();
