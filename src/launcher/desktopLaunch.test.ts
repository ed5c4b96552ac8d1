import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  electronAppArgs,
  electronExecutableName,
  electronExecutablePath,
  electronHeadersUrl,
  lastLine,
  launchEnv,
  launchMessages,
  nativeBuildCommands,
  npmInstallDirs,
  parseAbiVersion,
  shouldCopyForNativeBuild,
} from './desktopLaunch';

describe('electronExecutablePath', () => {
  const electronDir = path.join('/proj', 'node_modules', 'electron');

  it('names the executable as electron\'s install.js does on each platform', () => {
    expect(electronExecutableName('linux')).toBe('electron');
    expect(electronExecutableName('win32')).toBe('electron.exe');
    expect(electronExecutableName('darwin')).toBe('Electron.app/Contents/MacOS/Electron');
    expect(electronExecutableName('aix')).toBeNull();
  });

  it('uses path.txt when the download wrote it, else the platform\'s name', () => {
    expect(electronExecutablePath({ electronDir, pathTxt: 'electron\n', platform: 'linux' })).toBe(path.join(electronDir, 'dist', 'electron'));
    expect(electronExecutablePath({ electronDir, pathTxt: undefined, platform: 'win32' })).toBe(path.join(electronDir, 'dist', 'electron.exe'));
    expect(electronExecutablePath({ electronDir, pathTxt: '', platform: 'linux' })).toBe(path.join(electronDir, 'dist', 'electron'));
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH like electron\'s own launcher', () => {
    expect(electronExecutablePath({ electronDir, pathTxt: undefined, platform: 'linux', overrideDistPath: '/opt/electron' })).toBe(path.join('/opt/electron', 'electron'));
  });

  it('knows when there is nothing to look for', () => {
    expect(electronExecutablePath({ electronDir, pathTxt: undefined, platform: 'aix' })).toBeNull();
  });
});

describe('parseAbiVersion', () => {
  it('reads the number electron ships in abi_version', () => {
    expect(parseAbiVersion('150')).toBe('150');
    expect(parseAbiVersion(' 150\n')).toBe('150');
    expect(() => parseAbiVersion('v150')).toThrow(/npm install/);
  });
});

describe('npmInstallDirs', () => {
  it('finds npm from npm_execpath first, then from the global prefix', () => {
    expect(npmInstallDirs({ npmExecPath: '/usr/lib/node_modules/npm/bin/npm-cli.js', npmGlobalPrefix: '/usr', platform: 'linux' })).toEqual([
      path.join('/usr/lib/node_modules/npm'),
    ]);
    expect(npmInstallDirs({ npmGlobalPrefix: '/opt/node', platform: 'linux' })).toEqual([path.join('/opt/node', 'lib', 'node_modules', 'npm')]);
    expect(npmInstallDirs({ npmGlobalPrefix: 'C:\\node', platform: 'win32' })).toEqual([path.join('C:\\node', 'node_modules', 'npm')]);
    expect(npmInstallDirs({ platform: 'linux' })).toEqual([]);
  });
});

describe('nativeBuildCommands', () => {
  it('tries a prebuilt download before compiling, both for Electron\'s runtime and version', () => {
    const commands = nativeBuildCommands({ electronVersion: '45.5.0', arch: 'x64', prebuildInstallScript: '/p/bin.js', nodeGypScript: '/g/node-gyp.js' });
    expect(commands.map((c) => c.script)).toEqual(['/p/bin.js', '/g/node-gyp.js']);
    expect(commands[0]?.args).toEqual(['--runtime', 'electron', '--target', '45.5.0', '--arch', 'x64', '--verbose']);
    expect(commands[1]?.args).toEqual(['rebuild', '--release', '--runtime=electron', '--target=45.5.0', '--arch=x64', `--dist-url=${electronHeadersUrl}`]);
    expect(electronHeadersUrl).toBe('https://electronjs.org/headers');
  });

  it('uses what is there, and nothing when nothing is', () => {
    expect(nativeBuildCommands({ electronVersion: '45.5.0', arch: 'arm64', prebuildInstallScript: null, nodeGypScript: '/g.js' })).toHaveLength(1);
    expect(nativeBuildCommands({ electronVersion: '45.5.0', arch: 'arm64', prebuildInstallScript: null, nodeGypScript: null })).toEqual([]);
  });
});

describe('shouldCopyForNativeBuild', () => {
  const pkg = path.join('/proj', 'node_modules', 'better-sqlite3');
  it('copies the sources but never the Node build or nested modules', () => {
    expect(shouldCopyForNativeBuild(pkg, pkg)).toBe(true);
    expect(shouldCopyForNativeBuild(pkg, path.join(pkg, 'binding.gyp'))).toBe(true);
    expect(shouldCopyForNativeBuild(pkg, path.join(pkg, 'deps', 'sqlite3', 'sqlite3.c'))).toBe(true);
    expect(shouldCopyForNativeBuild(pkg, path.join(pkg, 'src', 'build.cpp'))).toBe(true);
    expect(shouldCopyForNativeBuild(pkg, path.join(pkg, 'build'))).toBe(false);
    expect(shouldCopyForNativeBuild(pkg, path.join(pkg, 'build', 'Release', 'better_sqlite3.node'))).toBe(false);
    expect(shouldCopyForNativeBuild(pkg, path.join(pkg, 'node_modules', 'x'))).toBe(false);
  });
});

describe('launchEnv', () => {
  it('passes the driver path and never runs Electron as plain Node', () => {
    const base = { PATH: '/bin', ELECTRON_RUN_AS_NODE: '1' };
    expect(launchEnv(base, '/proj/.native/x.node')).toEqual({ PATH: '/bin', FULCRUM_SQLITE_BINDING: '/proj/.native/x.node' });
    expect(base.ELECTRON_RUN_AS_NODE).toBe('1');
  });

  it('starts the project folder, so package.json names the app', () => {
    expect(electronAppArgs).toEqual(['.']);
  });
});

describe('launchMessages', () => {
  it('every failure says what happened and points to browser mode', () => {
    const messages = [
      launchMessages.electronMissing('TypeError: fetch failed'),
      launchMessages.electronUnsupported('aix'),
      launchMessages.electronNotInstalled('ENOENT'),
      launchMessages.nativeBuildFailed('45.5.0', ['prebuild-install failed: 404']),
      launchMessages.appBuildFailed('exited with 1'),
    ];
    for (const message of messages) expect(message).toContain('npm run web');
    expect(messages[0]).toContain('the Electron binary could not be downloaded (no network access to its download host: TypeError: fetch failed)');
    expect(messages[3]).toContain('node_modules/better-sqlite3 was not touched');
  });
});

describe('lastLine', () => {
  it('keeps the error, not the stack trace', () => {
    expect(lastLine('TypeError: fetch failed\n    at node:internal/deps/undici:1:1\n    at async x\n')).toBe('TypeError: fetch failed');
    expect(lastLine('')).toBe('');
  });
});
