// A plain Vite app: Vite 8 compiles the JSX itself, and resolves @kith/react like any package.
import { defineConfig } from 'vite';

export default defineConfig({
  root: import.meta.dirname,
  build: { outDir: 'dist', emptyOutDir: true },
});
