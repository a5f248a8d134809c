/**
 * In-process figures for one team size, in a process of its own (so peak memory is this size's):
 * the physical limit (one raw read of the columns the analysis needs, summing hours per year),
 * then report.get cold (data version just bumped) and warm through the real router, the first
 * page of findings, and where a cold computation's time goes.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '@/db/client';
import { analyzeTeamCore, processRunsPerYear, type Period } from '@/server/analysis';
import { readReportSource } from '@/server/queries/report-source';
import { ReportModel } from '@/server/report/model';
import { callerFor } from '@/test/caller';
import { buildTeam, SIZES, type TeamSize } from './fixture';
import { measure, summarize, type Sample } from './stats';

export type InProcessFigures = {
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

export async function inProcess(sizeKey: keyof typeof SIZES): Promise<InProcessFigures> {
  const size: TeamSize = SIZES[sizeKey];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'opslens-bench-'));
  const { db, sqlite } = openDatabase(path.join(dir, 'bench.db'));
  try {
    const started = performance.now();
    const team = await buildTeam(db, size, sizeKey);
    const buildTeamMs = performance.now() - started;
    const settings = sqlite
      .prepare('SELECT working_days_per_week AS d, weeks_per_year AS w FROM teams WHERE id = ?')
      .get(team.teamId) as { d: number; w: number };

    // 1. The physical limit: the analysis's columns of the live steps, read raw, hours summed.
    //    In process order, the fastest plan (the team's steps in id order are scattered).
    const raw = sqlite
      .prepare(
        `SELECT s.performer_membership_id, s.minutes, s.probability, s.value, s.rule_based,
                s.needs_judgment, s.automation_effort_hours, p.frequency_period, p.frequency_count
         FROM steps s JOIN processes p ON p.id = s.process_id
         WHERE s.team_id = ? AND s.archived_at IS NULL AND p.status <> 'archived'
         ORDER BY s.process_id`,
      )
      .raw(true);
    const frequencySettings = { workingDaysPerWeek: settings.d, weeksPerYear: settings.w };
    const readLimit = () => {
      let hours = 0;
      for (const r of raw.all(team.teamId) as unknown[][]) {
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
    const bump = sqlite.prepare('UPDATE teams SET data_version = data_version + 1 WHERE id = ?');
    const summary = () => api.report.get({ teamId: team.teamId });
    const limitTimes: number[] = [];
    const coldTimes: number[] = [];
    const runs = size.processes > 4000 ? 7 : 15;
    for (let i = 0; i < runs + 2; i++) {
      let start = performance.now();
      readLimit();
      const limitMs = performance.now() - start;
      bump.run(team.teamId);
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
    const source = readReportSource(db, { teamId: team.teamId });
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
    const held = new ReportModel(readReportSource(db, { teamId: team.teamId }));
    held.summary(null);
    gc?.();
    const modelHeapMb = (process.memoryUsage().heapUsed - before) / 2 ** 20;

    return {
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
    sqlite.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
