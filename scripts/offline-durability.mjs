// Durability of @kith/offline in real Chromium: kill the whole browser with SIGKILL at random
// points while drafts and outbox items are being written, relaunch on the same profile, and
// check that every draft the library reported as saved is there, that no outbox item is
// half-written, and that the databases open. Exits non-zero on any failure.
// Usage: node scripts/offline-durability.mjs   (KILLS=55 and SEED=<n> may be set)
import { bundleHarness, startServer, tempProfile, launch, openHarness, seededRandom, sleep } from './offline-harness.mjs';
import { rmSync } from 'node:fs';

const KILLS = Number(process.env.KILLS ?? 55);
const SEED = Number(process.env.SEED ?? Math.floor(Math.random() * 2 ** 31));
const random = seededRandom(SEED);
const started = Date.now();
let passed = 0;
let failed = 0;
const failures = [];

function check(ok, what) {
  if (ok) passed++;
  else {
    failed++;
    failures.push(what);
    console.error(`FAILED: ${what}`);
  }
}

/** SIGKILL to the browser's whole process group (browser, renderers, storage), as a dead battery would. */
async function killHard(browser) {
  const child = browser.process();
  const exited = new Promise((resolve) => (child.exitCode !== null ? resolve() : child.once('exit', resolve)));
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    child.kill('SIGKILL');
  }
  await exited;
  browser.disconnect().catch(() => undefined);
}

const script = await bundleHarness();
const server = await startServer(script);
const profile = tempProfile('durability');
const expected = [];
let kills = 0;
let writesReported = 0;
let lastVerify;
let recoveries = 0;

try {
  for (let cycle = 0; cycle <= KILLS; cycle++) {
    const browser = await launch(profile);
    const page = await openHarness(browser, server.origin);
    if (cycle > 0) {
      let result;
      try {
        result = await page.evaluate((entries) => window.kithHarness.verify(entries), expected);
      } catch (error) {
        result = { problems: [`the databases did not open: ${error.message}`], problemCount: 1 };
      }
      lastVerify = result;
      if (result.restoredRecords > 0 || result.browserReportedDataLoss) {
        // Chromium deleted the damaged database on open; the library put the records back.
        recoveries++;
        console.error(`offline-durability: after kill ${cycle} the browser had deleted the database; ${result.restoredRecords} records put back`);
      }
      check(result.problemCount === 0, `after kill ${cycle}: ${result.problemCount} problem(s): ${result.problems.join('; ')}`);
    }
    if (cycle === KILLS) {
      await browser.close();
      break;
    }
    const reported = [];
    let first;
    const firstWrite = new Promise((resolve) => (first = resolve));
    await page.exposeFunction('reportSaved', (kind, store, key, checkValue) => {
      reported.push({ kind, store, key, check: checkValue, cycle });
      first();
    });
    page.evaluate((n) => window.kithHarness.writeForever(n), cycle).catch(() => undefined);
    await firstWrite;
    // A random point in the stream of writes: anywhere from at once to 400 ms in.
    await sleep(Math.floor(random() * 400));
    await killHard(browser);
    kills++;
    expected.push(...reported);
    writesReported += reported.length;
    if (kills % 10 === 0) console.error(`offline-durability: ${kills} kills, ${writesReported} writes reported saved so far`);
  }
} finally {
  await server.close();
  rmSync(profile, { recursive: true, force: true });
}

check(kills >= 50, `at least 50 kills (performed ${kills})`);
const summary = {
  seed: SEED,
  kills,
  databasesDeletedByBrowserAndRestored: recoveries,
  writesReportedSaved: writesReported,
  draftsVerified: lastVerify?.draftsVerified ?? 0,
  outboxItemsVerified: lastVerify?.itemsVerified ?? 0,
  draftsOnDisk: lastVerify?.draftsOnDisk ?? 0,
  outboxItemsOnDisk: lastVerify?.itemsOnDisk ?? 0,
  seconds: Math.round((Date.now() - started) / 100) / 10,
};
console.log(JSON.stringify(summary));
console.log(`offline-durability: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
