// Bench for the @kith/offline outbox in real Chromium, against a loopback endpoint:
// 1. 1,000 items queued offline, then sent to a healthy endpoint: the outbox (on disk, exactly
//    once, four requests at a time) sending one item per request through send(), and 50 per
//    request through sendBatch(), against plain fetch POSTs of the same payloads (nothing kept).
// 2. 1,000 items after a spell of a failing, timing-out, response-dropping endpoint: the time
//    to drain once the endpoint is healthy (backoff 100 ms doubling to 1 s), through send() and
//    through sendBatch(), against the same plain POSTs.
// Issue #4 asks for 1,000 items drained in at most 2 s once the endpoint is healthy.
// Prints a table (median, min, max) and writes bench/results/offline-outbox.json.
// Usage: node scripts/offline-bench.mjs   (RUNS=3, ITEMS=1000 may be set)
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { bundleHarness, startServer, tempProfile, launch, openHarness } from './offline-harness.mjs';
import { runExactlyOnce } from './offline-exactly-once.mjs';

const RUNS = Number(process.env.RUNS ?? 3);
const ITEMS = Number(process.env.ITEMS ?? 1000);
const TARGET_MS = 2000;
const MODES = ['send', 'sendBatch'];

const stats = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1], n: sorted.length };
};

/** Queues ITEMS offline, goes online, and times the drain through send() and through sendBatch(); then times plain POSTs of as many payloads. */
async function healthyRun(script) {
  const applied = new Set();
  const server = await startServer(script, (req, res, body) => {
    if (req.method !== 'POST') return res.writeHead(404).end();
    if (req.url === '/apply') {
      applied.add(req.headers['idempotency-key']);
      return res.writeHead(200).end();
    }
    if (req.url === '/apply-batch') {
      const changes = JSON.parse(body);
      for (const { key } of changes) applied.add(key);
      return res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(changes.map(() => 'sent')));
    }
    return res.writeHead(404).end();
  });
  const profile = tempProfile('bench');
  try {
    const browser = await launch(profile);
    const page = await openHarness(browser, server.origin);
    const run = { applied: {} };
    for (const mode of MODES) {
      const batch = mode === 'sendBatch' ? { endpoint: `${server.origin}/apply-batch`, batchSize: 50 } : { endpoint: `${server.origin}/apply` };
      await page.evaluate((options) => window.kithHarness.startApp(options), {
        name: `bench-${mode}`,
        timeoutMs: 5000,
        tab: 'A',
        baseMs: 100,
        maxMs: 1000,
        concurrency: 4,
        ...batch,
      });
      await page.setOfflineMode(true);
      await page.evaluate((count) => window.kithHarness.enqueue(0, count), ITEMS);
      applied.clear();
      const started = performance.now();
      await page.setOfflineMode(false);
      await page.evaluate(() => window.kithHarness.drained());
      run[mode] = performance.now() - started;
      run.applied[mode] = applied.size;
    }
    const started = performance.now();
    await page.evaluate((endpoint, count) => window.kithHarness.plainPosts(endpoint, count, 4), `${server.origin}/apply`, ITEMS);
    run.plain = performance.now() - started;
    await browser.close();
    return run;
  } finally {
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

const script = await bundleHarness();
const healthy = [];
const afterChaos = { send: [], sendBatch: [] };
for (let run = 0; run < RUNS; run++) {
  const measured = await healthyRun(script);
  for (const mode of MODES) {
    if (measured.applied[mode] !== ITEMS) {
      console.error(`run ${run + 1}: ${measured.applied[mode]} of ${ITEMS} items reached the endpoint through ${mode}()`);
      process.exitCode = 1;
    }
  }
  healthy.push(measured);
  for (const mode of MODES) {
    const { figures, problems } = await runExactlyOnce({ items: ITEMS, seed: run + 1, chaosMs: 3000, crash: false, mode });
    if (problems.length) {
      console.error(`run ${run + 1} (${mode}): ${problems.join('; ')}`);
      process.exitCode = 1;
    }
    afterChaos[mode].push(figures.secondsToDrainOnceHealthy * 1000);
  }
}
const plain = stats(healthy.map((run) => run.plain));
const rows = [
  { measure: `${ITEMS} items sent to a healthy endpoint: plain fetch, one POST each, nothing kept (ms)`, subject: plain, baseline: plain },
  ...MODES.map((mode) => ({ measure: `${ITEMS} items sent to a healthy endpoint: outbox through ${mode}() vs plain fetch (ms)`, subject: stats(healthy.map((run) => run[mode])), baseline: plain })),
  ...MODES.map((mode) => ({ measure: `${ITEMS} items: drain through ${mode}() once the endpoint is healthy after failures vs plain fetch (ms)`, subject: stats(afterChaos[mode]), baseline: plain })),
];
for (const row of rows) {
  row.ratio = row.subject.median / row.baseline.median;
  row.withinTarget = row.subject.median <= TARGET_MS;
}

console.log(`\n@kith/offline outbox bench (${RUNS} runs, ${ITEMS} items)`);
console.table(
  rows.map((row) => ({
    measure: row.measure,
    'median ms': Math.round(row.subject.median),
    'min ms': Math.round(row.subject.min),
    'max ms': Math.round(row.subject.max),
    'plain median ms': Math.round(row.baseline.median),
    ratio: row.ratio.toFixed(2),
    [`median ≤ ${TARGET_MS} ms`]: row.withinTarget ? 'yes' : 'no',
  })),
);
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/offline-outbox.json', `${JSON.stringify({ measuredAt: new Date().toISOString(), items: ITEMS, runs: RUNS, targetMs: TARGET_MS, rows }, null, 2)}\n`);
console.log('Wrote bench/results/offline-outbox.json');
