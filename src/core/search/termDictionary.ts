// Whole words seen in long text, sorted, so a typed prefix expands to the words it could become.
// This gives prefix search over bodies while the body index itself stays `strict` (whole words),
// which is what keeps memory flat as the library grows to tens of thousands of transcripts.
import { stem } from './text';

export class TermDictionary {
  /** word -> how many times it was added (a rough popularity for choosing expansions). */
  readonly #counts = new Map<string, number>();
  #sorted: string[] = [];
  #dirty = false;

  get size(): number {
    return this.#counts.size;
  }

  add(word: string): void {
    const count = this.#counts.get(word);
    this.#counts.set(word, (count ?? 0) + 1);
    if (count !== undefined) return;
    // After the first lookup, new words (a journal edit) are placed in order instead of re-sorting.
    if (this.#sorted.length === 0 || this.#dirty) this.#dirty = true;
    else this.#sorted.splice(this.#lowerBound(word), 0, word);
  }

  #lowerBound(prefix: string): number {
    let low = 0;
    let high = this.#sorted.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((this.#sorted[mid] as string) < prefix) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  /** The stems of the most frequent words that start with `prefix`, at most `limit`. */
  expand(prefix: string, limit = 24): string[] {
    if (this.#dirty) {
      this.#sorted = [...this.#counts.keys()].sort();
      this.#dirty = false;
    }
    const low = this.#lowerBound(prefix);
    const candidates: Array<[string, number]> = [];
    for (let i = low; i < this.#sorted.length; i++) {
      const word = this.#sorted[i] as string;
      if (!word.startsWith(prefix)) break;
      candidates.push([word, this.#counts.get(word) ?? 0]);
    }
    candidates.sort((a, b) => b[1] - a[1] || a[0].length - b[0].length);
    const stems = new Set<string>();
    for (const [word] of candidates) {
      stems.add(stem(word));
      if (stems.size >= limit) break;
    }
    return [...stems];
  }
}
