// `npm start` against a real temporary project: stand-in scripts play electron's install.js,
// prebuild-install, node-gyp, electron-vite and the Electron binary, so every branch runs for real
// without touching the network or this project's node_modules.
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../test/support/tempDirs';
import { electronBindingPath } from '../main/nativeBinding';
import { defaultSetup, ensureNativeBinding, findElectron, startDesktop, type DesktopSetup, type ElectronFound } from './startDesktop';

const posixOnly = process.platform === 'win32' ? it.skip : it;

let root: string;
let cleanup: () => Promise<void>;
let output: string[];

function write(file: string, text: string, executable = false): string {
  const full = path.join(root, file);
  mkdirSync(path.dirname(full), { recursive: true });
  writeFileSync(full, text);
  if (executable) chmodSync(full, 0o755);
  return full;
}

/** A Node script that appends its name to calls.log, then does `body`. */
function stub(file: string, body: string): string {
  return write(file, `const fs = require('node:fs');\nfs.appendFileSync(${JSON.stringify(path.join(root, 'calls.log'))}, ${JSON.stringify(path.basename(path.dirname(file)))} + '\\n');\n${body}\n`);
}

function calls(): string[] {
  const log = path.join(root, 'calls.log');
  return existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n') : [];
}

const offlineInstall = `process.stderr.write('TypeError: fetch failed\\n    at node:internal/deps/undici/undici:14976:13\\n'); process.exit(1);`;
const fakeElectron = `#!/bin/sh\nprintf '%s\\n' "$PWD" "$FULCRUM_SQLITE_BINDING" "run-as-node=$ELECTRON_RUN_AS_NODE" "$@" > launched.txt\nexit 0\n`;

function setup(overrides: Partial<DesktopSetup> = {}): DesktopSetup {
  return {
    ...defaultSetup(root),
    prebuildInstallScript: () => null,
    nodeGypScript: () => null,
    electronViteScript: stub('stubs/electron-vite/bin.js', 'process.exit(0);'),
    env: { PATH: process.env.PATH, ELECTRON_RUN_AS_NODE: '1' },
    platform: 'linux',
    log: (line) => output.push(line),
    report: (line) => output.push(line),
    ...overrides,
  };
}

beforeEach(async () => {
  ({ dir: root, cleanup } = await makeTempDir('fulcrum-start-'));
  output = [];
  write('package.json', JSON.stringify({ name: 'fixture', productName: 'Fixture', main: 'out/main/index.js' }));
  write('node_modules/electron/package.json', JSON.stringify({ name: 'electron', version: '45.5.0' }));
  write('node_modules/electron/abi_version', '150');
  write('node_modules/better-sqlite3/package.json', JSON.stringify({ name: 'better-sqlite3', version: '12.11.1' }));
  write('node_modules/better-sqlite3/binding.gyp', '{}');
  write('node_modules/better-sqlite3/deps/sqlite3/sqlite3.c', '/* sqlite */');
  write('node_modules/better-sqlite3/build/Release/better_sqlite3.node', 'node build');
  write('node_modules/better-sqlite3/node_modules/bindings/index.js', '');
});
afterEach(() => cleanup());

describe('without an Electron binary', () => {
  it('tries electron\'s own download once, then stops with a message naming browser mode', async () => {
    stub('node_modules/electron/install.js', offlineInstall);
    const code = await startDesktop(setup());
    expect(code).toBe(1);
    expect(calls()).toEqual(['electron']);
    expect(output.at(-1)).toBe(
      "Fulcrum's desktop app cannot start: the Electron binary could not be downloaded (no network access to its download host: TypeError: fetch failed). Fulcrum's browser mode works without it: run `npm run web`.",
    );
    expect(existsSync(path.join(root, '.native'))).toBe(false);
  });

  it('gives up on a download that hangs', async () => {
    stub('node_modules/electron/install.js', 'setTimeout(() => {}, 60_000);');
    const found = findElectron(setup({ installTimeoutMs: 300 }));
    expect(found).toEqual({ ok: false, message: expect.stringMatching(/could not be downloaded .*gave up after .*npm run web/) });
  });

  it('uses the binary once the download wrote it', () => {
    stub(
      'node_modules/electron/install.js',
      `fs.mkdirSync(__dirname + '/dist', { recursive: true }); fs.writeFileSync(__dirname + '/dist/electron', ''); fs.writeFileSync(__dirname + '/path.txt', 'electron');`,
    );
    expect(findElectron(setup())).toEqual({
      ok: true,
      value: { executable: path.join(root, 'node_modules/electron/dist/electron'), version: '45.5.0', abi: '150' },
    });
  });

  it('says when electron is not installed at all', () => {
    const found = findElectron(setup({ electronDir: path.join(root, 'node_modules', 'nothing') }));
    expect(found).toMatchObject({ ok: false, message: expect.stringContaining('npm install') });
  });
});

