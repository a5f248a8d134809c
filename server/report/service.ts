import 'server-only';
import type { Db } from '@/db/client';
import { stepIdsWithTitle } from '@/db/search';
import { DomainError } from '@/server/domain-error';
import { readReportSource, readStepLabels } from './source';
import { exportTeam } from '@/server/transfer/export';
import { ReportModel } from './model';
import type { Cursor, FindingQuery } from './model-types';
import { toPageFinding, type PageFinding } from './page-finding';
import { csvHeader, csvRows } from './report-csv';
import type {
  ExportRequest,
  FindingsRequest,
  FindingsPage,
  ReportSummary,
  StepFindingResult,
  SummaryRequest,
  TeamCapacity,
  TeamFileRequest,
  TeamRequest,
} from './engine-types';

/** Rows per chunk of a download: one titles query and one message per chunk. */
const EXPORT_CHUNK = 500;

export type ReportServiceOptions = {
  /** Steps kept in memory across all memoized teams before the least recently used go. */
  budgetSteps?: number;
};

/**
 * The report's engine: one model per team, memoized by the team's data version (which every
 * write that can change the report bumps in its own transaction), so a view reads a computed
 * result and only a change pays for the analysis. The version lives in the database, so any
 * number of server processes stay correct without telling each other anything.
 *
 * It runs in a worker thread in production (report-worker.ts), so a large team's first
 * computation never holds up other requests, and in the calling thread in tests and
 * development. Requests for a team whose model is being read share that one read.
 */
export class ReportService {
  private readonly models = new Map<string, ReportModel>();
  /** Reads under way, by team: a burst of requests after a change computes the model once. */
  private readonly loading = new Map<string, Promise<ReportModel>>();
  private readonly budgetSteps: number;

  constructor(
    private readonly db: Db,
    options: ReportServiceOptions = {},
  ) {
    this.budgetSteps = options.budgetSteps ?? 600_000;
  }

  /** The team's model at `minVersion` or later, computing it when the memo is older. */
  async model(teamId: string, minVersion: number): Promise<ReportModel> {
    const known = this.models.get(teamId);
    if (known && known.dataVersion >= minVersion) {
      // Most recently used last: Map keeps insertion order.
      this.models.delete(teamId);
      this.models.set(teamId, known);
      return known;
    }
    const pending = this.loading.get(teamId);
    if (pending) {
      const model = await pending;
      // A read that began before this request's version was known may be too old for it.
      if (model.dataVersion >= minVersion) return model;
    }
    return this.load(teamId);
  }

  private load(teamId: string): Promise<ReportModel> {
    const loading = (async () => {
      const model = new ReportModel(await readReportSource(this.db, { teamId }));
      const current = this.models.get(teamId);
      if (!current || current.dataVersion <= model.dataVersion) {
        this.models.delete(teamId);
        this.models.set(teamId, model);
        this.evict();
      }
      return model;
    })();
    this.loading.set(teamId, loading);
    const forget = () => {
      if (this.loading.get(teamId) === loading) this.loading.delete(teamId);
    };
    loading.then(forget, forget);
    return loading;
  }

  private evict() {
    let total = 0;
    for (const m of this.models.values()) total += m.size;
    for (const [teamId, m] of this.models) {
      if (total <= this.budgetSteps || this.models.size === 1) break;
      this.models.delete(teamId);
      total -= m.size;
    }
  }

  /** Whether a model for the team at `version` or later is in memory (for tests and the bench). */
  isWarm(teamId: string, version: number): boolean {
    return (this.models.get(teamId)?.dataVersion ?? -1) >= version;
  }

  async summary({ teamId, minVersion, scope }: SummaryRequest): Promise<ReportSummary> {
    const model = await this.model(teamId, minVersion);
    if (scope !== null && !model.hasSystem(scope))
      throw new DomainError('NOT_FOUND', 'System not found.');
    const summary = model.summary(scope);
    const labels = await readStepLabels(this.db, {
      teamId,
      stepIds: summary.pareto.map((p) => p.stepId),
    });
    return {
      ...summary,
      pareto: summary.pareto.map((p) => ({ ...p, label: labels.get(p.stepId)?.title ?? '' })),
    };
  }

  private async findingQuery(
    model: ReportModel,
    request: FindingsRequest['query'],
  ): Promise<FindingQuery> {
    const { scope, within } = request;
    if (scope !== null && !model.hasSystem(scope))
      throw new DomainError('NOT_FOUND', 'System not found.');
    return {
      scope,
      // A filter naming a system outside the live tree matches nothing rather than everything.
      within,
      action: request.action,
      review: request.review,
      performer: request.performer,
      stepIds: request.q
        ? ((await stepIdsWithTitle(this.db, { teamId: model.teamId, query: request.q })) ?? null)
        : null,
      sort: request.sort,
    };
  }

  private async pageFindings(
    model: ReportModel,
    items: ReturnType<ReportModel['page']>['items'],
  ): Promise<PageFinding[]> {
    const labels = await readStepLabels(this.db, {
      teamId: model.teamId,
      stepIds: items.map((i) => i.finding.stepId),
    });
    return items.map((item) => toPageFinding(model, item, labels));
  }

