import 'server-only';

// Archived systems hide everything under them: the analysis and the export both read only the
// live part of the tree, and must agree on what it is.

type SystemLinkRow = { id: string; parentId: string | null; archivedAt: Date | null };

/**
 * The systems that are not archived and have no archived system above them. A system whose
 * parent is missing, or that sits in a parent cycle (which the app never writes), is not live.
 */
export function liveSystemIds(rows: readonly SystemLinkRow[]): Set<string> {
  const byId = new Map(rows.map((s) => [s.id, s]));
  const memo = new Map<string, boolean>();
  const isLive = (id: string): boolean => {
    const known = memo.get(id);
    if (known !== undefined) return known;
    memo.set(id, false); // guards against a cycle
    const s = byId.get(id);
    const live = !!s && s.archivedAt === null && (s.parentId === null || isLive(s.parentId));
    memo.set(id, live);
    return live;
  };
  return new Set(rows.filter((s) => isLive(s.id)).map((s) => s.id));
}
