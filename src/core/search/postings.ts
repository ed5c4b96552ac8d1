// Reads a term's ids from one of the flexsearch indexes, in flexsearch's order (best score slot
// first), whether the index was built here (arrays) or loaded from the saved index (bytes, see
// snapshot/savedPostings), into a buffer reused from read to read: a query allocates nothing per id.
import type { Index } from 'flexsearch';
import { internalsOf } from './snapshot/flexsearchCodec';
import { SavedPostings, copySlots } from './snapshot/savedPostings';

export class PostingsReader {
  #ids = new Int32Array(1024);

  /** The ids of `term` in `index`, at most `limit`: a view that the next read overwrites. */
  read(index: Index, term: string, limit: number): Int32Array {
    const { map, reg } = internalsOf(index);
    // A term holds each id at most once, so never more ids than the index has.
    const room = Math.min(limit, reg.size);
    if (this.#ids.length < room) this.#ids = new Int32Array(Math.max(room, this.#ids.length * 2));
    const ids = this.#ids;
    if (map instanceof SavedPostings) return ids.subarray(0, map.read(term, room, ids));
    const slots = map.get(term);
    return ids.subarray(0, slots ? copySlots(slots, 0, room, ids, 0) : 0);
  }
}
