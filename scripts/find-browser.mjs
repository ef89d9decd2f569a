// Finds a Chromium or Chrome to test in: CHROME_PATH first, then the usual install paths.
// Kith never downloads a browser; CI installs Debian's Chromium with apt-get.
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

export const INSTALL_HINT = `No Chromium or Chrome was found.
Set CHROME_PATH to a Chromium or Chrome executable, or install one:
  Debian/Ubuntu:  sudo apt-get install -y chromium
  macOS:          brew install --cask chromium
Kith does not download browsers.`;

/** Returns the browser's path, or throws an Error that says how to install one. */
export function findBrowser() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH is set to ${fromEnv}, but no file is there.\n${INSTALL_HINT}`);
  }
  const found = CANDIDATES.find((path) => existsSync(path));
  if (!found) throw new Error(INSTALL_HINT);
  return found;
}

/** Flags Chromium needs to run headless as root on a locked-down machine (see TOOLCHAIN.md). */
export const BROWSER_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  // Tests run in several pages at once; a page in the background must keep full-speed
  // timers and rendering, or its tests stall (focus, announcer delays, animation frames).
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    console.log(findBrowser());
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
