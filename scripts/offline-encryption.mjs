// Encryption at rest of @kith/offline in real Chromium: with a key, a canary string written
// to drafts and the outbox must not be found by a byte search of the browser profile. A
// control run without a key must find it, or the search proves nothing. Exits non-zero on failure.
// Usage: node scripts/offline-encryption.mjs
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { bundleHarness, startServer, tempProfile, launch, openHarness } from './offline-harness.mjs';

const started = Date.now();
let passed = 0;
let failed = 0;
function check(ok, what) {
  if (ok) passed++;
  else {
    failed++;
    console.error(`FAILED: ${what}`);
  }
}

/** Every file under dir that contains the canary as UTF-8/Latin-1 or UTF-16LE bytes. */
function search(dir, canary) {
  const needles = [Buffer.from(canary, 'utf8'), Buffer.from(canary, 'utf16le')];
  const hits = [];
  let files = 0;
  let bytes = 0;
  const walk = (path) => {
    for (const entry of readdirSync(path, { withFileTypes: true })) {
      const full = join(path, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) {
        files++;
        bytes += statSync(full).size;
        const content = readFileSync(full);
        if (needles.some((needle) => content.includes(needle))) hits.push(full.slice(dir.length + 1));
      }
    }
  };
  walk(dir);
  return { hits, files, bytes };
}

/** Writes the canary in a fresh profile, closes the browser, and searches the profile. */
async function run(server, encrypt) {
  const canary = `KITHCANARY${randomBytes(12).toString('hex')}`;
  const profile = tempProfile(encrypt ? 'encrypted' : 'plain');
  try {
    const browser = await launch(profile);
    const page = await openHarness(browser, server.origin);
    const readBack = await page.evaluate((text, withKey) => window.kithHarness.writeCanary(text, withKey), canary, encrypt);
    check(readBack, `${encrypt ? 'encrypted' : 'plain'}: the canary reads back through the library`);
    await browser.close();
    return search(profile, canary);
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

const server = await startServer(await bundleHarness());
let plain;
let encrypted;
try {
  plain = await run(server, false);
  check(plain.hits.length > 0, 'control: without a key the canary is found in the profile (the search works)');
  encrypted = await run(server, true);
  check(encrypted.hits.length === 0, `with a key the canary is nowhere in the profile (found in: ${encrypted.hits.join(', ')})`);
} finally {
  await server.close();
}
console.log(
  JSON.stringify({
    plainProfile: { filesSearched: plain?.files, bytesSearched: plain?.bytes, filesWithCanary: plain?.hits },
    encryptedProfile: { filesSearched: encrypted?.files, bytesSearched: encrypted?.bytes, filesWithCanary: encrypted?.hits },
    seconds: (Date.now() - started) / 1000,
  }),
);
console.log(`offline-encryption: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
