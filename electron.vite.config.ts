import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { resolve } from 'node:path';
import { fontSubsets } from './build/font-subsets';

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // vault-worker.js runs in worker threads beside the main process (electron/core/session/vault-workers.ts).
      rollupOptions: {
        input: {
          index: resolve('electron/main/index.ts'),
          'vault-worker': resolve('electron/core/session/vault-worker.ts'),
        },
        // Every chunk beside index.js: modules find the worker and the built page from their own
        // folder (import.meta.url), whichever chunk the bundler puts them in.
        output: { chunkFileNames: '[name]-[hash].js' },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot require() packages: bundle zod and the contract into one CJS file.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve('electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve('renderer'),
    base: './',
    plugins: [react(), fontSubsets()],
    build: {
      outDir: resolve('out/renderer'),
      // summary.html is the page the PDF printers load (renderer/src/print/print-entry.tsx).
      rollupOptions: {
        input: { index: resolve('renderer/index.html'), summary: resolve('renderer/summary.html') },
      },
    },
  },
});
