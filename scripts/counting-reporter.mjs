// A @web/test-runner reporter that writes the run's counts to test-results/<name>.json,
// so scripts/test.mjs can print one plain "N passed, N failed" line for CI.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

function countSuite(suite, counts) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) counts.skipped++;
    else if (test.passed) counts.passed++;
    else counts.failed++;
  }
  for (const child of suite.suites ?? []) countSuite(child, counts);
}

export function countingReporter(name) {
  return {
    onTestRunFinished({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        if (session.testResults) countSuite(session.testResults, counts);
        // A file that failed to load or threw outside a test has no results to count.
        if (!session.passed && (session.errors?.length ?? 0) > 0) counts.failed++;
      }
      mkdirSync('test-results', { recursive: true });
      writeFileSync(join('test-results', `${name}.json`), JSON.stringify(counts));
    },
  };
}
