// Runs after `npm install` / `npm ci`: makes `npx fulcrum` work inside this project. npm links the
// bins of dependencies into node_modules/.bin but never the project's own, so we add it here.
import { chmodSync, existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const binDir = path.join(root, 'node_modules', '.bin');
const target = path.join(root, 'bin', 'fulcrum.js');

if (existsSync(path.join(root, 'node_modules'))) {
  mkdirSync(binDir, { recursive: true });
  if (process.platform === 'win32') {
    writeFileSync(path.join(binDir, 'fulcrum.cmd'), `@node "${target}" %*\r\n`);
  } else {
    const link = path.join(binDir, 'fulcrum');
    rmSync(link, { force: true });
    symlinkSync(path.relative(binDir, target), link);
    chmodSync(target, 0o755);
  }
}
