// Where Fulcrum keeps the user's data. The desktop app, browser mode and the CLI all use this one
// function, so they share one journal. It mirrors Electron's `app.getPath('userData')` for an app
// named "Fulcrum": %APPDATA%\Fulcrum, ~/Library/Application Support/Fulcrum, or ~/.config/Fulcrum.
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const appName = 'Fulcrum';

export interface Environment {
  platform: NodeJS.Platform;
  env: Record<string, string | undefined>;
  home: string;
}

export function defaultDataDir({ platform, env, home }: Environment = { platform: process.platform, env: process.env, home: os.homedir() }): string {
  if (env.FULCRUM_DATA_DIR) return env.FULCRUM_DATA_DIR;
  if (platform === 'win32') return path.win32.join(env.APPDATA ?? path.win32.join(home, 'AppData', 'Roaming'), appName);
  if (platform === 'darwin') return path.posix.join(home, 'Library', 'Application Support', appName);
  return path.posix.join(env.XDG_CONFIG_HOME || path.posix.join(home, '.config'), appName);
}

/** The project root (the nearest folder above this file holding package.json and content/). */
export function projectRoot(fromUrl: string = import.meta.url): string {
  let dir = path.dirname(fileURLToPath(fromUrl));
  while (!(existsSync(path.join(dir, 'package.json')) && existsSync(path.join(dir, 'content')))) {
    const parent = path.dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
  return dir;
}

export function bundledContentDir(root = projectRoot()): string {
  return path.join(root, 'content');
}

/** The app's version, from package.json. */
export function appVersion(root = projectRoot()): string {
  try {
    return (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version?: string }).version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}
