// One flexsearch Index in the saved search index: its register of ids, and its map of terms, each
// term's ids per score slot in a record of its own whose length comes first (see savedPostings).
// The register goes back through flexsearch's own `import`; the records stay in the loaded file's
// bytes, so loading costs one pass over the terms and no id is decoded until a query reads it.
import type { Index } from 'flexsearch';
import type { ByteReader, ByteWriter } from './bytes';
import type { Pacer } from './pacer';
import { SavedPostings, encodeSlots, type Slots } from './savedPostings';

/** What a flexsearch Index holds (flexsearch 0.8): term -> slots by score -> ids, and every id. */
interface IndexInternals {
  map: Map<string, Slots>;
  reg: Set<number>;
}

export function internalsOf(index: Index): IndexInternals {
  const internals = index as unknown as Partial<IndexInternals>;
  if (!(internals.map instanceof Map) || !(internals.reg instanceof Set)) throw new Error('this version of flexsearch keeps its index in a shape the saved index does not know');
  return internals as IndexInternals;
}

/** Writes an index's register and terms, letting `pace` give the event loop its turns. */
export async function writeIndex(writer: ByteWriter, index: Index, pace: Pacer): Promise<void> {
  const { map, reg } = internalsOf(index);
  writer.uint(reg.size);
  let previous = 0;
  for (const id of reg) {
    writer.int(id - previous);
    previous = id;
  }
  const records = map instanceof SavedPostings ? map.records() : encodedRecords(map);
  writer.uint(map instanceof SavedPostings ? map.terms : map.size);
  for (const [term, record] of records) {
    writer.string(term);
    writer.uint(record.length);
    writer.bytes(record);
    const pause = pace();
    if (pause) await pause;
  }
}

function* encodedRecords(map: Map<string, Slots>): Generator<[string, Buffer]> {
  for (const [term, slots] of map) yield [term, encodeSlots(slots)];
}

/** Fills an empty Index with what `writeIndex` wrote; its postings are read from `reader`'s bytes. */
export function readIndex(reader: ByteReader, index: Index): void {
  const internals = internalsOf(index);
  const reg = reader.deltas(reader.uint());
  const terms = reader.uint();
  const load = index.import.bind(index) as unknown as (key: string, data: unknown) => void;
  load('reg', reg);
  const saved = new SavedPostings(reader.source);
  for (let t = 0; t < terms; t++) {
    const term = reader.string();
    const at = reader.at;
    reader.take(reader.uint());
    saved.keep(term, at);
  }
  internals.map = saved;
}
