// Runs only the @kith/react tests, with React served as ES modules:
//   npx web-test-runner --config packages/react/web-test-runner.config.mjs
// (The root config needs the same plugin for `npx web-test-runner` to run these tests.)
import { defaultReporter } from '@web/test-runner';
import base from '../../web-test-runner.config.mjs';
import { reactCommonjsPlugin } from './test/react-commonjs-plugin.mjs';

export default {
  ...base,
  files: ['packages/react/src/**/*.test.ts'],
  plugins: [...base.plugins, reactCommonjsPlugin()],
  reporters: [defaultReporter()],
};
