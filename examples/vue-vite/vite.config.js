import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

export default defineConfig({
  root: import.meta.dirname,
  // Vue renders <kith-*> tags as custom elements instead of looking for Vue components.
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('kith-') } } })],
  build: { outDir: 'dist', emptyOutDir: true },
});
