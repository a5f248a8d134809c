/**
 * Copies a whole SQLite database into an empty PostgreSQL one, to move an Opslens install from
 * the embedded file to PostgreSQL:
 *
 *   npm run db:copy -- --from data/opslens.db --to postgres://user:pass@host:5432/opslens
 *
 * Every table and row is copied with its id, in one transaction; the target is migrated first
 * and must be empty. Stop the app first (or expect later writes to the file not to be copied),
 * then start it with DATABASE_URL set to the target.
 */
import { parseArgs } from 'node:util';
import { copySqliteToPostgres, CopyRefused } from '@/db/copy';
import { describeDatabase } from '@/db/describe';
import { dialectOf } from '@/db/dialect';

const USAGE = 'Usage: npm run db:copy -- --from data/opslens.db --to postgres://…';

async function main(): Promise<number> {
  let values: { from?: string; to?: string };
  try {
    ({ values } = parseArgs({
      options: { from: { type: 'string' }, to: { type: 'string' } },
      strict: true,
    }));
  } catch (err) {
    console.error(`${(err as Error).message}\n${USAGE}`);
    return 2;
  }
  const from = values.from ?? 'data/opslens.db';
  if (!values.to || dialectOf(values.to) !== 'postgres') {
    console.error(`--to must be a PostgreSQL URL (postgres://…).\n${USAGE}`);
    return 2;
  }
  if (dialectOf(from) === 'postgres') {
    console.error(`--from must be a SQLite file, not a PostgreSQL URL.\n${USAGE}`);
    return 2;
  }
  console.log(`Copying ${from} into ${describeDatabase(values.to)}…`);
  try {
    const result = await copySqliteToPostgres({
      from: from.startsWith('file:') ? from.slice('file:'.length) : from,
      to: values.to,
      onTable: ({ table, rows }) =>
        console.log(`  ${table.padEnd(20)} ${rows.toLocaleString('en-US')} rows`),
    });
    console.log(
      `Copied ${result.rows.toLocaleString('en-US')} rows in ${(result.ms / 1000).toFixed(1)} s. Start Opslens with DATABASE_URL set to the target.`,
    );
    return 0;
  } catch (err) {
    if (err instanceof CopyRefused) {
      console.error(err.message);
      return 1;
    }
    console.error(`The copy failed and nothing was written: ${(err as Error).message}`);
    return 1;
  }
}

void main().then((code) => (process.exitCode = code));
