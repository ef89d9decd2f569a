// Bench for the @kith/offline outbox in real Chromium, against a loopback endpoint:
// 1. 1,000 items queued offline, then sent to a healthy endpoint: the outbox (on disk,
//    exactly once, four at a time) against plain fetch POSTs of the same payloads (nothing kept).
// 2. 1,000 items after a spell of a failing, timing-out, response-dropping endpoint: the time
//    to drain once the endpoint is healthy (backoff 100 ms doubling to 1 s), against the same plain POSTs.
// Prints a table (median, min, max) and writes bench/results/offline-outbox.json.
// Usage: node scripts/offline-bench.mjs   (RUNS=3, ITEMS=1000 may be set)
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { bundleHarness, startServer, tempProfile, launch, openHarness } from './offline-harness.mjs';
import { runExactlyOnce } from './offline-exactly-once.mjs';

const RUNS = Number(process.env.RUNS ?? 3);
const ITEMS = Number(process.env.ITEMS ?? 1000);

const stats = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1], n: sorted.length };
};

/** Queues ITEMS offline, goes online, and times the drain; then times plain POSTs of as many payloads. */
async function healthyRun(script) {
  const applied = new Set();
  const server = await startServer(script, (req, res, body) => {
    if (req.method !== 'POST' || req.url !== '/apply') return res.writeHead(404).end();
    applied.add(req.headers['idempotency-key']);
    void body;
    res.writeHead(200).end();
  });
  const profile = tempProfile('bench');
  try {
    const browser = await launch(profile);
    const page = await openHarness(browser, server.origin);
    await page.evaluate(
      (options) => window.kithHarness.startApp(options),
      { name: 'bench', endpoint: `${server.origin}/apply`, timeoutMs: 5000, tab: 'A', baseMs: 100, maxMs: 1000, concurrency: 4 },
    );
    await page.setOfflineMode(true);
    await page.evaluate((count) => window.kithHarness.enqueue(0, count), ITEMS);
    let started = performance.now();
    await page.setOfflineMode(false);
    await page.evaluate(() => window.kithHarness.drained());
    const outboxMs = performance.now() - started;
    started = performance.now();
    await page.evaluate((endpoint, count) => window.kithHarness.plainPosts(endpoint, count, 4), `${server.origin}/apply`, ITEMS);
    const plainMs = performance.now() - started;
    await browser.close();
    return { outboxMs, plainMs, applied: applied.size };
  } finally {
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

const script = await bundleHarness();
const healthy = [];
const afterChaos = [];
for (let run = 0; run < RUNS; run++) {
  healthy.push(await healthyRun(script));
  const { figures, problems } = await runExactlyOnce({ items: ITEMS, seed: run + 1, chaosMs: 3000, crash: false });
  if (problems.length) {
    console.error(`run ${run + 1}: ${problems.join('; ')}`);
    process.exitCode = 1;
  }
  afterChaos.push(figures.secondsToDrainOnceHealthy * 1000);
}
const plain = stats(healthy.map((run) => run.plainMs));
const rows = [
  { measure: `${ITEMS} items sent to a healthy endpoint: outbox vs plain fetch (ms)`, subject: stats(healthy.map((run) => run.outboxMs)), baseline: plain },
  { measure: `${ITEMS} items: drain once the endpoint is healthy after failures vs plain fetch (ms)`, subject: stats(afterChaos), baseline: plain },
];
for (const row of rows) row.ratio = row.subject.median / row.baseline.median;

console.log(`\n@kith/offline outbox bench (${RUNS} runs, ${ITEMS} items)`);
console.table(
  rows.map((row) => ({
    measure: row.measure,
    'median ms': Math.round(row.subject.median),
    'min ms': Math.round(row.subject.min),
    'max ms': Math.round(row.subject.max),
    'plain median ms': Math.round(row.baseline.median),
    ratio: row.ratio.toFixed(2),
  })),
);
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/offline-outbox.json', `${JSON.stringify({ measuredAt: new Date().toISOString(), items: ITEMS, runs: RUNS, rows }, null, 2)}\n`);
console.log('Wrote bench/results/offline-outbox.json');
