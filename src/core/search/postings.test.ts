import { Index } from 'flexsearch';
import { describe, expect, it } from 'vitest';
import { PostingsReader } from './postings';
import { ByteReader, ByteWriter } from './snapshot/bytes';
import { readIndex, writeIndex } from './snapshot/flexsearchCodec';

const splitOnSpace = (text: string) => text.split(' ').filter(Boolean);
const vocabulary = 'pipeline buyer confirm coaching forecast deal escalate mandate share quota territory champion'.split(' ');

/** Texts the same every run, long enough that a word's place spreads its ids over many score slots. */
function texts(count: number, seed: number): string[] {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  return Array.from({ length: count }, () => Array.from({ length: 5 + Math.floor(next() * 40) }, () => vocabulary[Math.floor(next() * vocabulary.length)]).join(' '));
}

function filled(options: object, docs: string[], from = 0): Index {
  const index = new Index({ encode: splitOnSpace, ...options });
  docs.forEach((text, i) => index.add(from + i, text));
  return index;
}

async function savedAndLoaded(index: Index, options: object): Promise<Index> {
  const chunks: Buffer[] = [];
  const writer = new ByteWriter((chunk) => chunks.push(chunk));
  await writeIndex(writer, index, () => undefined);
  writer.flush();
  const loaded = new Index({ encode: splitOnSpace, ...options });
  readIndex(new ByteReader(Buffer.concat(chunks)), loaded);
  return loaded;
}

describe('reading postings', () => {
  for (const tokenize of ['strict', 'forward'] as const) {
    it(`reads a ${tokenize} index's ids in flexsearch's own order, built or loaded, before and after more are added`, async () => {
      const options = { tokenize };
      const built = filled(options, texts(400, 11));
      const loaded = await savedAndLoaded(built, options);
      const reader = new PostingsReader();
      const terms = tokenize === 'forward' ? [...vocabulary, 'pi', 'co', 'mand', 'nothing'] : [...vocabulary, 'nothing'];
      const check = () => {
        for (const term of terms) {
          for (const limit of [1, 7, 50, 333, 10_000]) {
            const expected = built.search(term, { limit }) as number[];
            expect(Array.from(reader.read(built, term, limit)), `${term} ${limit}`).toEqual(expected);
            expect(Array.from(reader.read(loaded, term, limit)), `${term} ${limit} loaded`).toEqual(expected);
          }
        }
      };
      check();
      // Ids added after loading sit in their slots between the saved ones, as flexsearch would put them.
      const more = texts(60, 12);
      more.forEach((text, i) => {
        built.add(400 + i, text);
        loaded.add(400 + i, text);
      });
      check();
      // Saved again, with the added ids folded into the records, it reads the same.
      const again = await savedAndLoaded(loaded, options);
      for (const term of terms) expect(Array.from(reader.read(again, term, 10_000))).toEqual(built.search(term, { limit: 10_000 }));
    });
  }
});
