// Prints one plain "N passed, N failed, N skipped" line for the unit and e2e runs together,
// from each runner's JSON report, so a CI run that executed no test is plain to see.
import fs from 'node:fs';

function read(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

const totals = { passed: 0, failed: 0, skipped: 0 };

/** Adds one engine's Vitest and Playwright reports to the totals and prints its own line. */
function engine(label, unitFile, e2eFile) {
  const mine = { passed: 0, failed: 0, skipped: 0 };
  const unit = read(unitFile);
  if (unit) {
    mine.passed += unit.numPassedTests ?? 0;
    mine.failed += unit.numFailedTests ?? 0;
    mine.skipped += (unit.numPendingTests ?? 0) + (unit.numTodoTests ?? 0);
  } else console.log(`${label} unit: no report found (${unitFile})`);
  const e2e = read(e2eFile);
  if (e2e?.stats) {
    mine.passed += (e2e.stats.expected ?? 0) + (e2e.stats.flaky ?? 0);
    mine.failed += e2e.stats.unexpected ?? 0;
    mine.skipped += e2e.stats.skipped ?? 0;
    if (e2e.stats.flaky)
      console.log(`${label} e2e: ${e2e.stats.flaky} test(s) passed only on retry (flaky)`);
  } else console.log(`${label} e2e: no report found (${e2eFile})`);
  console.log(`${label}: ${mine.passed} passed, ${mine.failed} failed, ${mine.skipped} skipped`);
  for (const key of Object.keys(totals)) totals[key] += mine[key];
  return mine;
}

const sqlite = engine('SQLite', 'reports/unit.json', 'reports/e2e.json');
// The PostgreSQL run is part of CI; locally `npm test` alone leaves no reports for it.
const postgres =
  read('reports/unit-pg.json') || read('reports/e2e-pg.json') || process.env.CI
    ? engine('PostgreSQL', 'reports/unit-pg.json', 'reports/e2e-pg.json')
    : null;

console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
if (totals.failed > 0 || sqlite.passed === 0 || (postgres && postgres.passed === 0))
  process.exitCode = 1;
