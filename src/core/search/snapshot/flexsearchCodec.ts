// One flexsearch Index in the saved search index: its register of ids, and its map of terms, each
// term's ids per resolution slot as delta-coded varints, in a record of its own whose length comes
// first. The register goes back through flexsearch's own `import`. The map of a large library holds
// tens of millions of ids, so it is read lazily: loading keeps each term's record as bytes, and a
// term is decoded the first time a query (or an edit) asks for it, so a start costs a pass over the
// terms, not over every id.
import type { Index } from 'flexsearch';
import { encode, ByteReader, type ByteWriter } from './bytes';

type Slots = Array<number[] | undefined>;

/** What a flexsearch Index holds (flexsearch 0.8): term -> slots by score -> ids, and every id. */
interface IndexInternals {
  map: Map<string, Slots>;
  reg: Set<number>;
}

function internalsOf(index: Index): IndexInternals {
  const internals = index as unknown as Partial<IndexInternals>;
  if (!(internals.map instanceof Map) || !(internals.reg instanceof Set)) throw new Error('this version of flexsearch keeps its index in a shape the saved index does not know');
  return internals as IndexInternals;
}

/**
 * flexsearch's term map, filled lazily: terms not asked for yet are kept as their saved record.
 * flexsearch reaches its map only through get and set (search, add), which this honours.
 */
class LazyPostings extends Map<string, Slots> {
  readonly #records = new Map<string, Buffer>();

  /** Keeps a term's saved record, to be decoded when first asked for. */
  keep(term: string, record: Buffer): void {
    this.#records.set(term, record);
  }

  override get(term: string): Slots | undefined {
    const decoded = super.get(term);
    if (decoded !== undefined) return decoded;
    const record = this.#records.get(term);
    if (record === undefined) return undefined;
    const slots = decodeSlots(record);
    this.#records.delete(term);
    super.set(term, slots);
    return slots;
  }

  override has(term: string): boolean {
    return super.has(term) || this.#records.has(term);
  }

  override delete(term: string): boolean {
    const kept = this.#records.delete(term);
    return super.delete(term) || kept;
  }

  override clear(): void {
    this.#records.clear();
    super.clear();
  }

  /** Decodes saved records until `deadline` (a performance.now() time); true once none is left. */
  decodeUntil(deadline: number): boolean {
    for (const term of this.#records.keys()) {
      this.get(term);
      if (performance.now() >= deadline) break;
    }
    return this.#records.size === 0;
  }

  /** Terms held, decoded or not. */
  get terms(): number {
    return super.size + this.#records.size;
  }

  /** Each term with its slots, or its saved record if it was never decoded. */
  *saved(): Generator<[string, Slots | Buffer]> {
    yield* super.entries();
    yield* this.#records.entries();
  }
}

function writeIds(writer: ByteWriter, ids: Iterable<number>): void {
  let previous = 0;
  for (const id of ids) {
    writer.int(id - previous);
    previous = id;
  }
}

function encodeSlots(slots: Slots): Buffer {
  return encode((writer) => {
    writer.uint(slots.length);
    for (let slot = 0; slot < slots.length; slot++) {
      const ids = slots[slot];
      // 0 is an empty slot (a hole in flexsearch's array); otherwise the count plus one.
      writer.uint(ids ? ids.length + 1 : 0);
      if (ids) writeIds(writer, ids);
    }
  });
}

function decodeSlots(record: Buffer): Slots {
  const reader = new ByteReader(record);
  const slots: Slots = new Array<number[] | undefined>(reader.uint());
  for (let slot = 0; slot < slots.length; slot++) {
    const stored = reader.uint();
    if (stored > 0) slots[slot] = reader.deltas(stored - 1);
  }
  if (!reader.done) throw new RangeError('a term’s postings are longer than their slots');
  return slots;
}

/** Decodes what `readIndex` left as bytes, until `deadline`; true once every term is decoded. */
export function decodeUntil(index: Index, deadline: number): boolean {
  const { map } = internalsOf(index);
  return map instanceof LazyPostings ? map.decodeUntil(deadline) : true;
}

export function writeIndex(writer: ByteWriter, index: Index): void {
  const { map, reg } = internalsOf(index);
  writer.uint(reg.size);
  writeIds(writer, reg);
  const entries: Iterable<[string, Slots | Buffer]> = map instanceof LazyPostings ? map.saved() : map.entries();
  writer.uint(map instanceof LazyPostings ? map.terms : map.size);
  for (const [term, value] of entries) {
    const record = Buffer.isBuffer(value) ? value : encodeSlots(value);
    writer.string(term);
    writer.uint(record.length);
    writer.bytes(record);
  }
}

/** Fills an empty Index with what `writeIndex` wrote; each term is decoded when first asked for. */
export function readIndex(reader: ByteReader, index: Index): void {
  const internals = internalsOf(index);
  const reg = reader.deltas(reader.uint());
  const terms = reader.uint();
  const load = index.import.bind(index) as unknown as (key: string, data: unknown) => void;
  load('reg', reg);
  const lazy = new LazyPostings();
  for (let t = 0; t < terms; t++) {
    const term = reader.string();
    lazy.keep(term, reader.take(reader.uint()));
  }
  internals.map = lazy;
}
