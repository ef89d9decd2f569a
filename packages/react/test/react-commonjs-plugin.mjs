// Serves React to the browser tests as ES modules. React ships CommonJS only; Vite converts it for
// apps, but web-test-runner serves files as they are. One esbuild bundle holds react, react-dom and
// react-dom/client (so the page has exactly one React) and each specifier re-exports its names.
//
// `react: '18'` serves React 18 instead of the root's React 19: the npm aliases `react-18` and
// `react-dom-18` (root devDependencies) stand in for `react` and `react-dom`, inside React DOM too.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';

const SPECIFIERS = ['react', 'react-dom', 'react-dom/client', 'react/jsx-runtime'];
const ALIASES = { 18: { react: 'react-18', 'react-dom': 'react-dom-18' }, 19: {} };
const PREFIX = '/__kith-react-commonjs__/';
const BUNDLE = `${PREFIX}bundle.js`;
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

export function reactCommonjsPlugin({ rootDir = process.cwd(), react = '19' } = {}) {
  const alias = ALIASES[react];
  if (!alias) throw new Error(`React ${react} is not installed for the tests; use one of ${Object.keys(ALIASES).join(', ')}`);
  const bundle = (format) =>
    build({
      stdin: { contents: `module.exports = { ${SPECIFIERS.map((s) => `'${s}': require('${s}')`).join(', ')} };`, resolveDir: rootDir, loader: 'js' },
      bundle: true,
      format,
      platform: 'browser',
      alias,
      write: false,
      logLevel: 'silent',
      define: { 'process.env.NODE_ENV': '"development"' },
    }).then((result) => result.outputFiles[0].text);
  // The names each specifier exports, read from the same bundle run in a child process (React's
  // development build wraps the console, which the runner owns). Fails if it is not the React asked for.
  const exportNames = async () => {
    const print = `console.log(JSON.stringify(Object.entries(module.exports).map(([s, m]) => [s, Object.keys(m), m.version])));`;
    const output = execFileSync(process.execPath, ['-'], { input: `${await bundle('cjs')}\n${print}`, cwd: rootDir, encoding: 'utf8' });
    const modules = JSON.parse(output.trim().split('\n').at(-1));
    for (const [specifier, , version] of modules) {
      if (version && !version.startsWith(`${react}.`)) throw new Error(`${specifier} is ${version}, not React ${react}`);
    }
    return Object.fromEntries(modules.map(([specifier, exported]) => [specifier, exported]));
  };
  let esmBundle;
  let names;
  return {
    name: 'kith-react-commonjs',
    resolveImport({ source }) {
      if (SPECIFIERS.includes(source)) return `${PREFIX}${source}.js`;
    },
    async serve(context) {
      if (!context.path.startsWith(PREFIX)) return;
      if (context.path === BUNDLE) return { body: await (esmBundle ??= bundle('esm')), type: 'js' };
      const specifier = context.path.slice(PREFIX.length, -'.js'.length);
      if (!SPECIFIERS.includes(specifier)) return;
      const exported = (await (names ??= exportNames()))[specifier].filter((name) => IDENTIFIER.test(name) && name !== 'default');
      return {
        body: `import modules from '${BUNDLE}';\nconst module = modules['${specifier}'];\nexport default module;\nexport const { ${exported.join(', ')} } = module;\n`,
        type: 'js',
      };
    },
  };
}
