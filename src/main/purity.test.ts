// The pure modules of the main process (and the launcher, which prepares it) must run on plain Node: importing 'electron' there tries to
// download the Electron binary and throws. Type-only imports are erased and fine.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const here = path.dirname(fileURLToPath(import.meta.url));
const pureFiles = [
  'appProtocol.ts',
  'buildLayout.ts',
  'channels.ts',
  'contentSecurityPolicy.ts',
  'hostHandlers.ts',
  'ipc.ts',
  'nativeBinding.ts',
  'navigation.ts',
  'permissions.ts',
  'reminderNotifier.ts',
  'windowOptions.ts',
  '../launcher/desktopLaunch.ts',
  '../launcher/startDesktop.ts',
];
const valueImportOfElectron = /^\s*(?:import(?!\s+type\b)[^;]*?from\s*|import\s*|export[^;]*?from\s*)['"]electron(?:\/[^'"]*)?['"]|require\(\s*['"]electron['"]\s*\)|import\(\s*['"]electron['"]\s*\)/m;

/** Comments may mention require('electron'); only code counts. (Cuts `//` inside strings too: harmless here.) */
function withoutComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
}

describe('pure main-process modules', () => {
  it.each(pureFiles)('%s does not load electron at run time', (file) => {
    expect(withoutComments(readFileSync(path.join(here, file), 'utf8'))).not.toMatch(valueImportOfElectron);
  });

  it('the check itself catches a value import', () => {
    expect("import { app } from 'electron';").toMatch(valueImportOfElectron);
    expect("import type { App } from 'electron';").not.toMatch(valueImportOfElectron);
    expect("const { app } = require('electron');").toMatch(valueImportOfElectron);
    expect(withoutComments("// never require('electron') here\nexport const x = 1;")).not.toMatch(valueImportOfElectron);
  });
});
