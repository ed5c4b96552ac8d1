// Proves each rule of the layer table fires: every fixture in eslint/fixtures/ is linted through the
// project's own eslint.config.js as if it stood at a path inside src/ (or e2e/).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const projectRoot = path.resolve(import.meta.dirname, '..');
const fixtures = path.join(import.meta.dirname, 'fixtures');
const layeringRules = ['local/layering', 'no-restricted-globals'];
const eslint = new ESLint({ cwd: projectRoot });

/** fixture file, the path it is linted as, and the message it must raise. */
const broken = [
  { fixture: 'coreImportsElectron.ts', as: 'src/core/fixture.ts', message: 'core may not import electron (electron)' },
  { fixture: 'coreImportsDoor.ts', as: 'src/core/fixture.ts', message: 'core may not import web (../web/server): core may import only shared, core' },
  { fixture: 'sharedImportsNodeFs.ts', as: 'src/shared/fixture.ts', message: 'shared may not import Node built-ins (node:fs)' },
  { fixture: 'sharedImportsCore.ts', as: 'src/shared/fixture.ts', message: 'shared may not import core (../core/createCore)' },
  { fixture: 'webImportsMain.ts', as: 'src/web/fixture.ts', message: 'web may not import main (../main/ipc)' },
  { fixture: 'cliImportsWeb.ts', as: 'src/cli/fixture.ts', message: 'cli may not import web (../web/security)' },
  { fixture: 'launcherImportsCore.ts', as: 'src/launcher/fixture.ts', message: 'launcher may not import core (../core/paths)' },
  { fixture: 'rendererImportsNodeFs.tsx', as: 'src/renderer/ui/fixture.tsx', message: 'renderer may not import Node built-ins (node:fs)' },
  { fixture: 'rendererImportsElectron.ts', as: 'src/renderer/transport/fixture.ts', message: 'renderer may not import electron (electron)' },
  { fixture: 'rendererImportsCore.ts', as: 'src/renderer/transport/fixture.ts', message: 'renderer may not import core (../../core/createCore)' },
  {
    fixture: 'featureImportsFeature.tsx',
    as: 'src/renderer/features/people/X.tsx',
    message: 'renderer/features/people may not import renderer/features/actions (../actions/ActionBits)',
  },
  { fixture: 'featureImportsApp.tsx', as: 'src/renderer/features/people/X.tsx', message: 'renderer/features/people may not import renderer/app' },
  { fixture: 'lowerImportsFeature.ts', as: 'src/renderer/ui/fixture.ts', message: 'renderer/ui may not import renderer/features/search' },
  { fixture: 'preloadImportsCore.ts', as: 'src/preload/fixture.ts', message: 'preload may not import core (../core/createCore)' },
  { fixture: 'productImportsTestSupport.ts', as: 'src/core/fixture.ts', message: 'core may not import test/support (../../test/support/tempDirs)' },
  { fixture: 'coreUsesDocument.ts', as: 'src/core/fixture.ts', message: 'no DOM', ruleId: 'no-restricted-globals' },
  { fixture: 'inNoLayer.ts', as: 'src/tools/fixture.ts', message: 'src/tools/ is in no layer' },
];

const allowed = [
  { fixture: 'coreImportsShared.ts', as: 'src/core/fixture.ts' },
  { fixture: 'featureImportsUi.tsx', as: 'src/renderer/features/people/X.tsx' },
  { fixture: 'appImportsFeature.tsx', as: 'src/renderer/app/fixture.tsx' },
  { fixture: 'coreTestImportsTestSupport.ts', as: 'src/core/fixture.test.ts' },
  { fixture: 'preloadImportsElectron.ts', as: 'src/preload/fixture.ts' },
  { fixture: 'e2eImportsTestSupport.ts', as: 'e2e/fixture.ts' },
];

/** The layering messages ESLint gives for a fixture; a parse error fails the test instead. */
async function layeringMessages(fixture: string, as: string) {
  const [result] = await eslint.lintText(readFileSync(path.join(fixtures, fixture), 'utf8'), { filePath: as });
  const messages = result?.messages ?? [];
  expect(messages.filter((message) => message.fatal)).toEqual([]);
  return messages.filter((message) => layeringRules.includes(message.ruleId ?? '')).map(({ ruleId, message }) => ({ ruleId, message }));
}

describe('layering', () => {
  it.each(broken)('$fixture as $as is refused', async ({ fixture, as, message, ruleId = 'local/layering' }) => {
    expect(await layeringMessages(fixture, as)).toEqual([{ ruleId, message: expect.stringContaining(message) }]);
  });

  it.each(allowed)('$fixture as $as is allowed', async ({ fixture, as }) => {
    expect(await layeringMessages(fixture, as)).toEqual([]);
  });

  it('uses every fixture', () => {
    const used = [...broken, ...allowed].map(({ fixture }) => fixture).sort();
    expect(readdirSync(fixtures).sort()).toEqual(used);
  });
});
