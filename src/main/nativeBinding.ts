// Where the Electron build of better-sqlite3 lives. node_modules/better-sqlite3/build holds the
// Node build (tests, CLI, browser mode) and is never touched; Electron needs its own ABI, so its
// build sits beside the project in .native/electron-<version>-abi<abi>/better_sqlite3.node.
import path from 'node:path';

export const nativeFolderName = '.native';
export const bindingFileName = 'better_sqlite3.node';

const versionPattern = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/;
const abiPattern = /^\d+$/;

export function electronBindingDir(root: string, electronVersion: string, abi: string): string {
  if (!versionPattern.test(electronVersion)) throw new Error(`"${electronVersion}" is not an Electron version number.`);
  if (!abiPattern.test(abi)) throw new Error(`"${abi}" is not a native module ABI number.`);
  return path.join(root, nativeFolderName, `electron-${electronVersion}-abi${abi}`);
}

export function electronBindingPath(root: string, electronVersion: string, abi: string): string {
  return path.join(electronBindingDir(root, electronVersion, abi), bindingFileName);
}

export interface BindingChoice {
  /** FULCRUM_SQLITE_BINDING, set by `npm start` and the e2e tests. */
  fromEnv: string | undefined;
  /** The .native path for the running Electron, used when the variable is not set. */
  candidate: string;
  exists: (file: string) => boolean;
}

/** The addon to hand to better-sqlite3, or undefined to let it load its own (Node) build. */
export function chooseNativeBinding({ fromEnv, candidate, exists }: BindingChoice): string | undefined {
  if (fromEnv && fromEnv.trim() !== '') return fromEnv;
  return exists(candidate) ? candidate : undefined;
}
