// Serves React to the browser tests as ES modules. React ships CommonJS only; Vite converts it for
// apps, but web-test-runner serves files as they are. One esbuild bundle holds react, react-dom and
// react-dom/client (so the page has exactly one React) and each specifier re-exports its names.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';

const SPECIFIERS = ['react', 'react-dom', 'react-dom/client', 'react/jsx-runtime'];
const PREFIX = '/__kith-react-commonjs__/';
const BUNDLE = `${PREFIX}bundle.js`;
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

export function reactCommonjsPlugin({ rootDir = process.cwd() } = {}) {
  let bundle;
  // Read in a child process: React's development build wraps the console, which the runner owns.
  const exportNames = (specifier) =>
    JSON.parse(
      execFileSync(process.execPath, ['-e', `console.log(JSON.stringify(Object.keys(require(${JSON.stringify(specifier)}))))`], {
        cwd: rootDir,
        encoding: 'utf8',
      }),
    );
  const buildBundle = async () => {
    const result = await build({
      stdin: {
        contents: `export const modules = { ${SPECIFIERS.map((s) => `'${s}': require('${s}')`).join(', ')} };`,
        resolveDir: rootDir,
        loader: 'js',
      },
      bundle: true,
      format: 'esm',
      platform: 'browser',
      write: false,
      logLevel: 'silent',
      define: { 'process.env.NODE_ENV': '"development"' },
    });
    return result.outputFiles[0].text;
  };
  return {
    name: 'kith-react-commonjs',
    resolveImport({ source }) {
      if (SPECIFIERS.includes(source)) return `${PREFIX}${source}.js`;
    },
    async serve(context) {
      if (!context.path.startsWith(PREFIX)) return;
      if (context.path === BUNDLE) return { body: await (bundle ??= buildBundle()), type: 'js' };
      const specifier = context.path.slice(PREFIX.length, -'.js'.length);
      if (!SPECIFIERS.includes(specifier)) return;
      const names = exportNames(specifier).filter((name) => IDENTIFIER.test(name) && name !== 'default');
      return {
        body: `import { modules } from '${BUNDLE}';\nconst module = modules['${specifier}'];\nexport default module;\nexport const { ${names.join(', ')} } = module;\n`,
        type: 'js',
      };
    },
  };
}
