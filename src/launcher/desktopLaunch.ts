// What `npm start` must do before Electron can run, decided from plain facts (which files exist,
// which platform, which environment) so every branch has a unit test. startDesktop.ts runs it.
// Plain Node: nothing here may import 'electron' (that would try to download the binary).
import path from 'node:path';

/** Long enough for a real download of Electron (~100 MB); offline it fails in about a second. */
export const electronInstallTimeoutMs = 180_000;
export const prebuildInstallTimeoutMs = 120_000;
/** Compiling better-sqlite3 takes a minute or two. */
export const nodeGypTimeoutMs = 15 * 60_000;
export const electronHeadersUrl = 'https://electronjs.org/headers';

/** The executable inside node_modules/electron/dist, named as electron's own install.js names it. */
export function electronExecutableName(platform: string): string | null {
  switch (platform) {
    case 'darwin':
    case 'mas':
      return 'Electron.app/Contents/MacOS/Electron';
    case 'linux':
    case 'freebsd':
    case 'openbsd':
      return 'electron';
    case 'win32':
      return 'electron.exe';
    default:
      return null;
  }
}

export interface ElectronLocation {
  /** node_modules/electron */
  electronDir: string;
  /** Contents of node_modules/electron/path.txt, written by install.js after a download. */
  pathTxt: string | undefined;
  platform: string;
  /** ELECTRON_OVERRIDE_DIST_PATH, which electron's own launcher honours too. */
  overrideDistPath?: string | undefined;
}

/**
 * Where the Electron executable is (or would be after a download). Computed without
 * `require('electron')`, which starts a download whenever the binary is missing.
 */
export function electronExecutablePath(location: ElectronLocation): string | null {
  const relative = location.pathTxt?.trim() || electronExecutableName(location.platform);
  if (!relative) return null;
  const distDir = location.overrideDistPath || path.join(location.electronDir, 'dist');
  return path.join(distDir, relative);
}

/** node_modules/electron/abi_version holds the runtime's native module ABI (150 for Electron 45). */
export function parseAbiVersion(text: string): string {
  const abi = text.trim();
  if (!/^\d+$/.test(abi)) throw new Error(`node_modules/electron/abi_version should hold a number, not "${abi}". Reinstall with \`npm install\`.`);
  return abi;
}

/**
 * Folders where npm itself is installed, to find its bundled node-gyp: from npm_execpath (set when
 * run through npm), then from `npm prefix -g`.
 */
export function npmInstallDirs(facts: { npmExecPath?: string | undefined; npmGlobalPrefix?: string | undefined; platform: string }): string[] {
  const dirs: string[] = [];
  if (facts.npmExecPath) dirs.push(path.dirname(path.dirname(facts.npmExecPath)));
  if (facts.npmGlobalPrefix) {
    dirs.push(
      facts.platform === 'win32'
        ? path.join(facts.npmGlobalPrefix, 'node_modules', 'npm')
        : path.join(facts.npmGlobalPrefix, 'lib', 'node_modules', 'npm'),
    );
  }
  return [...new Set(dirs)];
}

export interface NativeBuildCommand {
  label: string;
  /** A Node script, run with the current Node. */
  script: string;
  args: string[];
  timeoutMs: number;
}

/** How to get better-sqlite3 for Electron: a prebuilt download first, else a compile against Electron's headers. */
export function nativeBuildCommands(options: {
  electronVersion: string;
  arch: string;
  prebuildInstallScript: string | null;
  nodeGypScript: string | null;
}): NativeBuildCommand[] {
  const { electronVersion, arch } = options;
  const commands: NativeBuildCommand[] = [];
  if (options.prebuildInstallScript) {
    commands.push({
      label: 'prebuild-install (download a prebuilt driver)',
      script: options.prebuildInstallScript,
      args: ['--runtime', 'electron', '--target', electronVersion, '--arch', arch, '--verbose'],
      timeoutMs: prebuildInstallTimeoutMs,
    });
  }
  if (options.nodeGypScript) {
    commands.push({
      label: 'node-gyp (compile the driver against Electron headers)',
      script: options.nodeGypScript,
      args: ['rebuild', '--release', '--runtime=electron', `--target=${electronVersion}`, `--arch=${arch}`, `--dist-url=${electronHeadersUrl}`],
      timeoutMs: nodeGypTimeoutMs,
    });
  }
  return commands;
}

/** Copy the package to build it elsewhere, leaving its Node build (and any node_modules) alone. */
export function shouldCopyForNativeBuild(packageDir: string, file: string): boolean {
  const relative = path.relative(packageDir, file);
  const first = relative.split(path.sep)[0];
  return first !== 'build' && first !== 'node_modules';
}

/** Electron is started on the project folder so package.json gives the app its name and version. */
export const electronAppArgs = ['.'];

/** The environment Electron runs with: the driver's path, and never ELECTRON_RUN_AS_NODE (which would turn it into plain Node). */
export function launchEnv(base: NodeJS.ProcessEnv, bindingPath: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...base, FULCRUM_SQLITE_BINDING: bindingPath };
  delete env.ELECTRON_RUN_AS_NODE;
  return env;
}

const browserMode = 'Fulcrum\'s browser mode works without it: run `npm run web`.';

export const launchMessages = {
  electronMissing: (detail: string) =>
    `Fulcrum's desktop app cannot start: the Electron binary could not be downloaded (no network access to its download host${detail ? `: ${detail}` : ''}). ${browserMode}`,
  electronUnsupported: (platform: string) => `Electron has no build for this platform (${platform}). ${browserMode}`,
  nativeBuildFailed: (electronVersion: string, attempts: string[]) =>
    `Fulcrum's desktop app cannot start: the SQLite driver (better-sqlite3) could not be built for Electron ${electronVersion}.\n` +
    (attempts.length > 0 ? attempts.map((line) => `  - ${line}`).join('\n') : '  - neither prebuild-install nor node-gyp was found') +
    `\nYour Node build in node_modules/better-sqlite3 was not touched. ${browserMode}`,
  electronNotInstalled: (detail: string) =>
    `Fulcrum's desktop app cannot start: Electron's package in node_modules is missing or damaged (${detail}). Run \`npm install\`, or use browser mode: \`npm run web\`.`,
  appBuildFailed: (detail: string) => `Fulcrum's desktop app could not be built (electron-vite build ${detail}). Fix the error above, or use browser mode: \`npm run web\`.`,
} as const;

/** The last meaningful line of a failed command's output: what to show after "failed:". */
export function lastLine(output: string): string {
  const lines = output
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !/^at\s/.test(line));
  return lines.at(-1) ?? '';
}
