import 'server-only';
import type { z } from 'zod';
import { findingFiltersSchema } from '@/server/routers/report.schema';
import { streamedAttachment, withTeamApi } from '@/server/team-download';

const TYPES = { csv: 'text/csv; charset=utf-8', json: 'application/json; charset=utf-8' } as const;

/**
 * A report download for a route handler: the view the URL names (zoom level and filters),
 * through the same router and checks as the page, streamed a chunk at a time so its memory and
 * first byte do not grow with the team.
 */
export async function reportDownload(req: Request, slug: string, format: 'csv' | 'json') {
  const params = new URL(req.url).searchParams;
  const parsed = findingFiltersSchema.safeParse({
    systemId: params.get('system') || null,
    within: params.get('within') || null,
    action: params.get('action') ?? 'all',
    review: params.get('review') ?? 'all',
    performer: params.get('performer') || null,
    q: params.get('q') ?? '',
    sort: params.get('sort') ?? 'costSaved',
  } satisfies Record<keyof z.input<typeof findingFiltersSchema>, unknown>);
  if (!parsed.success)
    return Response.json({ error: 'That report view does not exist.' }, { status: 400 });
  const found = await withTeamApi(slug, async (api, team) => {
    // The summary first: a system the caller cannot see is a 404, not a broken stream.
    const scope = parsed.data.systemId
      ? (await api.report.get({ teamId: team.id, systemId: parsed.data.systemId })).scope.name
      : null;
    const chunks = await api.report.export({ teamId: team.id, ...parsed.data, format });
    const iterator = chunks[Symbol.asyncIterator]();
    return { iterator, first: await iterator.next(), scope };
  });
  if (!found.ok) return found.response;
  const { iterator, first, scope } = found.value;
  return streamedAttachment(first, iterator, {
    filename: downloadName(slug, scope, format),
    contentType: TYPES[format],
    // A BOM so spreadsheet apps read the UTF-8 (×, €, names) correctly.
    prefix: format === 'csv' ? '\uFEFF' : '',
  });
}

export function downloadName(slug: string, scope: string | null, ext: string) {
  const date = new Date().toISOString().slice(0, 10);
  const part = scope
    ? `-${scope
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '')}`
    : '';
  return `opslens-report-${slug}${part}-${date}.${ext}`;
}
