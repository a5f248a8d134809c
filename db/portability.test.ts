import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The app's code speaks to the database only through the async query builder and db/'s helpers,
 * so the same code runs on SQLite and PostgreSQL. What only one engine understands lives in db/.
 * (Tests may reach the drivers to inspect a database, and the bench reads raw on purpose: its
 * anchor is the driver's own speed. Neither is app code.)
 */
const APP_FOLDERS = ['app', 'components', 'lib', 'server', 'scripts'];

const RULES: { name: string; pattern: RegExp }[] = [
  // better-sqlite3's synchronous finishers do not exist on PostgreSQL's builder.
  { name: 'synchronous queries (.get/.all/.run)', pattern: /\.(get|all|run)\(\s*\)/ },
  { name: 'transactions opened by hand (withTransaction opens them)', pattern: /\.transaction\(/ },
  {
    name: 'drivers or engine-specific Drizzle modules',
    pattern:
      /from '(better-sqlite3|pg|drizzle-orm\/(better-sqlite3|node-postgres|sqlite-core|pg-core)[^']*)'/,
  },
  { name: 'pragmas or SQLite catalogs', pattern: /\bpragma\b|sqlite_master|PRAGMA/ },
  {
    name: 'SQL only one engine knows',
    pattern:
      /(?<![.\w])(strftime|julianday|datetime|group_concat|ifnull|json_extract|to_tsvector|to_tsquery|ilike)\s*\(|::(text|int|integer|timestamptz|jsonb)\b|\bMATCH\b/,
  },
  {
    name: 'database errors recognised by their message',
    pattern: /includes\('(UNIQUE|FOREIGN KEY)/,
  },
];

function sourceFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(file);
    return /\.(ts|tsx|mjs)$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) ? [file] : [];
  });
}

describe('the data layer is dialect-neutral outside db/', () => {
  const files = APP_FOLDERS.flatMap(sourceFiles);

  it('finds the app’s code to check', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(files).toContain(path.join('server', 'queries', 'steps.ts'));
  });

  // Test tooling that makes clusters and databases (initdb, CREATE DATABASE) is not data access.
  const tooling = ['pg-cluster.mjs', 'e2e-server.mjs'].map((f) => path.join('scripts', f));
  const checked = files.filter((f) => !tooling.includes(f));

  for (const rule of RULES) {
    it(`has no ${rule.name}`, () => {
      const found = checked.flatMap((file) =>
        fs
          .readFileSync(file, 'utf8')
          .split('\n')
          .flatMap((line, i) =>
            rule.pattern.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : [],
          ),
      );
      expect(found).toEqual([]);
    });
  }

  it('catches each kind of mistake it looks for', () => {
    const samples = [
      'db.select().from(steps).where(eq(steps.id, id)).get();',
      'db.transaction((tx) => {',
      "import Database from 'better-sqlite3';",
      "sqlite.pragma('journal_mode = WAL');",
      "sql`strftime('%s', ${steps.createdAt})`",
      "if (String(err).includes('UNIQUE')) {",
    ];
    for (const [i, sample] of samples.entries()) expect(RULES[i]!.pattern.test(sample)).toBe(true);
    // And leaves the portable forms alone.
    for (const fine of [
      'map.get(key)',
      'await withTransaction(db, async (tx) => {',
      'sql`count(*)`',
    ])
      expect(RULES.some((r) => r.pattern.test(fine))).toBe(false);
  });
});
