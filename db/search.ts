import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import { engineOf, type Db, type Tx } from './client';
import { queryRows } from './raw';

/**
 * Full-text search over one team's systems, processes and steps: SQLite's FTS5 table or
 * PostgreSQL's tsvector columns (with GIN indexes), both kept current by triggers in the
 * migrations. Words match as prefixes and must all be present ("invoice rem" finds
 * "Invoice reminder"). Everything engine-specific about search is in this file.
 */

export type SearchHit = {
  entityType: 'system' | 'process' | 'step';
  entityId: string;
  /** Title and a snippet of the body, with matches wrapped in MARK_START … MARK_END. */
  title: string;
  snippet: string;
};

export const MARK_START = '\u0002';
export const MARK_END = '\u0003';

/** The words of a query (letters and digits), at most eight. */
export function queryWords(query: string): string[] {
  return (query.normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 8);
}

/** FTS5: prefix terms, all required, within one team (the team id is a phrase on its column). */
export function toMatchExpression(
  query: string,
  teamId: string,
  columns: '{title body}' | 'title' = '{title body}',
): string | null {
  const words = queryWords(query);
  if (words.length === 0) return null;
  const terms = words.map((w) => `"${w}"*`).join(' AND ');
  return `team_id : "${teamId.replace(/"/g, '')}" AND ${columns} : (${terms})`;
}

/** PostgreSQL: the same words as prefix lexemes ('invoice':* & 'rem':*). */
function toTsQuery(query: string): string | null {
  const words = queryWords(query).map((w) => w.toLowerCase());
  if (words.length === 0) return null;
  return words.map((w) => `'${w.replace(/'/g, "''")}':*`).join(' & ');
}

export async function searchIndex(
  db: Db | Tx,
  { teamId, query, limit }: { teamId: string; query: string; limit: number },
): Promise<SearchHit[]> {
  if (engineOf(db).dialect === 'postgres') {
    const ts = toTsQuery(query);
    if (!ts) return [];
    const marks = `StartSel=${MARK_START}, StopSel=${MARK_END}, HighlightAll=true`;
    return queryRows<SearchHit>(
      db,
      sql`
        SELECT entity_type AS "entityType", entity_id AS "entityId",
               ts_headline('simple', title, q, ${marks}) AS title,
               ts_headline('simple', body, q, ${`StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=16, MinWords=8, ShortWord=1`}) AS snippet
        FROM search_index, to_tsquery('simple', ${ts}) AS q
        WHERE team_id = ${teamId} AND doc_tsv @@ q
        ORDER BY ts_rank(doc_tsv, q) DESC, entity_id
        LIMIT ${limit}
      `,
    );
  }
  const match = toMatchExpression(query, teamId);
  if (!match) return [];
  return queryRows<SearchHit>(
    db,
    sql`
      SELECT entity_type AS entityType,
             entity_id AS entityId,
             highlight(search_index, 3, ${MARK_START}, ${MARK_END}) AS title,
             snippet(search_index, 4, ${MARK_START}, ${MARK_END}, '…', 16) AS snippet
      FROM search_index
      WHERE search_index MATCH ${match} AND team_id = ${teamId}
      ORDER BY bm25(search_index, 0, 0, 0, 10, 1), entity_id
      LIMIT ${limit}
    `,
  );
}

/**
 * Ids of the team's steps whose title has every word of the query (as prefixes), for the
 * report's title filter; null when the query has no words (no filter).
 */
export async function stepIdsWithTitle(
  db: Db | Tx,
  { teamId, query }: { teamId: string; query: string },
): Promise<Set<string> | null> {
  if (engineOf(db).dialect === 'postgres') {
    const ts = toTsQuery(query);
    if (!ts) return null;
    const rows = await queryRows<{ id: string }>(
      db,
      sql`
        SELECT entity_id AS id FROM search_index
        WHERE team_id = ${teamId} AND entity_type = 'step'
          AND title_tsv @@ to_tsquery('simple', ${ts})
      `,
    );
    return new Set(rows.map((r) => r.id));
  }
  const match = toMatchExpression(query, teamId, 'title');
  if (!match) return null;
  const rows = await queryRows<{ id: string }>(
    db,
    sql`
      SELECT entity_id AS id FROM search_index
      WHERE search_index MATCH ${match} AND team_id = ${teamId} AND entity_type = 'step'
    `,
  );
  return new Set(rows.map((r) => r.id));
}

/** Ids of the team's systems or processes whose name has every word of the query, best first. */
export async function entityIdsWithTitle(
  db: Db | Tx,
  {
    teamId,
    query,
    type,
    limit,
  }: { teamId: string; query: string; type: 'system' | 'process'; limit: number },
): Promise<string[]> {
  if (engineOf(db).dialect === 'postgres') {
    const ts = toTsQuery(query);
    if (!ts) return [];
    const rows = await queryRows<{ id: string }>(
      db,
      sql`
        SELECT entity_id AS id FROM search_index, to_tsquery('simple', ${ts}) AS q
        WHERE team_id = ${teamId} AND entity_type = ${type} AND title_tsv @@ q
        ORDER BY ts_rank(title_tsv, q) DESC, entity_id
        LIMIT ${limit}
      `,
    );
    return rows.map((r) => r.id);
  }
  const match = toMatchExpression(query, teamId, 'title');
  if (!match) return [];
  const rows = await queryRows<{ id: string }>(
    db,
    sql`
      SELECT entity_id AS id FROM search_index
      WHERE search_index MATCH ${match} AND team_id = ${teamId} AND entity_type = ${type}
      ORDER BY bm25(search_index, 0, 0, 0, 10, 1), entity_id
      LIMIT ${limit}
    `,
  );
  return rows.map((r) => r.id);
}

/**
 * Removes every search entry of a team, in one statement (inside the caller's transaction). The
 * triggers already remove a system's, process's or step's entry as its row is deleted; deleting a
 * whole team runs this too, so nothing of the team can stay in the index.
 */
export async function removeTeamFromSearch(tx: Tx, teamId: string): Promise<void> {
  if (engineOf(tx).dialect === 'postgres') {
    await (tx as unknown as { execute: (q: SQL) => Promise<unknown> }).execute(
      sql`DELETE FROM search_index WHERE team_id = ${teamId}`,
    );
    return;
  }
  // team_id is an indexed FTS5 column (migration 0007): a phrase match finds the team's entries.
  const match = `team_id : "${teamId.replace(/"/g, '')}"`;
  (tx as unknown as { run: (q: SQL) => unknown }).run(
    sql`DELETE FROM search_index WHERE rowid IN (SELECT rowid FROM search_index WHERE search_index MATCH ${match})`,
  );
}
