// Where the built parts of the desktop app sit: electron-vite writes out/main, out/preload and
// out/renderer side by side. The build config and the main process both read these names.
import path from 'node:path';

/** The preload is built as CommonJS: Electron runs an ESM preload only without the sandbox. */
export const preloadFileName = 'index.cjs';

/** The search worker, built beside the main process as an entry of its own (its name without `.js`). */
export const searchWorkerEntryName = 'searchWorker';

export interface BuiltLayout {
  preload: string;
  rendererDir: string;
  searchWorker: string;
}

/** The preload file and the renderer folder, from the folder holding the built main process. */
export function builtLayout(mainDir: string): BuiltLayout {
  const outDir = path.dirname(mainDir);
  return {
    preload: path.join(outDir, 'preload', preloadFileName),
    rendererDir: path.join(outDir, 'renderer'),
    searchWorker: path.join(mainDir, `${searchWorkerEntryName}.js`),
  };
}
