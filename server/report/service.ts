import 'server-only';
import type { Db } from '@/db/client';
import { stepIdsWithTitle } from '@/db/search';
import { DomainError } from '@/server/domain-error';
import { readReportSource, readStepLabels } from '@/server/queries/report-source';
import { exportTeam } from '@/server/transfer/export';
import { ReportModel, type Cursor, type FindingQuery } from './model';
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
 * Everything here is synchronous (better-sqlite3). It runs in a worker thread in production
 * (report-worker.ts), so a large team's first computation never holds up other requests, and
 * in the calling thread in tests and development.
 */
export class ReportService {
  private readonly models = new Map<string, ReportModel>();
  private readonly budgetSteps: number;

  constructor(
    private readonly db: Db,
    options: ReportServiceOptions = {},
  ) {
    this.budgetSteps = options.budgetSteps ?? 600_000;
  }

  /** The team's model at `minVersion` or later, computing it when the memo is older. */
  model(teamId: string, minVersion: number): ReportModel {
    const known = this.models.get(teamId);
    if (known && known.dataVersion >= minVersion) {
      // Most recently used last: Map keeps insertion order.
      this.models.delete(teamId);
      this.models.set(teamId, known);
      return known;
    }
    const model = new ReportModel(readReportSource(this.db, { teamId }));
    this.models.delete(teamId);
    this.models.set(teamId, model);
    this.evict();
    return model;
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

  summary({ teamId, minVersion, scope }: SummaryRequest): ReportSummary {
    const model = this.model(teamId, minVersion);
    if (scope !== null && !model.hasSystem(scope))
      throw new DomainError('NOT_FOUND', 'System not found.');
    const summary = model.summary(scope);
    const labels = readStepLabels(this.db, {
      teamId,
      stepIds: summary.pareto.map((p) => p.stepId),
    });
    return {
      ...summary,
      pareto: summary.pareto.map((p) => ({ ...p, label: labels.get(p.stepId)?.title ?? '' })),
    };
  }

  private findingQuery(model: ReportModel, request: FindingsRequest['query']): FindingQuery {
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
        ? (stepIdsWithTitle(this.db, { teamId: model.teamId, query: request.q }) ?? null)
        : null,
      sort: request.sort,
    };
  }

  private pageFindings(model: ReportModel, items: ReturnType<ReportModel['page']>['items']) {
    const labels = readStepLabels(this.db, {
      teamId: model.teamId,
      stepIds: items.map((i) => i.finding.stepId),
    });
    return items.map((item) => toPageFinding(model, item, labels));
  }

  findings({ teamId, minVersion, query, cursor, limit }: FindingsRequest): FindingsPage {
    const model = this.model(teamId, minVersion);
    const page = model.page(this.findingQuery(model, query), decodeCursor(cursor), limit);
    return {
      dataVersion: model.dataVersion,
      total: page.total,
      items: this.pageFindings(model, page.items),
      nextCursor: page.nextCursor ? encodeCursor(page.nextCursor) : null,
    };
  }

  /** One step's finding with the numbers a verdict or a hand-off records. */
  stepFinding({ teamId, minVersion, stepId }: TeamRequest & { stepId: string }): StepFindingResult {
    const model = this.model(teamId, minVersion);
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
  capacity({ teamId, minVersion }: TeamRequest): TeamCapacity {
    const model = this.model(teamId, minVersion);
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
  *exportChunks({ teamId, minVersion, query, format, team }: ExportRequest): Generator<string> {
    const model = this.model(teamId, minVersion);
    const findingQuery = this.findingQuery(model, query);
    let batch: ReturnType<ReportModel['page']>['items'] = [];
    let rank = 1;
    let first = true;
    const flush = (): string => {
      const rows = this.pageFindings(model, batch);
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
      const summary = this.summary({ teamId, minVersion, scope: query.scope });
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
      if (batch.length === EXPORT_CHUNK) yield flush();
    }
    if (batch.length > 0) yield flush();
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
