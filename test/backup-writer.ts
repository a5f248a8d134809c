/**
 * A second process writing to the database DATABASE_URL names, for db/backup.test.ts: it adds
 * steps (each with its what-ifs, in one transaction) to a process through the real router, as
 * fast as it can, and prints `ID MS` (Date.now()) after each commit. It stops when its stdin
 * closes and prints `done N`.
 *
 *   node --conditions=react-server --import tsx test/backup-writer.ts USER_ID TEAM_ID PROCESS_ID
 */
import { setImmediate as turn } from 'node:timers/promises';
import { configuredDatabaseUrl, openDatabase } from '@/db/client';
import { callerFor } from './caller';
import { BACKUP_WHAT_IFS } from './backup-what-ifs';

async function main() {
  const [userId, teamId, processId] = process.argv.slice(2);
  if (!userId || !teamId || !processId) throw new Error('USER_ID TEAM_ID PROCESS_ID, please.');
  const { db, close } = openDatabase(configuredDatabaseUrl(), { migrate: false });
  const api = callerFor(db, userId);
  let stop = false;
  process.stdin.on('end', () => (stop = true)).resume();
  let n = 0;
  while (!stop) {
    const step = await api.step.create({
      teamId,
      processId,
      title: `child ${++n}`,
      minutes: 1,
      whatIfs: BACKUP_WHAT_IFS,
    });
    process.stdout.write(`${step.id} ${Date.now()}\n`);
    // The driver is synchronous: let stdin's end through between writes.
    await turn();
  }
  await close();
  process.stdout.write(`done ${n}\n`);
}

void main();
