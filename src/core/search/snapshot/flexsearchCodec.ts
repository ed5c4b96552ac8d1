// One flexsearch Index in the saved search index: its register of ids and its map of terms, each
// term's ids per resolution slot, as delta-coded varints. Read back through flexsearch's own
// `import`, which takes the same entries its `export` writes (as parsed JSON rather than text, so a
// large index is neither turned into one huge string on saving nor parsed from one on loading).
import type { Index } from 'flexsearch';
import type { ByteReader, ByteWriter } from './bytes';

/** What a flexsearch Index holds (flexsearch 0.8): term -> slots by score -> ids, and every id. */
interface IndexInternals {
  map: Map<string, Array<number[] | undefined>>;
  reg: Set<number>;
}

function internalsOf(index: Index): IndexInternals {
  const internals = index as unknown as Partial<IndexInternals>;
  if (!(internals.map instanceof Map) || !(internals.reg instanceof Set)) throw new Error('this version of flexsearch keeps its index in a shape the saved index does not know');
  return internals as IndexInternals;
}

function writeIds(writer: ByteWriter, ids: Iterable<number>): void {
  let previous = 0;
  for (const id of ids) {
    writer.int(id - previous);
    previous = id;
  }
}

function readIds(reader: ByteReader, count: number): number[] {
  const ids = new Array<number>(count);
  let previous = 0;
  for (let i = 0; i < count; i++) ids[i] = previous += reader.int();
  return ids;
}

export function writeIndex(writer: ByteWriter, index: Index): void {
  const { map, reg } = internalsOf(index);
  writer.uint(reg.size);
  writeIds(writer, reg);
  writer.uint(map.size);
  for (const [term, slots] of map) {
    writer.string(term);
    writer.uint(slots.length);
    for (let slot = 0; slot < slots.length; slot++) {
      const ids = slots[slot];
      // 0 is an empty slot (a hole in flexsearch's array); otherwise the count plus one.
      writer.uint(ids ? ids.length + 1 : 0);
      if (ids) writeIds(writer, ids);
    }
  }
}

/** Fills an empty Index with what `writeIndex` wrote. */
export function readIndex(reader: ByteReader, index: Index): void {
  internalsOf(index);
  const reg = readIds(reader, reader.uint());
  const terms = reader.uint();
  const entries: Array<[string, Array<number[] | undefined>]> = new Array(terms);
  for (let t = 0; t < terms; t++) {
    const term = reader.string();
    const slotCount = reader.uint();
    const slots = new Array<number[] | undefined>(slotCount);
    for (let slot = 0; slot < slotCount; slot++) {
      const stored = reader.uint();
      if (stored > 0) slots[slot] = readIds(reader, stored - 1);
    }
    entries[t] = [term, slots];
  }
  const load = index.import.bind(index) as unknown as (key: string, data: unknown) => void;
  load('reg', reg);
  load('map', entries);
}
