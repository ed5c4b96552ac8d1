#!/usr/bin/env node
// `npm start`: the desktop app. The steps (Electron binary, Electron build of the SQLite driver,
// electron-vite build, launch) live in src/launcher/, loaded through tsx because Node 20 cannot
// run TypeScript; where Electron cannot be downloaded this fails within seconds, naming `npm run web`.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

try {
  const { defaultSetup, startDesktop } = await tsImport('../src/launcher/startDesktop.ts', import.meta.url);
  process.exitCode = await startDesktop(defaultSetup(root));
} catch (error) {
  console.error(`fulcrum start: ${error instanceof Error ? error.message : String(error)}`);
  console.error("Fulcrum's browser mode works without Electron: run `npm run web`.");
  process.exitCode = 1;
}
