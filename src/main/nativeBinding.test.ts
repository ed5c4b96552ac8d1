import { mkdirSync, writeFileSync } from 'node:fs';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../test/support/tempDirs';
import { bindingFileName, chooseNativeBinding, electronBindingDir, electronBindingPath } from './nativeBinding';

describe('electronBindingPath', () => {
  it('names the folder after the Electron version and its ABI, under .native at the project root', () => {
    expect(electronBindingPath('/proj', '45.5.0', '150')).toBe(path.join('/proj', '.native', 'electron-45.5.0-abi150', 'better_sqlite3.node'));
    expect(electronBindingDir('/proj', '46.0.0-beta.2', '154')).toBe(path.join('/proj', '.native', 'electron-46.0.0-beta.2-abi154'));
  });

  it('refuses versions and ABIs that are not numbers, so nothing can escape the folder', () => {
    expect(() => electronBindingPath('/proj', '../../etc', '150')).toThrow(/not an Electron version/);
    expect(() => electronBindingPath('/proj', '45.5.0', '150/..')).toThrow(/not a native module ABI/);
  });
});

describe('chooseNativeBinding', () => {
  let cleanup: (() => Promise<void>) | undefined;
  afterEach(async () => cleanup?.());

  it('prefers FULCRUM_SQLITE_BINDING', () => {
    expect(chooseNativeBinding({ fromEnv: '/x/driver.node', candidate: '/y/driver.node', exists: () => true })).toBe('/x/driver.node');
  });

  it('falls back to the .native build when it exists, else to better-sqlite3\'s own', async () => {
    const temp = await makeTempDir();
    cleanup = temp.cleanup;
    const candidate = electronBindingPath(temp.dir, '45.5.0', '150');
    expect(chooseNativeBinding({ fromEnv: undefined, candidate, exists: existsSync })).toBeUndefined();
    expect(chooseNativeBinding({ fromEnv: '  ', candidate, exists: existsSync })).toBeUndefined();
    mkdirSync(path.dirname(candidate), { recursive: true });
    writeFileSync(candidate, 'addon');
    expect(path.basename(candidate)).toBe(bindingFileName);
    expect(chooseNativeBinding({ fromEnv: undefined, candidate, exists: existsSync })).toBe(candidate);
  });
});