describe('the Electron build of better-sqlite3', () => {
  const electron: ElectronFound = { executable: '/x/electron', version: '45.5.0', abi: '150' };
  const nodeBuild = () => readFileSync(path.join(root, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node'), 'utf8');

  it('is built in a copy without the Node build, and lands in .native', () => {
    const prebuild = stub(
      'stubs/prebuild-install/bin.js',
      `if (fs.existsSync('build') || fs.existsSync('node_modules')) process.exit(3);
       fs.writeFileSync(${JSON.stringify(path.join(root, 'prebuild-args.json'))}, JSON.stringify({ cwd: process.cwd(), args: process.argv.slice(2) }));
       fs.mkdirSync('build/Release', { recursive: true }); fs.writeFileSync('build/Release/better_sqlite3.node', 'electron build');`,
    );
    const result = ensureNativeBinding(setup({ prebuildInstallScript: () => prebuild }), electron);
    const target = electronBindingPath(root, '45.5.0', '150');
    expect(result).toEqual({ ok: true, value: target });
    expect(readFileSync(target, 'utf8')).toBe('electron build');
    expect(nodeBuild()).toBe('node build');
    const seen = JSON.parse(readFileSync(path.join(root, 'prebuild-args.json'), 'utf8')) as { cwd: string; args: string[] };
    expect(seen.args).toEqual(['--runtime', 'electron', '--target', '45.5.0', '--arch', process.arch, '--verbose']);
    expect(seen.cwd.startsWith(root)).toBe(false);
    expect(existsSync(seen.cwd)).toBe(false);
    expect(ensureNativeBinding(setup({ prebuildInstallScript: () => prebuild }), electron)).toEqual({ ok: true, value: target });
    expect(calls()).toEqual(['prebuild-install']);
  });

  it('falls back to node-gyp, and reports both failures plainly', () => {
    const prebuild = stub('stubs/prebuild-install/bin.js', `console.error('prebuild-install warn install No prebuilt binaries found (target=45.5.0 runtime=electron)'); process.exit(1);`);
    const nodeGyp = stub('stubs/node-gyp/bin.js', `console.error('gyp ERR! stack Error: getaddrinfo ENOTFOUND electronjs.org'); process.exit(1);`);
    const result = ensureNativeBinding(setup({ prebuildInstallScript: () => prebuild, nodeGypScript: () => nodeGyp }), electron);
    expect(calls()).toEqual(['prebuild-install', 'node-gyp']);
    expect(result.ok).toBe(false);
    const message = (result as { message: string }).message;
    expect(message).toContain('could not be built for Electron 45.5.0');
    expect(message).toContain('No prebuilt binaries found');
    expect(message).toContain('ENOTFOUND electronjs.org');
    expect(message).toContain('npm run web');
    expect(existsSync(electronBindingPath(root, '45.5.0', '150'))).toBe(false);
    expect(nodeBuild()).toBe('node build');
  });

  it('says so when there is no tool to build it with', () => {
    const result = ensureNativeBinding(setup(), electron);
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining('neither prebuild-install nor node-gyp was found') });
  });
});

describe('startDesktop', () => {
  function withElectronAndDriver(): void {
    write('node_modules/electron/dist/electron', fakeElectron, true);
    write('node_modules/electron/path.txt', 'electron');
    write(path.relative(root, electronBindingPath(root, '45.5.0', '150')), 'electron build');
  }

  posixOnly('builds the app, then runs Electron on the project folder with the driver', async () => {
    withElectronAndDriver();
    expect(await startDesktop(setup())).toBe(0);
    expect(calls()).toEqual(['electron-vite']);
    const [cwd, binding, runAsNode, ...args] = readFileSync(path.join(root, 'launched.txt'), 'utf8').trim().split('\n');
    expect(cwd).toBe(root);
    expect(binding).toBe(electronBindingPath(root, '45.5.0', '150'));
    expect(runAsNode).toBe('run-as-node=');
    expect(args).toEqual(['.']);
  });

  posixOnly('does not launch an app that failed to build', async () => {
    withElectronAndDriver();
    const code = await startDesktop(setup({ electronViteScript: stub('stubs/broken-build/bin.js', 'process.exit(2);') }));
    expect(code).toBe(1);
    expect(output.at(-1)).toContain('electron-vite build exited with 2');
    expect(existsSync(path.join(root, 'launched.txt'))).toBe(false);
  });
});
