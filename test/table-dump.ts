import type { Engine } from '@/db/client';

/**
 * Every row of the app's tables (or only one team's), as text, to prove a refused call wrote
 * nothing: two dumps are equal exactly when no row changed. Read through the engine's own
 * driver so nothing in the app's query code can hide a write from it.
 */
export async function dumpTables(engine: Engine, only?: { teamId: string }): Promise<string> {
  return engine.dialect === 'sqlite' ? dumpSqlite(engine, only) : dumpPostgres(engine, only);
}

function dumpSqlite(engine: Extract<Engine, { dialect: 'sqlite' }>, only?: { teamId: string }) {
  const raw = engine.readerRaw;
  const tables = raw
    .prepare(
      only
        ? "SELECT m.name FROM sqlite_master m WHERE m.type = 'table' AND EXISTS (SELECT 1 FROM pragma_table_info(m.name) WHERE name = 'team_id') ORDER BY m.name"
        : "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__drizzle%' AND name NOT GLOB 'search_index_*' ORDER BY name",
    )
    .all() as { name: string }[];
  const rows = tables.map(({ name }) => [
    name,
    only
      ? raw.prepare(`SELECT * FROM "${name}" WHERE team_id = ? ORDER BY rowid`).all(only.teamId)
      : raw.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).all(),
  ]);
  if (only)
    rows.unshift(['teams', raw.prepare('SELECT * FROM teams WHERE id = ?').all(only.teamId)]);
  return JSON.stringify(rows);
}

async function dumpPostgres(
  engine: Extract<Engine, { dialect: 'postgres' }>,
  only?: { teamId: string },
) {
  const { pool } = engine;
  const { rows: tables } = await pool.query<{ name: string }>(
    only
      ? "SELECT table_name AS name FROM information_schema.columns WHERE table_schema = 'public' AND column_name = 'team_id' ORDER BY 1"
      : "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1",
  );
  const rows: [string, unknown[]][] = [];
  if (only)
    rows.push([
      'teams',
      (await pool.query('SELECT * FROM teams WHERE id = $1', [only.teamId])).rows,
    ]);
  for (const { name } of tables) {
    // ctid is the row's place on disk: a stable order as long as nothing is written.
    const result = only
      ? await pool.query(`SELECT * FROM "${name}" WHERE team_id = $1 ORDER BY ctid`, [only.teamId])
      : await pool.query(`SELECT * FROM "${name}" ORDER BY ctid`);
    rows.push([name, result.rows]);
  }
  return JSON.stringify(rows);
}
