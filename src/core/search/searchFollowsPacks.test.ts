// Search follows library packs as it follows the journal: after any sequence of imports, replaces
// and removals (with journal entries linking the packs' lessons), search finds exactly the items and
// lessons the installed packs hold, by their current words, and agrees with an index built afresh.
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { itemFile, makeTempDir } from '../../../test/support/tempDirs';
import type { FulcrumClient } from '../../shared/client';
import type { ResultKind } from '../../shared/contract';
import { FulcrumError } from '../../shared/errors';
import { createCore } from '../createCore';
import { inProcessClient } from '../inProcessClient';
import { bundledContentDir } from '../paths';

const now = () => new Date('2025-03-10T09:30:00');
const kinds: ResultKind[] = ['lesson', 'article', 'journal'];

/**
 * Words no stemmer changes and no bundled text holds, each at least two edits from any other (every
 * letter doubled), so search's typo tolerance never takes one for another.
 */
const wordOf = (pack: number, version: number, part: string) => `qz${[...`${'bcdfg'[pack]}${'hjklmnpqrt'[version % 10]}${part}`].map((letter) => letter.repeat(2)).join('')}`;

type Op = { op: 'import'; pack: number; version: number } | { op: 'remove'; pack: number } | { op: 'entry'; pack: number };

const ops: fc.Arbitrary<Op> = fc.oneof(
  { arbitrary: fc.record({ op: fc.constant('import' as const), pack: fc.nat(2), version: fc.nat(9) }), weight: 3 },
  fc.record({ op: fc.constant('remove' as const), pack: fc.nat(2) }),
  fc.record({ op: fc.constant('entry' as const), pack: fc.nat(2) }),
);

/** Pack `pack` as of `version`: one item and one lesson, whose id changes with every other version. */
function packFiles(pack: number, version: number) {
  const lesson = { id: `pack${pack}-lesson-${version % 2}`, title: `Lesson ${wordOf(pack, version, 'x')}`, body: `Body ${wordOf(pack, version, 'w')}.` };
  return [{ path: `pack${pack}-item.md`, content: itemFile({ title: `Item ${wordOf(pack, version, 'v')}`, lessons: [lesson] }) }];
}

async function play(client: FulcrumClient, sequence: Op[]): Promise<{ installed: Map<number, number>; words: string[] }> {
  const installed = new Map<number, number>();
  const words: string[] = [];
  for (const step of sequence) {
    try {
      if (step.op === 'import') {
        await client.packs.import({ title: `Pack ${step.pack}`, files: packFiles(step.pack, step.version), replace: true });
        installed.set(step.pack, step.version);
        words.push(...['v', 'w', 'x'].map((part) => wordOf(step.pack, step.version, part)));
      } else if (step.op === 'remove') {
        await client.packs.remove({ id: `pack-${step.pack}` });
        installed.delete(step.pack);
      } else {
        const version = installed.get(step.pack);
        if (version !== undefined) await client.journal.create({ date: '2025-03-09', body: 'Tried it.', lessonIds: [`pack${step.pack}-lesson-${version % 2}`] });
      }
    } catch (error) {
      if (!(error instanceof FulcrumError) || error.code !== 'not-found') throw error;
    }
  }
  return { installed, words: [...new Set(words)] };
}

const hits = async (client: FulcrumClient, q: string) => (await client.search.query({ q, kinds, limit: 200 })).hits.map((h) => `${h.kind}:${h.id}`).sort();

let temp: Awaited<ReturnType<typeof makeTempDir>>;
beforeEach(async () => {
  temp = await makeTempDir();
});
afterEach(() => temp.cleanup());

describe('search follows library packs', () => {
  it('finds exactly what the installed packs hold after any sequence of imports and removals', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(ops, { minLength: 1, maxLength: 12 }), async (sequence) => {
        const dataDir = `${temp.dir}/run-${run++}`;
        const core = await createCore({ dataDir, contentDir: bundledContentDir(), now });
        const fresh: Array<{ close(): void }> = [];
        try {
          await core.searchReady(); // built before the writes, so it must follow them
          const client = inProcessClient(core.handlers);
          const { installed, words } = await play(client, sequence);
          for (const word of words) {
            const pack = 'bcdfg'.indexOf(word[2] as string);
            const version = 'hjklmnpqrt'.indexOf(word[4] as string);
            const live = installed.get(pack) === version;
            const found = (await hits(client, word)).filter((hit) => !hit.startsWith('journal:'));
            expect(found.length > 0, `${word} (pack ${pack} version ${version} ${live ? 'installed' : 'gone'})`).toBe(live);
          }
          const rebuilt = await createCore({ dataDir, contentDir: bundledContentDir(), now });
          fresh.push(rebuilt);
          const again = inProcessClient(rebuilt.handlers);
          for (const word of [...words, 'lesson', 'item']) expect(await hits(client, word), word).toEqual(await hits(again, word));
        } finally {
          for (const other of fresh) other.close();
          core.close();
        }
      }),
      { numRuns: 20 },
    );
  }, 120_000);
});
