/**
 * Imports an Opslens file (docs/import-format.md) into a team, from the command line:
 *
 *   npm run import -- FILE --team SLUG [--dry-run]
 *
 * Uses the database named by DATABASE_URL (default data/opslens.db), migrating it if needed.
 * The whole file is validated first; if anything is wrong every problem is printed with its
 * place in the file and nothing is written (exit code 1). The team's first owner is recorded
 * as the one who imported it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { and, asc, eq } from 'drizzle-orm';
import {
  migrateDatabase,
  openDatabase,
  resolveDatabasePath,
  type Db,
  type Engine,
} from '@/db/client';
import { first } from '@/db/raw';
import { memberships, teams, users } from '@/db/schema';
import { DomainError } from '@/server/domain-error';
import { describeCounts, importIntoTeam, importSummary } from '@/server/transfer/import';
import { parseImportText, validateImport, type ImportProblem } from '@/server/transfer/validate';

const USAGE = 'Usage: npm run import -- FILE --team SLUG [--dry-run]';

class CliError extends Error {}

function readText(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (err) {
    throw new CliError(`Cannot read ${file}: ${(err as Error).message}`);
  }
}

async function findTeamAndOwner(db: Db, slug: string) {
  const team = await first(
    db.select({ id: teams.id, name: teams.name }).from(teams).where(eq(teams.slug, slug)),
  );
  if (!team) throw new CliError(`No team has the web address "${slug}". Check the --team slug.`);
  const owner = await first(
    db
      .select({ userId: memberships.userId, name: users.name })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(and(eq(memberships.teamId, team.id), eq(memberships.role, 'owner')))
      .orderBy(asc(memberships.createdAt), asc(memberships.id))
      .limit(1),
  );
  const members = await db
    .select({ email: users.emailNormalized })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.teamId, team.id));
  return { team, owner, memberEmails: members.map((m) => m.email) };
}

/** Where the data goes, for the log line: the SQLite file, or the PostgreSQL URL without its password. */
function describeDatabase(engine: Engine): string {
  if (engine.dialect === 'sqlite') return engine.file;
  try {
    const url = new URL(engine.url);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return 'PostgreSQL';
  }
}

function printProblems(problems: ImportProblem[], label: string) {
  for (const p of problems) console.log(`  ${label} ${p.where}: ${p.message}\n      at ${p.path}`);
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      team: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (positionals.length !== 1 || !values.team) {
    console.error(USAGE);
    return 2;
  }
  const file = path.resolve(positionals[0]!);
  const parsed = parseImportText(readText(file));
  if (!parsed.ok) {
    console.log(`${path.basename(file)} cannot be imported; nothing was written:`);
    printProblems(parsed.problems, '✗');
    return 1;
  }
  const json = parsed.json;

  const { db, engine, close } = openDatabase(process.env.DATABASE_URL ?? resolveDatabasePath());
  try {
    await migrateDatabase(db);
    const { team, owner, memberEmails } = await findTeamAndOwner(db, values.team);
    console.log(`Importing ${path.basename(file)} into ${team.name} (${describeDatabase(engine)})`);

    if (values['dry-run']) {
      const checked = validateImport(json, { memberEmails });
      if (!checked.ok) {
        console.log(`\n${checked.problems.length} problem(s); nothing would be imported:`);
        printProblems(checked.problems, '✗');
        return 1;
      }
      console.log(`\nThe file is valid: ${describeCounts(checked.plan.counts)} would be imported.`);
      if (checked.warnings.length > 0) printProblems(checked.warnings, '!');
      return 0;
    }

    const result = await importIntoTeam(db, {
      teamId: team.id,
      actorUserId: owner?.userId ?? null,
      file: json,
    });
    if (!result.ok) {
      console.log(`\n${result.problems.length} problem(s); nothing was imported:`);
      printProblems(result.problems, '✗');
      return 1;
    }
    const { counts } = result;
    console.log(
      `\nDone: ${importSummary(counts)} (${counts.whatIfs} what-ifs)` +
        (owner ? `, recorded as imported by ${owner.name}.` : '.'),
    );
    if (result.warnings.length > 0) {
      console.log(`\n${result.warnings.length} warning(s):`);
      printProblems(result.warnings, '!');
    }
    return 0;
  } finally {
    await close();
  }
}

const isArgumentError = (err: unknown): err is Error =>
  err instanceof TypeError && String((err as { code?: unknown }).code).startsWith('ERR_PARSE_ARGS');

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    if (isArgumentError(err)) {
      console.error(`${err.message}\n${USAGE}`);
      process.exitCode = 2;
      return;
    }
    console.error(err instanceof CliError || DomainError.is(err) ? err.message : err);
    process.exitCode = 1;
  },
);
