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
const unit = read('reports/unit.json');
if (unit) {
  totals.passed += unit.numPassedTests ?? 0;
  totals.failed += unit.numFailedTests ?? 0;
  totals.skipped += (unit.numPendingTests ?? 0) + (unit.numTodoTests ?? 0);
} else console.log('unit: no report found (reports/unit.json)');

const e2e = read('reports/e2e.json');
if (e2e?.stats) {
  totals.passed += (e2e.stats.expected ?? 0) + (e2e.stats.flaky ?? 0);
  totals.failed += e2e.stats.unexpected ?? 0;
  totals.skipped += e2e.stats.skipped ?? 0;
  if (e2e.stats.flaky) console.log(`e2e: ${e2e.stats.flaky} test(s) passed only on retry (flaky)`);
} else console.log('e2e: no report found (reports/e2e.json)');

console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
if (totals.passed === 0 || totals.failed > 0) process.exitCode = 1;
