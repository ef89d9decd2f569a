// Runs only the @kith/react tests, with React served as ES modules (the root config's plugin):
//   npx web-test-runner --config packages/react/web-test-runner.config.mjs
//   KITH_REACT=18 npx web-test-runner --config packages/react/web-test-runner.config.mjs
import { defaultReporter } from '@web/test-runner';
import base from '../../web-test-runner.config.mjs';

export default {
  ...base,
  files: ['packages/react/src/**/*.test.ts'],
  reporters: [defaultReporter()],
};
