/**
 * In-process figures for one team size, in a process of its own (so peak memory is this size's):
 * the physical limit (one raw read of the columns the analysis needs, summing hours per year),
 * then report.get cold (data version just bumped) and warm through the real router, the first
 * page of findings, and where a cold computation's time goes.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { migrateDatabase, openDatabase, type Engine } from '@/db/client';
import { dialect } from '@/db/dialect';
import { analyzeTeamCore, processRunsPerYear, type Period } from '@/server/analysis';
import { readReportSource } from '@/server/report/source';
import { ReportModel } from '@/server/report/model';
import { callerFor } from '@/test/caller';
import { buildTeam, SIZES, type TeamSize } from './fixture';
import { measure, summarize, type Sample } from './stats';

export type InProcessFigures = {
  engine: 'sqlite' | 'postgres';
  size: string;
  steps: number;
  buildTeamMs: number;
  limit: Sample;
  cold: Sample;
  warm: Sample;
  firstPageWarm: Sample;
  breakdown: { read: Sample; analysis: Sample; model: Sample };
  ratioColdToLimit: number;
  peakRssMb: number;
  modelHeapMb: number;
  coldMicrosecondsPerStep: number;
};

/** Raw reads for the anchor, in the engine's own driver: rows as arrays, no builder. */
function rawReader(engine: Engine) {
  if (engine.dialect === 'sqlite') {
    const raw = engine.writerRaw;
    return {
      rows: async (sql: string, params: unknown[]) =>
        raw
          .prepare(sql.replace(/\$\d+/g, '?'))
          .raw(true)
          .all(...params) as unknown[][],
      run: async (sql: string, params: unknown[]) => {
        raw.prepare(sql.replace(/\$\d+/g, '?')).run(...params);
      },
    };
  }
  return {
    rows: async (sql: string, params: unknown[]) =>
      (await engine.pool.query<unknown[]>({ text: sql, values: params, rowMode: 'array' })).rows,
    run: async (sql: string, params: unknown[]) => {
      await engine.pool.query(sql, params);
    },
  };
}

/**
 * A database for one size: a temporary SQLite file, or on PostgreSQL (DATABASE_URL names the
 * bench's cluster) a fresh database there.
 */
async function benchDatabase(sizeKey: string) {
  if (dialect === 'postgres') {
    const admin = process.env.DATABASE_URL!;
    const name = `opslens_bench_${sizeKey}_${process.pid}`;
    const adminClient = new pg.Client({ connectionString: admin });
    await adminClient.connect();
    await adminClient.query(`CREATE DATABASE "${name}"`);
    const url = new URL(admin);
    url.pathname = `/${name}`;
    const connection = openDatabase(url.toString());
    await migrateDatabase(connection.db);
    return {
      ...connection,
      dispose: async () => {
        await connection.close();
        await adminClient.query(`DROP DATABASE "${name}" WITH (FORCE)`);
        await adminClient.end();
      },
    };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'opslens-bench-'));
  const connection = openDatabase(path.join(dir, 'bench.db'));
  return {
    ...connection,
    dispose: async () => {
      await connection.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function inProcess(sizeKey: keyof typeof SIZES): Promise<InProcessFigures> {
  const size: TeamSize = SIZES[sizeKey];
  const { db, engine, dispose } = await benchDatabase(sizeKey);
  const raw = rawReader(engine);
  try {
    const started = performance.now();
    const team = await buildTeam(db, size, sizeKey);
    const buildTeamMs = performance.now() - started;
    const [settings] = (await raw.rows(
      'SELECT working_days_per_week, weeks_per_year FROM teams WHERE id = $1',
      [team.teamId],
    )) as [number, number][];

    // 1. The physical limit: the analysis's columns of the live steps, read raw, hours summed.
    //    In process order, the fastest plan (the team's steps in id order are scattered).
    const limitSql = `SELECT s.performer_membership_id, s.minutes, s.probability, s.value, s.rule_based,
                s.needs_judgment, s.automation_effort_hours, p.frequency_period, p.frequency_count
         FROM steps s JOIN processes p ON p.id = s.process_id
         WHERE s.team_id = $1 AND s.archived_at IS NULL AND p.status <> 'archived'
         ORDER BY s.process_id`;
    const frequencySettings = { workingDaysPerWeek: settings![0], weeksPerYear: settings![1] };
    const readLimit = async () => {
      let hours = 0;
      for (const r of await raw.rows(limitSql, [team.teamId])) {
        const period = r[7] as Period | 'on_demand';
        const runs = processRunsPerYear(
          period === 'on_demand'
            ? { period, runsPerYear: r[8] as number }
            : { period, count: r[8] as number },
          frequencySettings,
        );
        hours += (runs * (r[2] as number) * (r[1] as number)) / 100 / 60;
      }
      return hours;
    };

    // 2. report.get through the real router, as the team's owner. Cold runs alternate with
    //    the limit's, so both see the same machine (this one's speed drifts by tens of %).
    const api = callerFor(db, team.ownerUserId);
    const bump = () =>
      raw.run('UPDATE teams SET data_version = data_version + 1 WHERE id = $1', [team.teamId]);
    const summary = () => api.report.get({ teamId: team.teamId });
    const limitTimes: number[] = [];
    const coldTimes: number[] = [];
    const runs = size.processes > 4000 ? 7 : 15;
    for (let i = 0; i < runs + 2; i++) {
      let start = performance.now();
      await readLimit();
      const limitMs = performance.now() - start;
      await bump();
      start = performance.now();
      await summary();
      const coldMs = performance.now() - start;
      if (i < 2) continue; // warm-up
      limitTimes.push(limitMs);
      coldTimes.push(coldMs);
    }
    const limit = summarize(limitTimes);
    const cold = summarize(coldTimes);
    const warm = await measure(summary, { warmup: 5, runs: 30 });
    const firstPageWarm = await measure(
      () => api.report.findings({ teamId: team.teamId, limit: 50 }),
      { warmup: 3, runs: 20 },
    );

    // Where a cold computation goes: the snapshot read, the analysis, the rest of the model.
    const source = await readReportSource(db, { teamId: team.teamId });
    const read = await measure(() => readReportSource(db, { teamId: team.teamId }), { runs: 7 });
    const analysis = await measure(() => analyzeTeamCore(source.input), { runs: 7 });
    const modelTotal = await measure(() => new ReportModel(source).summary(null), { runs: 7 });
    const model: Sample = {
      ...modelTotal,
      median: Math.max(0, modelTotal.median - analysis.median),
      min: Math.max(0, modelTotal.min - analysis.max),
      max: Math.max(0, modelTotal.max - analysis.min),
    };

    // The heap one memoized model holds.
    const gc = (globalThis as { gc?: () => void }).gc;
    gc?.();
    const before = process.memoryUsage().heapUsed;
    const held = new ReportModel(await readReportSource(db, { teamId: team.teamId }));
    held.summary(null);
    gc?.();
    const modelHeapMb = (process.memoryUsage().heapUsed - before) / 2 ** 20;

    return {
      engine: engine.dialect,
      size: size.label,
      steps: team.stepCount,
      buildTeamMs,
      limit,
      cold,
      warm,
      firstPageWarm,
      breakdown: { read, analysis, model },
      ratioColdToLimit: cold.median / limit.median,
      peakRssMb: process.resourceUsage().maxRSS / 1024,
      modelHeapMb: held.size > 0 ? modelHeapMb : 0,
      coldMicrosecondsPerStep: (cold.median * 1000) / team.stepCount,
    };
  } finally {
    await dispose();
  }
}
