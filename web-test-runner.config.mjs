import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { fileURLToPath } from 'node:url';
import { findBrowser, BROWSER_ARGS } from './scripts/find-browser.mjs';
import { countingReporter } from './scripts/counting-reporter.mjs';
import { axTreePlugin } from './scripts/ax-tree-plugin.mjs';
import { insertTextPlugin } from './scripts/insert-text-plugin.mjs';
import { rawImportPlugin } from './scripts/raw-import-plugin.mjs';
import { reactCommonjsPlugin } from './packages/react/test/react-commonjs-plugin.mjs';

const executablePath = findBrowser();

export default {
  // Everything, for `npm run test:unit`. `npm test` runs the same files in groups, a fresh
  // browser each (BROWSER_TEST_GROUPS in scripts/test.mjs says why).
  files: ['packages/*/src/**/*.test.ts', 'packages/tokens/test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['kith-source', 'browser', 'development'] },
  // One page at a time: a second page in the same browser is in the background, and a test
  // file there has been seen to stall (focus, animation frames, timers) on a busy machine.
  concurrency: 1,
  concurrentBrowsers: 1,
  testsFinishTimeout: 300_000,
  // Lit's dev-mode notice is expected in tests; every other browser log is shown.
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  testFramework: { config: { timeout: 30_000 } },
  // A failed assertion about an element is reported instead of hanging (see the script).
  testRunnerHtml: (testFramework) =>
    `<!DOCTYPE html><html><head><script src="/scripts/test-page-setup.js"></script></head><body><script type="module" src="${testFramework}"></script></body></html>`,
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath, headless: true, args: BROWSER_ARGS },
      // Each test page must behave as the focused, visible page, or its animation frames and
      // focus events never come (modernweb-dev/web#2808).
      async createPage({ context }) {
        const page = await context.newPage();
        const cdp = await page.createCDPSession();
        await cdp.send('Emulation.setFocusEmulationEnabled', { enabled: true });
        return page;
      },
    }),
  ],
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
    axTreePlugin(),
    insertTextPlugin(),
    rawImportPlugin(),
    // KITH_REACT=18 runs the @kith/react tests against React 18 (scripts/test.mjs does both).
    reactCommonjsPlugin({ react: process.env.KITH_REACT }),
  ],
  reporters: [defaultReporter(), countingReporter(process.env.KITH_RESULTS ?? 'unit')],
};
