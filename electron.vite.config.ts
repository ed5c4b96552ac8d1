// Builds the desktop app: main (ESM), preload (CommonJS, fully bundled, so it runs in Electron's
// sandbox) and the renderer from src/renderer. Browser mode builds the same renderer through
// vite.renderer.config.ts.
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { preloadFileName, searchWorkerEntryName } from './src/main/buildLayout';

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      sourcemap: true,
      // Runtime dependencies (better-sqlite3 and its native addon above all) load from node_modules.
      externalizeDeps: { include: ['better-sqlite3'] },
      rolldownOptions: {
        // The search worker runs in a thread of its own, from a file of its own.
        input: { index: resolve('src/main/index.ts'), [searchWorkerEntryName]: resolve('src/core/search/worker/searchWorker.ts') },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      sourcemap: true,
      // A sandboxed preload may require only 'electron': zod and the contract are bundled in.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve('src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: preloadFileName },
      },
    },
  },
  renderer: {
    root: 'src/renderer',
    plugins: [react()],
    build: {
      outDir: 'out/renderer',
      sourcemap: true,
      rolldownOptions: {
        input: { index: resolve('src/renderer/index.html') },
      },
    },
  },
});
