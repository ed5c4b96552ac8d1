// `npm start`: get the Electron binary and an Electron build of the SQLite driver, build the app,
// run it. Where Electron cannot be downloaded it stops within seconds and points to browser mode.
// Plain Node (run through tsx by scripts/start-desktop.mjs); the decisions live in desktopLaunch.ts.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import {
  electronAppArgs,
  electronExecutablePath,
  electronInstallTimeoutMs,
  launchEnv,
  launchMessages,
  lastLine,
  nativeBuildCommands,
  npmInstallDirs,
  parseAbiVersion,
  shouldCopyForNativeBuild,
} from './desktopLaunch';
import { bindingFileName, electronBindingPath } from '../main/nativeBinding';

export interface DesktopSetup {
  root: string;
  /** node_modules/electron */
  electronDir: string;
  /** node_modules/better-sqlite3 (its build folder is never touched) */
  betterSqliteDir: string;
  prebuildInstallScript: () => string | null;
  nodeGypScript: () => string | null;
  electronViteScript: string;
  env: NodeJS.ProcessEnv;
  platform: string;
  arch: string;
  installTimeoutMs: number;
  /** Progress lines. */
  log: (line: string) => void;
  /** The one message a failure ends with. */
  report: (message: string) => void;
}

export type Step<T> = { ok: true; value: T } | { ok: false; message: string };

export interface ElectronFound {
  executable: string;
  version: string;
  abi: string;
}

export function defaultSetup(root: string): DesktopSetup {
  const modules = path.join(root, 'node_modules');
  const optional = (file: string) => (existsSync(file) ? file : null);
  return {
    root,
    electronDir: path.join(modules, 'electron'),
    betterSqliteDir: path.join(modules, 'better-sqlite3'),
    prebuildInstallScript: () => optional(path.join(modules, 'prebuild-install', 'bin.js')),
    nodeGypScript: () => findNpmNodeGyp(process.env),
    electronViteScript: path.join(modules, 'electron-vite', 'bin', 'electron-vite.js'),
    env: process.env,
    platform: process.platform,
    arch: process.arch,
    installTimeoutMs: electronInstallTimeoutMs,
    log: (line) => console.log(line),
    report: (message) => console.error(message),
  };
}

/** npm's own node-gyp: the path npm hands to scripts, else resolved from npm's install folder. */
export function findNpmNodeGyp(env: NodeJS.ProcessEnv): string | null {
  if (env.npm_config_node_gyp && existsSync(env.npm_config_node_gyp)) return env.npm_config_node_gyp;
  const fromExecPath = npmInstallDirs({ npmExecPath: env.npm_execpath, platform: process.platform });
  const tried = tryResolveNodeGyp(fromExecPath);
  if (tried) return tried;
  const prefix = spawnSync('npm', ['prefix', '-g'], { encoding: 'utf8', timeout: 15_000, shell: process.platform === 'win32' });
  const npmGlobalPrefix = prefix.status === 0 ? prefix.stdout.trim() : undefined;
  return tryResolveNodeGyp(npmInstallDirs({ npmGlobalPrefix, platform: process.platform }));
}

function tryResolveNodeGyp(npmDirs: string[]): string | null {
  for (const dir of npmDirs) {
    try {
      return createRequire(path.join(dir, 'package.json')).resolve('node-gyp/bin/node-gyp.js', { paths: [dir] });
    } catch {
      // Not in this folder; try the next.
    }
  }
  return null;
}

function readElectronFacts(setup: DesktopSetup): { version: string; abi: string; executable: string | null } {
  const pkg = JSON.parse(readFileSync(path.join(setup.electronDir, 'package.json'), 'utf8')) as { version: string };
  const pathFile = path.join(setup.electronDir, 'path.txt');
  const executable = electronExecutablePath({
    electronDir: setup.electronDir,
    pathTxt: existsSync(pathFile) ? readFileSync(pathFile, 'utf8') : undefined,
    platform: setup.platform,
    overrideDistPath: setup.env.ELECTRON_OVERRIDE_DIST_PATH,
  });
  return { version: pkg.version, abi: parseAbiVersion(readFileSync(path.join(setup.electronDir, 'abi_version'), 'utf8')), executable };
}

