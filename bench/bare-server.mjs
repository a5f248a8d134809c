// The anchor for the small-read figure: a bare node:http server over better-sqlite3 answering
// the same read as process.get (the process, its steps in order, their what-ifs) as JSON, with
// nothing else in the way: no framework, no session, no routing.
//
//   node bench/bare-server.mjs DATABASE_FILE PORT
import Database from 'better-sqlite3';
import http from 'node:http';

const [file, port] = process.argv.slice(2);
const db = new Database(file, { readonly: true });
db.pragma('journal_mode = WAL');
const processRow = db.prepare('SELECT * FROM processes WHERE team_id = ? AND id = ?');
const stepRows = db.prepare(
  'SELECT * FROM steps WHERE team_id = ? AND process_id = ? ORDER BY position, id',
);
// What-ifs by the steps' ids (an IN list per request, as the app reads them).
const whatIfsOf = (team, ids) =>
  ids.length === 0
    ? []
    : db
        .prepare(
          `SELECT * FROM what_ifs WHERE team_id = ? AND step_id IN (${ids.map(() => '?').join(',')})
           ORDER BY position, id`,
        )
        .all(team, ...ids);

http
  .createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const team = url.searchParams.get('team');
    const id = url.searchParams.get('process');
    const process = processRow.get(team, id);
    if (!process) {
      res.writeHead(404).end();
      return;
    }
    const steps = stepRows.all(team, id);
    const body = JSON.stringify({
      process,
      steps,
      whatIfs: whatIfsOf(
        team,
        steps.map((s) => s.id),
      ),
    });
    res.writeHead(200, { 'content-type': 'application/json' }).end(body);
  })
  .listen(Number(port), '127.0.0.1', () => console.log(`bare server on ${port}`));
