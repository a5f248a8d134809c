import type { callerFor } from './caller';

type Api = ReturnType<typeof callerFor>;
type Filters = Omit<Parameters<Api['report']['findings']>[0], 'teamId' | 'cursor'>;

/** Every finding of a view, read through the paged procedure (all actions and reviews by default). */
export async function allFindings(api: Api, teamId: string, filters: Filters = {}) {
  const items = [];
  let cursor: string | null = null;
  do {
    const page = await api.report.findings({
      teamId,
      action: 'all',
      review: 'all',
      limit: 100,
      ...filters,
      cursor,
    });
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor !== null);
  return items;
}