/** Step 1: the Electron binary, downloading it once through electron's own install.js if missing. */
export function findElectron(setup: DesktopSetup): Step<ElectronFound> {
  let facts: ReturnType<typeof readElectronFacts>;
  try {
    facts = readElectronFacts(setup);
  } catch (error) {
    return { ok: false, message: launchMessages.electronNotInstalled(error instanceof Error ? error.message : String(error)) };
  }
  if (!facts.executable) return { ok: false, message: launchMessages.electronUnsupported(setup.platform) };
  if (!existsSync(facts.executable)) {
    setup.log(`Downloading Electron ${facts.version} (first start only)…`);
    const install = spawnSync(process.execPath, [path.join(setup.electronDir, 'install.js')], {
      cwd: setup.electronDir,
      env: setup.env,
      encoding: 'utf8',
      timeout: setup.installTimeoutMs,
      maxBuffer: 16 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    facts = readElectronFacts(setup);
    if (!facts.executable || !existsSync(facts.executable)) {
      const timedOut = (install.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT';
      const detail = timedOut
        ? `gave up after ${Math.round(setup.installTimeoutMs / 1000)} s`
        : lastLine(`${install.stdout ?? ''}\n${install.stderr ?? ''}`) || `install.js exited with ${install.status}`;
      return { ok: false, message: launchMessages.electronMissing(detail) };
    }
  }
  return { ok: true, value: { executable: facts.executable, version: facts.version, abi: facts.abi } };
}

/** Step 2: better-sqlite3 built for Electron's ABI in .native/, built in a temporary copy of the package. */
export function ensureNativeBinding(setup: DesktopSetup, electron: ElectronFound): Step<string> {
  const target = electronBindingPath(setup.root, electron.version, electron.abi);
  if (existsSync(target)) return { ok: true, value: target };
  setup.log(`Preparing the SQLite driver for Electron ${electron.version} (ABI ${electron.abi}); the first time takes a minute or two…`);
  const workDir = mkdtempSync(path.join(os.tmpdir(), 'fulcrum-native-'));
  const attempts: string[] = [];
  try {
    const packageDir = path.join(workDir, 'better-sqlite3');
    cpSync(setup.betterSqliteDir, packageDir, { recursive: true, filter: (file) => shouldCopyForNativeBuild(setup.betterSqliteDir, file) });
    const built = path.join(packageDir, 'build', 'Release', bindingFileName);
    const commands = nativeBuildCommands({
      electronVersion: electron.version,
      arch: setup.arch,
      prebuildInstallScript: setup.prebuildInstallScript(),
      nodeGypScript: setup.nodeGypScript(),
    });
    for (const command of commands) {
      setup.log(`  trying ${command.label}…`);
      const run = spawnSync(process.execPath, [command.script, ...command.args], {
        cwd: packageDir,
        env: setup.env,
        encoding: 'utf8',
        timeout: command.timeoutMs,
        maxBuffer: 64 * 1024 * 1024,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      if (run.status === 0 && existsSync(built)) {
        mkdirSync(path.dirname(target), { recursive: true });
        copyFileSync(built, `${target}.partial`);
        renameSync(`${target}.partial`, target);
        return { ok: true, value: target };
      }
      const timedOut = (run.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT';
      const why = timedOut ? 'timed out' : lastLine(`${run.stdout ?? ''}\n${run.stderr ?? ''}`) || `exited with ${run.status}`;
      attempts.push(`${command.label} failed: ${why}`);
    }
    return { ok: false, message: launchMessages.nativeBuildFailed(electron.version, attempts) };
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

/** Step 3: electron-vite build (main, preload, renderer into out/). */
export function buildApp(setup: DesktopSetup): Step<void> {
  setup.log('Building the desktop app…');
  const run = spawnSync(process.execPath, [setup.electronViteScript, 'build'], { cwd: setup.root, env: setup.env, stdio: 'inherit' });
  if (run.status === 0) return { ok: true, value: undefined };
  return { ok: false, message: launchMessages.appBuildFailed(run.error ? `failed: ${run.error.message}` : `exited with ${run.status}`) };
}

/** Steps 1 to 3; the e2e tests use this before launching Electron themselves. */
export function prepareDesktop(setup: DesktopSetup): Step<{ electron: ElectronFound; binding: string }> {
  const electron = findElectron(setup);
  if (!electron.ok) return electron;
  const binding = ensureNativeBinding(setup, electron.value);
  if (!binding.ok) return binding;
  const build = buildApp(setup);
  if (!build.ok) return build;
  return { ok: true, value: { electron: electron.value, binding: binding.value } };
}

/** Step 4: run Electron on the project folder until it exits; returns its exit code. */
export function launchElectron(setup: DesktopSetup, executable: string, binding: string, extraArgs: string[] = []): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(executable, [...electronAppArgs, ...extraArgs], { cwd: setup.root, env: launchEnv(setup.env, binding), stdio: 'inherit' });
    const forward = (signal: NodeJS.Signals) => () => child.kill(signal);
    const onInt = forward('SIGINT');
    const onTerm = forward('SIGTERM');
    process.on('SIGINT', onInt);
    process.on('SIGTERM', onTerm);
    const done = (code: number) => {
      process.off('SIGINT', onInt);
      process.off('SIGTERM', onTerm);
      resolve(code);
    };
    child.once('error', (error) => {
      setup.report(`Electron could not be started (${error.message}). Fulcrum's browser mode works without it: run \`npm run web\`.`);
      done(1);
    });
    child.once('exit', (code, signal) => done(code ?? (signal ? 1 : 0)));
  });
}

/** The whole of `npm start`; returns the process exit code. */
export async function startDesktop(setup: DesktopSetup): Promise<number> {
  const prepared = prepareDesktop(setup);
  if (!prepared.ok) {
    setup.report(prepared.message);
    return 1;
  }
  return launchElectron(setup, prepared.value.electron.executable, prepared.value.binding);
}
