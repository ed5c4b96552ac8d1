// A flexsearch term map whose saved postings stay in the file's bytes. An id costs one or two bytes
// there, against eight in a JavaScript array, and reading a term's ids straight from its bytes at
// each query is as quick as walking an array: so a loaded index is never decoded into arrays, starts
// answering at once and holds a fraction of the memory.
//
// A term's record: its slot count, then for each of flexsearch's score slots 0 (empty) or its id
// count plus one, followed by the ids as zigzag varint differences from the one before.
//
// flexsearch reaches its map only through `get` and `set`, when it adds a document. For a saved term
// `get` hands it empty slots of its own, so the ids added since loading are kept apart from the
// saved ones; `read` gives both in flexsearch's order (per slot, saved ids first, then added ones).
// flexsearch's own `search` would see only the added ids: every read goes through `read`.
import { encode, ByteReader } from './bytes';

/** A term's ids per score slot, as flexsearch keeps them (best slot first). */
export type Slots = Array<number[] | undefined>;

export class SavedPostings extends Map<string, Slots> {
  readonly #bytes: Buffer;
  /** Each saved term's record, by where its length starts in #bytes. */
  readonly #saved = new Map<string, number>();

  constructor(bytes: Buffer) {
    super();
    this.#bytes = bytes;
  }

  /** Notes a saved term whose record (its length first) starts at `at`. */
  keep(term: string, at: number): void {
    this.#saved.set(term, at);
  }

  /** The slots flexsearch adds a term's new ids to: for a saved term, the added ones only. */
  override get(term: string): Slots | undefined {
    let added = super.get(term);
    if (added === undefined && this.#saved.has(term)) super.set(term, (added = []));
    return added;
  }

  override has(term: string): boolean {
    return super.has(term) || this.#saved.has(term);
  }

  override delete(term: string): boolean {
    const saved = this.#saved.delete(term);
    return super.delete(term) || saved;
  }

  override clear(): void {
    this.#saved.clear();
    super.clear();
  }

  /** Terms held, saved or added. */
  get terms(): number {
    let count = this.#saved.size;
    for (const term of super.keys()) if (!this.#saved.has(term)) count++;
    return count;
  }

  /**
   * Copies a term's ids into `into` from 0, best slots first, at most `limit` (no more than
   * `into.length`), and says how many. The bytes were checked against their checksum when loaded.
   */
  read(term: string, limit: number, into: Int32Array): number {
    const added = super.get(term);
    const at = this.#saved.get(term);
    if (at === undefined) return added ? copySlots(added, 0, limit, into, 0) : 0;
    const bytes = this.#bytes;
    let p = at;
    while ((bytes[p++] as number) >= 0x80); // the record's length
    let slots = 0;
    for (let shift = 0, byte = 0x80; byte >= 0x80; shift += 7) {
      byte = bytes[p++] as number;
      slots += (byte & 0x7f) * 2 ** shift;
    }
    let n = 0;
    for (let slot = 0; slot < slots && n < limit; slot++) {
      let stored = 0;
      for (let shift = 0, byte = 0x80; byte >= 0x80; shift += 7) {
        byte = bytes[p++] as number;
        stored += (byte & 0x7f) * 2 ** shift;
      }
      if (stored > 0) {
        const end = Math.min(limit, n + stored - 1);
        let previous = 0;
        while (n < end) {
          let byte = bytes[p++] as number;
          let zigzag = byte & 0x7f;
          for (let shift = 7; byte >= 0x80; shift += 7) {
            byte = bytes[p++] as number;
            zigzag += (byte & 0x7f) * 2 ** shift;
          }
          previous += (zigzag >>> 1) ^ -(zigzag & 1);
          into[n++] = previous;
        }
        if (n >= limit) return n;
      }
      const extra = added?.[slot];
      if (extra) n = copyIds(extra, limit, into, n);
    }
    return added && added.length > slots ? copySlots(added, slots, limit, into, n) : n;
  }

  /** Each term with its record (length not included), for saving: saved records as they are, unless ids were added. */
  *records(): Generator<[string, Buffer]> {
    for (const [term, at] of this.#saved) {
      const reader = new ByteReader(this.#bytes.subarray(at));
      const record = reader.take(reader.uint());
      const added = super.get(term);
      yield [term, added ? encodeSlots(mergeSlots(decodeSlots(record), added)) : record];
    }
    for (const [term, slots] of super.entries()) if (!this.#saved.has(term)) yield [term, encodeSlots(slots)];
  }
}

/** Copies `ids` into `into` from `n`, up to `limit`; returns the new count. */
function copyIds(ids: readonly number[], limit: number, into: Int32Array, n: number): number {
  for (let i = 0; i < ids.length && n < limit; i++) into[n++] = ids[i] as number;
  return n;
}

/** Copies the ids of `slots` from slot `first` on into `into` from `n`, up to `limit`; returns the new count. */
export function copySlots(slots: Slots, first: number, limit: number, into: Int32Array, n: number): number {
  for (let slot = first; slot < slots.length && n < limit; slot++) {
    const ids = slots[slot];
    if (ids) n = copyIds(ids, limit, into, n);
  }
  return n;
}

function mergeSlots(saved: Slots, added: Slots): Slots {
  const merged: Slots = saved.slice();
  added.forEach((ids, slot) => {
    if (ids?.length) merged[slot] = [...(merged[slot] ?? []), ...ids];
  });
  return merged;
}

export function encodeSlots(slots: Slots): Buffer {
  return encode((writer) => {
    writer.uint(slots.length);
    for (let slot = 0; slot < slots.length; slot++) {
      const ids = slots[slot];
      // 0 is an empty slot (a hole in flexsearch's array); otherwise the count plus one.
      writer.uint(ids ? ids.length + 1 : 0);
      if (!ids) continue;
      let previous = 0;
      for (const id of ids) {
        writer.int(id - previous);
        previous = id;
      }
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
