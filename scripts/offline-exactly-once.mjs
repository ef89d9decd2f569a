// Exactly-once delivery of @kith/offline in real Chromium: 1,000 outbox items against a
// loopback endpoint that fails, times out and drops responses after committing, with the
// browser killed once mid-way. Every item must be applied exactly once (the server dedupes
// on the idempotency key, so an item that got a new key on retry would be applied twice),
// and the outbox must drain once the endpoint is healthy. The scenario runs twice: one item
// per request through send(), then batches of 50 through sendBatch(), where the endpoint also
// answers some items 'retry' and sometimes gives too few results. Exits non-zero on any failure.
// Usage: node scripts/offline-exactly-once.mjs   (ITEMS=1000, SEED=<n> may be set)
import { rmSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { bundleHarness, startServer, tempProfile, launch, openHarness, seededRandom, sleep } from './offline-harness.mjs';

/**
 * The test endpoint, misbehaving while unhealthy: POST /apply commits { n } once per idempotency
 * key (the idempotency-key header); POST /apply-batch takes [{ key, payload: { n } }] and answers
 * with one result per item, 'sent' or 'retry'.
 */
export function chaoticEndpoint(random, { timeoutMs }) {
  const state = {
    healthy: false,
    appliedKeys: new Map(),
    appliedByN: new Map(),
    requests: 0,
    replays: 0,
    behaviours: { ok: 0, refused: 0, 'committed-then-500': 0, 'committed-then-dropped': 0, 'timed-out': 0, 'some-items-retry': 0, 'too-few-results': 0 },
  };
  const commit = (key, n) => {
    if (state.appliedKeys.has(key)) {
      state.replays++;
      return;
    }
    state.appliedKeys.set(key, n);
    state.appliedByN.set(n, (state.appliedByN.get(n) ?? 0) + 1);
  };
  /** The changes a request carries as [key, n] pairs, or null when it is not a well-formed request. */
  const changesOf = (req, body) => {
    const parsed = JSON.parse(body || 'null');
    if (req.url === '/apply') return [[req.headers['idempotency-key'], parsed?.n]];
    if (req.url === '/apply-batch' && Array.isArray(parsed)) return parsed.map((change) => [change?.key, change?.payload?.n]);
    return null;
  };
  const handle = (req, res, body) => {
    const changes = req.method === 'POST' ? changesOf(req, body) : null;
    if (!changes) return res.writeHead(404).end();
    if (!changes.every(([key, n]) => typeof key === 'string' && Number.isInteger(n))) return res.writeHead(400).end();
    const batch = req.url === '/apply-batch';
    state.requests++;
    const roll = state.healthy ? 1 : random();
    const behaviour =
      roll < 0.2 ? 'refused'
      : roll < 0.35 ? 'committed-then-500'
      : roll < 0.5 ? 'committed-then-dropped'
      : roll < 0.6 ? 'timed-out'
      : batch && roll < 0.7 ? 'some-items-retry'
      : batch && roll < 0.8 ? 'too-few-results'
      : 'ok';
    state.behaviours[behaviour]++;
    const commitAll = () => changes.forEach(([key, n]) => commit(key, n));
    const answer = (results) => res.writeHead(200, { 'content-type': 'application/json' }).end(batch ? JSON.stringify(results) : '');
    switch (behaviour) {
      case 'refused':
        return res.writeHead(503).end();
      case 'committed-then-500':
        commitAll();
        return res.writeHead(500).end();
      case 'committed-then-dropped':
        commitAll();
        return req.socket.destroy();
      case 'timed-out':
        // Answers after the client gave up; half the time each change was committed meanwhile.
        return setTimeout(() => {
          for (const [key, n] of changes) if (random() < 0.5) commit(key, n);
          answer(changes.map(() => 'sent'));
        }, timeoutMs * 2);
      case 'some-items-retry':
        // Per item: a third not applied ('retry'), a third applied but answered 'retry', a third applied and 'sent'.
        return answer(
          changes.map(([key, n]) => {
            const itemRoll = random();
            if (itemRoll >= 1 / 3) commit(key, n);
            return itemRoll < 2 / 3 ? 'retry' : 'sent';
          }),
        );
      case 'too-few-results':
        // Everything applied, but the answer leaves the last item out: the client must send them all again.
        commitAll();
        return answer(changes.slice(1).map(() => 'sent'));
      default:
        commitAll();
        return answer(changes.map(() => 'sent'));
    }
  };
  return { state, handle };
}

/** The application's options: one item per request through send(), or batches of 50 through sendBatch(). */
const APP = (origin, mode) => ({
  name: 'exactly-once',
  timeoutMs: 400,
  tab: 'A',
  baseMs: 100,
  maxMs: 1000,
  concurrency: 4,
  ...(mode === 'sendBatch' ? { endpoint: `${origin}/apply-batch`, batchSize: 50 } : { endpoint: `${origin}/apply` }),
});

/** Runs the whole scenario once, with mode 'send' or 'sendBatch', and returns the measured figures and any problems. */
export async function runExactlyOnce({ items = 1000, seed = 1, chaosMs = 4000, crash = true, mode = 'send' } = {}) {
  const random = seededRandom(seed);
  const app = APP('', mode);
  const endpoint = chaoticEndpoint(random, { timeoutMs: app.timeoutMs });
  const server = await startServer(await bundleHarness(), endpoint.handle);
  const profile = tempProfile('exactly-once');
  const problems = [];
  const figures = { mode, items, seed };
  try {
    let browser = await launch(profile);
    let page = await openHarness(browser, server.origin);
    await page.evaluate((options) => window.kithHarness.startApp(options), APP(server.origin, mode));
    // Every item is queued offline, so the chaos and the kill meet the whole outbox.
    await page.setOfflineMode(true);
    let started = Date.now();
    await page.evaluate((count) => window.kithHarness.enqueue(0, count), items);
    figures.enqueueSeconds = (Date.now() - started) / 1000;
    await page.setOfflineMode(false);
    started = Date.now();
    if (crash) {
      // Kill the browser mid-delivery, with sends in flight, and carry on from the same profile.
      await sleep(chaosMs / 2);
      const shown = await page.evaluate(() => window.kithHarness.shown());
      figures.unsentAtKill = shown.pending + shown.failed;
      const child = browser.process();
      const exited = new Promise((resolve) => child.once('exit', resolve));
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
      await exited;
      browser = await launch(profile);
      page = await openHarness(browser, server.origin);
      await page.evaluate((options) => window.kithHarness.startApp(options), APP(server.origin, mode));
    }
    await sleep(Math.max(0, chaosMs - (Date.now() - started)));
    figures.appliedDuringChaos = endpoint.state.appliedKeys.size;
    endpoint.state.healthy = true;
    const healthyAt = Date.now();
    await page.evaluate(() => window.kithHarness.drained());
    figures.secondsToDrainOnceHealthy = (Date.now() - healthyAt) / 1000;
    const shown = await page.evaluate(() => window.kithHarness.shown());
    if (shown.pending + shown.failed + shown.conflicts !== 0) problems.push(`the page still shows ${JSON.stringify(shown)}`);
    await browser.close();
  } finally {
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  }
  const { appliedByN, appliedKeys, requests, replays, behaviours } = endpoint.state;
  let exactlyOnce = 0;
  for (let n = 0; n < items; n++) {
    const times = appliedByN.get(n) ?? 0;
    if (times === 1) exactlyOnce++;
    else if (problems.length < 10) problems.push(`item ${n} applied ${times} times`);
  }
  if (appliedKeys.size !== items) problems.push(`${appliedKeys.size} idempotency keys applied for ${items} items`);
  Object.assign(figures, { appliedExactlyOnce: exactlyOnce, requests, duplicateDeliveriesDeduped: replays, behaviours });
  return { figures, problems };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const seed = Number(process.env.SEED ?? Math.floor(Math.random() * 2 ** 31));
  const items = Number(process.env.ITEMS ?? 1000);
  let passed = 0;
  let failed = 0;
  for (const mode of ['send', 'sendBatch']) {
    const started = Date.now();
    const { figures, problems } = await runExactlyOnce({ items, seed, mode });
    const checks = [
      [problems.length === 0, `every item applied exactly once and the outbox empty: ${problems.join('; ')}`],
      [figures.appliedExactlyOnce === items, `${figures.appliedExactlyOnce} of ${items} items applied exactly once`],
      [figures.duplicateDeliveriesDeduped > 0, 'the endpoint saw repeated deliveries (the chaos really happened)'],
      [figures.behaviours['committed-then-dropped'] > 0 && figures.behaviours['timed-out'] > 0, 'responses were dropped and timed out'],
      [figures.unsentAtKill > 0, 'the browser was killed with items still to send'],
    ];
    if (mode === 'sendBatch') {
      checks.push([figures.behaviours['some-items-retry'] > 0 && figures.behaviours['too-few-results'] > 0, 'batches were answered item by item and with too few results']);
    }
    for (const [ok, what] of checks) {
      if (ok) passed++;
      else {
        failed++;
        console.error(`FAILED (${mode}): ${what}`);
      }
    }
    console.log(JSON.stringify({ ...figures, seconds: (Date.now() - started) / 1000 }));
  }
  console.log(`offline-exactly-once: ${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}
