import 'server-only';
import { sql } from 'drizzle-orm';
import type { Db } from './client';

// SQLite FTS5 lives here, behind one function; a PostgreSQL port swaps this file for tsvector.

export type SearchHit = {
  entityType: 'system' | 'process' | 'step';
  entityId: string;
  /** Title and a snippet of the body, with matches wrapped in MARK_START … MARK_END. */
  title: string;
  snippet: string;
};

export const MARK_START = '\u0002';
export const MARK_END = '\u0003';

/**
 * Words of the query as prefix terms, all required ("invoice rem" finds "Invoice reminder"),
 * within one team: the team id is a phrase on its own column, so the index narrows by team.
 */
export function toMatchExpression(
  query: string,
  teamId: string,
  columns: '{title body}' | 'title' = '{title body}',
): string | null {
  const words = query.normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length === 0) return null;
  const terms = words
    .slice(0, 8)
    .map((w) => `"${w}"*`)
    .join(' AND ');
  return `team_id : "${teamId.replace(/"/g, '')}" AND ${columns} : (${terms})`;
}

/**
 * Ids of the team's steps whose title has every word of the query (as prefixes), for the
 * report's title filter; null when the query has no words (no filter).
 */
export function stepIdsWithTitle(
  db: Db,
  { teamId, query }: { teamId: string; query: string },
): Set<string> | null {
  const match = toMatchExpression(query, teamId, 'title');
  if (!match) return null;
  const rows = db.all<{ id: string }>(sql`
    SELECT entity_id AS id FROM search_index
    WHERE search_index MATCH ${match} AND team_id = ${teamId} AND entity_type = 'step'
  `);
  return new Set(rows.map((r) => r.id));
}

export async function searchIndex(
  db: Db,
  { teamId, query, limit }: { teamId: string; query: string; limit: number },
): Promise<SearchHit[]> {
  const match = toMatchExpression(query, teamId);
  if (!match) return [];
  return db.all<SearchHit>(sql`
    SELECT entity_type AS entityType,
           entity_id AS entityId,
           highlight(search_index, 3, ${MARK_START}, ${MARK_END}) AS title,
           snippet(search_index, 4, ${MARK_START}, ${MARK_END}, '…', 16) AS snippet
    FROM search_index
    WHERE search_index MATCH ${match} AND team_id = ${teamId}
    ORDER BY bm25(search_index, 0, 0, 0, 10, 1), entity_id
    LIMIT ${limit}
  `);
}

/** Ids of the team's systems or processes whose name has every word of the query, best first. */
export function entityIdsWithTitle(
  db: Db,
  {
    teamId,
    query,
    type,
    limit,
  }: { teamId: string; query: string; type: 'system' | 'process'; limit: number },
): string[] {
  const match = toMatchExpression(query, teamId, 'title');
  if (!match) return [];
  return db
    .all<{ id: string }>(
      sql`
        SELECT entity_id AS id FROM search_index
        WHERE search_index MATCH ${match} AND team_id = ${teamId} AND entity_type = ${type}
        ORDER BY bm25(search_index, 0, 0, 0, 10, 1), entity_id
        LIMIT ${limit}
      `,
    )
    .map((r) => r.id);
}
