// Whole words seen in long text, sorted, so a typed prefix expands to the words it could become,
// and a mistyped word finds the words one edit away. This gives prefix search over bodies while the
// body index itself stays `strict` (whole words), which is what keeps memory flat as the library
// grows to tens of thousands of transcripts.
import { stem } from './text';

export class TermDictionary {
  /** word -> how many times it was added (a rough popularity for choosing expansions). */
  readonly #counts = new Map<string, number>();
  #sorted: string[] = [];
  #dirty = false;
  /** Expansions of short prefixes, asked for at every first keystroke; forgotten when a word is new. */
  readonly #expanded = new Map<string, string[]>();

  get size(): number {
    return this.#counts.size;
  }

  /** Every word with how many times it was added, for saving. */
  entries(): IterableIterator<[string, number]> {
    return this.#counts.entries();
  }

  /** Takes back what `entries` gave (into an empty dictionary). */
  load(entries: Iterable<[string, number]>): void {
    for (const [word, count] of entries) this.#counts.set(word, count);
    this.#dirty = true;
    this.#expanded.clear();
  }

  add(word: string): void {
    const count = this.#counts.get(word);
    this.#counts.set(word, (count ?? 0) + 1);
    if (count !== undefined) return;
    this.#expanded.clear();
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

  #sortedWords(): string[] {
    if (this.#dirty) {
      this.#sorted = [...this.#counts.keys()].sort();
      this.#dirty = false;
    }
    return this.#sorted;
  }

  /**
   * Words one edit away from `word` (a letter added, dropped, changed, or two neighbours swapped),
   * the most frequent first, at most `limit`: what a typo most likely meant. For a word being typed,
   * a word that starts with such a variant counts too ("confri" → "confirm").
   */
  corrections(word: string, prefix: boolean, limit = 8): string[] {
    const sorted = this.#sortedWords();
    const found = new Map<string, number>();
    for (const variant of oneEditAway(word)) {
      if (!prefix) {
        const count = this.#counts.get(variant);
        if (count !== undefined) found.set(variant, count);
        continue;
      }
      let taken = 0;
      for (let i = this.#lowerBound(variant); i < sorted.length && taken < limit; i++, taken++) {
        const candidate = sorted[i] as string;
        if (!candidate.startsWith(variant)) break;
        found.set(candidate, this.#counts.get(candidate) ?? 0);
      }
    }
    found.delete(word);
    return [...found].sort((a, b) => b[1] - a[1] || a[0].length - b[0].length || (a[0] < b[0] ? -1 : 1)).slice(0, limit).map(([candidate]) => candidate);
  }

  /** The `limit` rarest words that start with `prefix`, the rarest first (then alphabetically). */
  rarestStartingWith(prefix: string, limit: number): string[] {
    const sorted = this.#sortedWords();
    const found: Array<[string, number]> = [];
    for (let i = this.#lowerBound(prefix); i < sorted.length; i++) {
      const word = sorted[i] as string;
      if (!word.startsWith(prefix)) break;
      found.push([word, this.#counts.get(word) ?? 0]);
    }
    return found
      .sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, limit)
      .map(([word]) => word);
  }

  /** The stems of the most frequent words that start with `prefix`, at most `limit`. */
  expand(prefix: string, limit = 24): string[] {
    const remembered = prefix.length <= 3 && limit === 24 ? this.#expanded.get(prefix) : undefined;
    if (remembered) return remembered;
    this.#sortedWords();
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
    const expanded = [...stems];
    if (prefix.length <= 3 && limit === 24) this.#expanded.set(prefix, expanded);
    return expanded;
  }
}

const latin = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** Every string one edit from `word` (Damerau–Levenshtein distance 1), over its own letters and a–z, 0–9. */
export function oneEditAway(word: string): Set<string> {
  const letters = [...new Set([...latin, ...word])];
  const chars = [...word];
  const variants = new Set<string>();
  for (let i = 0; i <= chars.length; i++) {
    const head = chars.slice(0, i).join('');
    const rest = chars.slice(i);
    const tail = rest.join('');
    if (rest.length > 0) variants.add(head + rest.slice(1).join('')); // drop a letter
    if (rest.length > 1) variants.add(head + (rest[1] as string) + (rest[0] as string) + rest.slice(2).join('')); // swap two neighbours
    for (const letter of letters) {
      variants.add(head + letter + tail); // add a letter
      if (rest.length > 0) variants.add(head + letter + rest.slice(1).join('')); // change a letter
    }
  }
  variants.delete(word);
  return variants;
}
