// No import cycles in src/. Type-only imports count too: dpdm reads the TypeScript as written
// (transform: false keeps `import type`), because a cycle of types still makes two modules one unit.
import path from 'node:path';
import { parseCircular, parseDependencyTree } from 'dpdm';
import { expect, it } from 'vitest';

const projectRoot = path.resolve(import.meta.dirname, '..');

it('src/ has no import cycles, type-only imports included', async () => {
  const tree = await parseDependencyTree('src/**/*.{ts,tsx}', {
    cwd: projectRoot,
    context: projectRoot,
    transform: false,
    skipDynamicImports: false,
  });
  const cycles = parseCircular(tree).map((cycle) => [...cycle, cycle[0]].join(' -> '));
  expect(cycles).toEqual([]);
});
