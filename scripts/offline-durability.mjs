// Durability of @kith/offline in real Chromium: kill the whole browser with SIGKILL at random
// points while drafts and outbox items are being written, relaunch on the same profile, and
// check that every draft the library reported as saved is there, that no outbox item is
// half-written, and that the databases open. After every DELETE_EVERY-th kill (default 10;
// 0 never) the script also deletes the origin's IndexedDB files from the profile, as Chromium
// does when it finds them damaged on opening: every draft and outbox item reported saved must
// then come back from the copies the library keeps in the origin private file system (OPFS).
// Exits non-zero on any failure.
// Usage: node scripts/offline-durability.mjs   (KILLS=55, SEED=<n> and DELETE_EVERY=10 may be set)
import { bundleHarness, startServer, tempProfile, launch, openHarness, seededRandom, sleep } from './offline-harness.mjs';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const KILLS = Number(process.env.KILLS ?? 55);
/** Delete the IndexedDB files after every this many kills; 0 never. */
const DELETE_EVERY = Number(process.env.DELETE_EVERY ?? 10);
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

/** Deletes the IndexedDB files of an origin from a profile whose browser is dead; returns how many entries went. */
function deleteIndexedDb(profile, origin) {
  const folder = join(profile, 'Default', 'IndexedDB');
  const { hostname, port } = new URL(origin);
  // Chromium names them http_<host>_<port>.indexeddb.leveldb (and .blob for large values).
  const entries = readdirSync(folder).filter((name) => name.startsWith(`http_${hostname}_${port}.indexeddb.`));
  for (const name of entries) rmSync(join(folder, name), { recursive: true, force: true });
  return entries.length;
}

const script = await bundleHarness();
const server = await startServer(script);
const profile = tempProfile('durability');
const expected = [];
let kills = 0;
let writesReported = 0;
let lastVerify;
let recoveries = 0;
let deletions = 0;
let restoredAfterDeletion = 0;
let deletedBeforeThisCycle = false;

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
      if (deletedBeforeThisCycle) {
        restoredAfterDeletion += result.restoredRecords ?? 0;
        check(result.restoredRecords > 0, `after kill ${cycle} and deleting IndexedDB: the records were put back from the copies (${result.restoredRecords})`);
      } else if (result.restoredRecords > 0 || result.browserReportedDataLoss) {
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
    deletedBeforeThisCycle = DELETE_EVERY > 0 && kills % DELETE_EVERY === 0;
    if (deletedBeforeThisCycle) {
      deletions++;
      check(deleteIndexedDb(profile, server.origin) > 0, `after kill ${kills}: the origin's IndexedDB files were found and deleted`);
    }
    if (kills % 10 === 0) console.error(`offline-durability: ${kills} kills, ${writesReported} writes reported saved so far`);
  }
} finally {
  await server.close();
  rmSync(profile, { recursive: true, force: true });
}

check(kills >= 50, `at least 50 kills (performed ${kills})`);
if (DELETE_EVERY > 0) check(deletions >= Math.floor(KILLS / DELETE_EVERY), `IndexedDB deleted ${deletions} times`);
const summary = {
  seed: SEED,
  kills,
  databasesDeletedByBrowserAndRestored: recoveries,
  databasesDeletedByTest: deletions,
  recordsRestoredAfterTestDeletions: restoredAfterDeletion,
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
