/**
 * Writes a consistent copy of the live SQLite database, while the app runs:
 *
 *   npm run backup -- backups/opslens-$(date +%F).db [--force]
 *
 * The database is the app's own (DATABASE_URL, else data/opslens.db). The copy is checked
 * (integrity_check) before it gets its name; an existing file is replaced only with --force.
 * On PostgreSQL it prints the pg_dump command to use instead. Restoring: README, "Backups".
 */
import { parseArgs } from 'node:util';
import { backupDatabase, BackupRefused } from '@/db/backup';

const USAGE = 'Usage: npm run backup -- FILE [--force]';

async function main(): Promise<number> {
  let target: string | undefined;
  let force = false;
  try {
    const { values, positionals } = parseArgs({
      options: { force: { type: 'boolean' } },
      allowPositionals: true,
      strict: true,
    });
    if (positionals.length > 1) throw new Error(`One file, not ${positionals.length}.`);
    [target] = positionals;
    force = values.force ?? false;
  } catch (err) {
    console.error(`${(err as Error).message}\n${USAGE}`);
    return 1;
  }
  if (!target) {
    console.error(`Name the file to write the backup to.\n${USAGE}`);
    return 1;
  }
  try {
    const result = await backupDatabase(target, { force });
    for (const { name, rows } of result.tables)
      console.log(`  ${name.padEnd(20)} ${rows.toLocaleString('en-US')} rows`);
    console.log(
      `Backed up ${result.source} to ${result.file}: ${(result.bytes / 2 ** 20).toFixed(1)} MiB, ` +
        `${result.rows.toLocaleString('en-US')} rows, integrity_check ok, in ${(result.ms / 1000).toFixed(1)} s.`,
    );
    return 0;
  } catch (err) {
    if (err instanceof BackupRefused) console.error(err.message);
    else console.error(`The backup failed and no file was written: ${(err as Error).message}`);
    return 1;
  }
}

void main().then((code) => (process.exitCode = code));
