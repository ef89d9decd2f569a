// How long one draft save takes in real Chromium, on a device that holds other records' drafts,
// plain and encrypted: a save as before, against a save over the draft the form last saw (the
// check that keeps one record open in two tabs from writing over the other tab's answers: it
// reads the device's drafts, under a Web Lock, before it writes). No target; it shows the cost.
// Writes bench/results/drafts.json. Usage: node bench/drafts.bench.mjs   (SAVES=30 may be set)
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { bundleHarness, startServer, tempProfile, launch, openHarness } from '../scripts/offline-harness.mjs';

const SAVES = Number(process.env.SAVES ?? 30);
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

const server = await startServer(await bundleHarness());
const profile = tempProfile('drafts-bench');
const rows = [];
try {
  const browser = await launch(profile);
  const page = await openHarness(browser, server.origin);
  for (const encrypt of [false, true]) {
    for (const others of [0, 20, 100]) {
      const times = await page.evaluate((options) => window.kithHarness.timeDraftSaves(options), { name: `drafts-bench-${encrypt}-${others}`, encrypt, others, saves: SAVES });
      const plain = median(times.plain);
      const over = median(times.over);
      rows.push({ encrypted: encrypt, otherDrafts: others, saves: SAVES, plainMs: plain, overMs: over, ratio: over / plain });
    }
  }
  await browser.close();
} finally {
  await server.close();
  rmSync(profile, { recursive: true, force: true });
}

console.log(`\n### Drafts: one 2 kB draft saved (strict durability, read back), median of ${SAVES} saves each`);
console.log('| store | other drafts on the device | save (ms) | save over the draft last seen (ms) | ratio |');
console.log('|---|---:|---:|---:|---:|');
for (const row of rows) {
  console.log(`| ${row.encrypted ? 'encrypted' : 'plain'} | ${row.otherDrafts} | ${row.plainMs.toFixed(1)} | ${row.overMs.toFixed(1)} | ${row.ratio.toFixed(2)}× |`);
}
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/drafts.json', `${JSON.stringify({ measuredAt: new Date().toISOString(), rows }, null, 2)}\n`);
