// `npm test`: every check CI runs, in order, then one plain summary line
// ("N passed, N failed") counting each test of each runner plus each whole-tree check.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { findBrowser } from './find-browser.mjs';

try {
  process.env.CHROME_PATH = findBrowser();
} catch (error) {
  console.error(error.message);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

// Browser tests run in one fresh browser per group. With the whole suite in one browser
// (which @web/test-runner drives through one reused page), a test file has stalled with no
// result for five minutes after 20 to 30 earlier files on a busy machine: textarea twice,
// date input once; each group on its own passes. What the earlier files leave behind is not
// found yet; textarea stays alone, as it stalled most. One cause of a silent five-minute hang
// is now known and removed: a failed assertion about an element could not be sent back to
// Node (scripts/test-page-setup.js). Whether it explains those stalls is not shown, so the
// groups stay.
const BROWSER_TEST_GROUPS = {
  'core, tokens and React': ['packages/core/src/**/*.test.ts', 'packages/tokens/test/**/*.test.ts', 'packages/react/src/**/*.test.ts'],
  forms: ['packages/forms/src/**/*.test.ts', '!packages/forms/src/textarea/**'],
  'forms, textarea': ['packages/forms/src/textarea/textarea.test.ts'],
  offline: ['packages/offline/src/**/*.test.ts'],
  'chronology and consent': ['packages/chronology/src/**/*.test.ts', 'packages/consent/src/**/*.test.ts'],
};

// Each step: a command, and where its counts come from: test-results/<results>.json, or
// (`counts: 'output'`) the "N passed, N failed" line it prints last.
// `required` steps stop the run when they fail, because later steps need their output.
const STEPS = [
  { name: 'tokens build', command: 'node scripts/build-tokens.mjs', required: true },
  { name: 'custom elements manifests and editor data', command: 'node scripts/build-manifests.mjs && node scripts/editor-data.mjs', required: true },
  { name: 'React wrappers match the manifests', command: 'node scripts/generate-react.mjs --check' },
  { name: 'Welsh translations complete', command: 'node scripts/check-translations.mjs', required: true },
  { name: 'Welsh guidance pages complete', command: 'node scripts/check-guidance.mjs' },
  { name: 'type check', command: 'npx tsc -p tsconfig.json --noEmit' },
  { name: 'lint', command: 'npx eslint .' },
  { name: 'package builds', command: 'npm run build --workspaces --if-present', required: true },
  ...Object.entries(BROWSER_TEST_GROUPS).map(([group, files]) => ({
    name: `browser tests: ${group}`,
    command: `KITH_RESULTS=unit-${group.replace(/\W+/g, '-')} npx web-test-runner ${files.map((glob) => `"${glob}"`).join(' ')}`,
    results: `unit-${group.replace(/\W+/g, '-')}`,
  })),
  {
    name: 'browser tests: @kith/react on React 18',
    command: 'KITH_REACT=18 KITH_RESULTS=react-18 npx web-test-runner "packages/react/**/*.test.ts"',
    results: 'react-18',
  },
  { name: 'Storybook build', command: 'npx storybook build -o storybook-static --quiet', required: true },
  { name: 'story axe sweep', command: 'node scripts/story-sweep.mjs', results: 'stories' },
  { name: 'strict CSP and Trusted Types', command: 'node scripts/csp-test.mjs', results: 'csp' },
  { name: 'XSS and bad-value sweep over every element', command: 'node scripts/xss-sweep.mjs', results: 'xss' },
  { name: 'packed packages install and run', command: 'node scripts/pack-test.mjs', results: 'pack' },
  { name: 'offline: drafts survive browser kills', command: 'node scripts/offline-durability.mjs', counts: 'output' },
  { name: 'offline: outbox delivers exactly once', command: 'node scripts/offline-exactly-once.mjs', counts: 'output' },
  { name: 'offline: one sending tab, same counts everywhere', command: 'node scripts/offline-multi-tab.mjs', counts: 'output' },
  { name: 'offline: nothing readable in the profile with a key', command: 'node scripts/offline-encryption.mjs', counts: 'output' },
  { name: 'examples in Chromium', command: 'node scripts/examples-test.mjs', results: 'examples' },
  { name: 'size budgets', command: 'node scripts/size.mjs --check', results: 'size' },
];

rmSync('test-results', { recursive: true, force: true });
const totals = { passed: 0, failed: 0, skipped: 0 };
const failedSteps = [];
const started = Date.now();

for (const step of STEPS) {
  const stepStart = Date.now();
  console.log(`\n▶ ${step.name}: ${step.command}`);
  const { status, stdout } = spawnSync(step.command, {
    shell: true,
    stdio: ['ignore', step.counts === 'output' ? 'pipe' : 'inherit', 'inherit'],
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (stdout) process.stdout.write(stdout);
  const printed = step.counts === 'output' ? [...(stdout ?? '').matchAll(/(\d+) passed, (\d+) failed/g)].at(-1) : undefined;
  const seconds = ((Date.now() - stepStart) / 1000).toFixed(1);
  const resultsFile = step.results && `test-results/${step.results}.json`;
  if (printed) {
    totals.passed += Number(printed[1]);
    totals.failed += Number(printed[2]);
    if (status !== 0 && Number(printed[2]) === 0) totals.failed++;
  } else if (resultsFile && existsSync(resultsFile)) {
    const counts = JSON.parse(readFileSync(resultsFile, 'utf8'));
    totals.passed += counts.passed;
    totals.failed += counts.failed;
    totals.skipped += counts.skipped ?? 0;
    if (status !== 0 && counts.failed === 0) totals.failed++;
  } else if (status === 0) {
    totals.passed++;
  } else {
    totals.failed++;
  }
  console.log(`${status === 0 ? '✓' : '✗'} ${step.name} (${seconds} s)`);
  if (status !== 0) {
    failedSteps.push(step.name);
    if (step.required) break;
  }
}

console.log(`\nnpm test took ${((Date.now() - started) / 1000).toFixed(0)} s`);
if (failedSteps.length) console.log(`Failed: ${failedSteps.join(', ')}`);
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(failedSteps.length ? 1 : 0);