  async findings({
    teamId,
    minVersion,
    query,
    cursor,
    limit,
  }: FindingsRequest): Promise<FindingsPage> {
    const model = await this.model(teamId, minVersion);
    const page = model.page(await this.findingQuery(model, query), decodeCursor(cursor), limit);
    return {
      dataVersion: model.dataVersion,
      total: page.total,
      items: await this.pageFindings(model, page.items),
      nextCursor: page.nextCursor ? encodeCursor(page.nextCursor) : null,
    };
  }

  /** One step's finding with the numbers a verdict or a hand-off records. */
  async stepFinding({
    teamId,
    minVersion,
    stepId,
  }: TeamRequest & { stepId: string }): Promise<StepFindingResult> {
    const model = await this.model(teamId, minVersion);
    const found = model.findingOf(stepId);
    if (!found) throw new DomainError('NOT_FOUND', 'Step not found.');
    const { delegateChoice: _choice, ...finding } = found.finding;
    const step = model.input.processes
      .find((p) => p.id === finding.processId)
      ?.steps.find((s) => s.id === stepId);
    return {
      finding,
      review: found.review,
      hoursPerWeek: finding.hoursPerYear / Math.max(model.input.settings.weeksPerYear, 1),
      snapshot: {
        hoursPerYear: finding.hoursPerYear,
        value: step!.value,
        ruleBased: step!.ruleBased,
        needsJudgment: step!.needsJudgment,
        costSavedPerYear: finding.costSavedPerYear,
        hoursSavedPerYear: finding.hoursSavedPerYear,
        hoursFreedPerYear: finding.hoursFreedPerYear,
      },
      members: model.core.members,
      defaultHourlyCost: model.input.settings.defaultHourlyCost,
      currency: model.input.settings.currency,
    };
  }

  /** Per member: hours a week they perform, capacity and what is already handed over. */
  async capacity({ teamId, minVersion }: TeamRequest): Promise<TeamCapacity> {
    const model = await this.model(teamId, minVersion);
    const performs = model.performedHoursPerWeek();
    return model.input.members.map((m) => ({
      membershipId: m.membershipId,
      name: m.name,
      performsHoursPerWeek: performs.get(m.membershipId) ?? 0,
      delegatedHoursPerWeek: m.committedHoursPerWeek ?? 0,
      weeklyCapacityHours: m.weeklyCapacityHours,
    }));
  }

  /** A download, a chunk of text at a time: rows are named and explained as they are written. */
  async *exportChunks({
    teamId,
    minVersion,
    query,
    format,
    team,
  }: ExportRequest): AsyncGenerator<string> {
    const model = await this.model(teamId, minVersion);
    const findingQuery = await this.findingQuery(model, query);
    let batch: ReturnType<ReportModel['page']>['items'] = [];
    let rank = 1;
    let first = true;
    const flush = async (): Promise<string> => {
      const rows = await this.pageFindings(model, batch);
      batch = [];
      if (format === 'csv') {
        const text = csvRows(rows, rank);
        rank += rows.length;
        return text;
      }
      const text = rows.map((r, i) => (first && i === 0 ? '' : ',\n') + jsonRow(r)).join('');
      first = false;
      return text;
    };
    if (format === 'csv') yield csvHeader();
    else {
      const summary = await this.summary({ teamId, minVersion, scope: query.scope });
      const head = JSON.stringify(
        { team, generatedAt: new Date().toISOString(), ...summary },
        null,
        2,
      );
      // The summary object, left open for the findings array that follows it.
      yield `${head.slice(0, head.lastIndexOf('}')).trimEnd()},\n  "findings": [\n`;
    }
    for (const item of model.matching(findingQuery)) {
      batch.push(item);
      if (batch.length === EXPORT_CHUNK) yield await flush();
    }
    if (batch.length > 0) yield await flush();
    if (format === 'json') yield '\n  ]\n}\n';
  }
}

/** Text chunks of about this size: a download streams instead of growing in memory at once. */
const TEXT_CHUNK = 256 * 1024;

/**
 * The team's documentation in the import format (server/transfer/export.ts), as pretty JSON in
 * chunks. Built here, off the server's main thread: a large team's file takes most of a second.
 */
export async function* teamFileChunks(db: Db, { teamId, systemId }: TeamFileRequest) {
  const file = await exportTeam(db, { teamId, systemId: systemId ?? undefined });
  const text = JSON.stringify(file, null, 2);
  for (let at = 0; at < text.length; at += TEXT_CHUNK) yield text.slice(at, at + TEXT_CHUNK);
}

function jsonRow(finding: PageFinding): string {
  return `    ${JSON.stringify(finding)}`;
}

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString('base64url');
}

/** A cursor the client sent back; anything malformed is refused as bad input. */
export function decodeCursor(text: string | null): Cursor | null {
  if (text === null) return null;
  try {
    const c = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as Cursor;
    const numbers = [c.v, c.c, c.h].every((n) => typeof n === 'number' && Number.isFinite(n));
    if (numbers && typeof c.s === 'string' && typeof c.p === 'string') return c;
  } catch {
    // fall through
  }
  throw new DomainError(
    'BAD_REQUEST',
    'That page of findings no longer exists: reload the report.',
    'cursor',
  );
}
