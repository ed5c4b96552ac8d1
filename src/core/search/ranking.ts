// How search results are ranked and shown: the query's words, the running scores of a query, picking
// the leaders without sorting everything, phrase rewards, filters, and which text words a query word
// highlights. Everything per document lives in flat typed arrays indexed by document number and is
// reused from query to query, so a query allocates in proportion to its hits, not to the library.
import type { ResultKind, SearchQuery } from '../../shared/contract';
import type { IndexedDocument } from './searchDocument';
import type { WordMatcher } from './snippet';
import { isStopWord, stem, words } from './text';

export interface QueryTerm {
  word: string;
  stem: string;
  /** The word being typed: match words it begins, not only whole words. */
  prefix: boolean;
}

/** How much evidence from a document's other fields adds to its best field for one word. */
const otherFieldShare = 0.15;

export interface Ranked {
  doc: IndexedDocument;
  score: number;
  matched: number;
}

const byRank = (a: Ranked, b: Ranked) => b.matched - a.matched || b.score - a.score || a.doc.title.localeCompare(b.doc.title);
/** Leaders whose titles and keywords are checked for the query's words standing together. */
export const phraseCandidates = 30;
/** Fields a query word is scored in, each kept apart for one word. */
export const Field = { title: 0, keywords: 1, body: 2 } as const;
export type Field = (typeof Field)[keyof typeof Field];

/**
 * The scores of one query being answered. For each word, `offer` keeps each document's best score
 * per field; `endTerm` folds that word into the running totals (its best field counts fully, the
 * others add a little, and rare words count for more), or `endTermWithBody` does, with the word's
 * body postings folded straight in; `leaders` then finds the best documents.
 */
export class QueryScores {
  #fields: [Float32Array, Float32Array, Float32Array] = [new Float32Array(0), new Float32Array(0), new Float32Array(0)];
  #termTouched = new Int32Array(0);
  /** 1 for each document the current word's title, keywords and prefix lists reached. */
  #reached = new Uint8Array(0);
  #termCount = 0;
  #score = new Float64Array(0);
  #matched = new Uint8Array(0);
  #touched = new Int32Array(0);
  #count = 0;

  /** Makes room for document numbers below `slots` and forgets the last query. */
  begin(slots: number): void {
    if (this.#score.length < slots) {
      const size = Math.max(slots, Math.ceil(this.#score.length * 1.5), 1024);
      this.#fields = [new Float32Array(size), new Float32Array(size), new Float32Array(size)];
      this.#termTouched = new Int32Array(size);
      this.#reached = new Uint8Array(size);
      this.#score = new Float64Array(size);
      this.#matched = new Uint8Array(size);
      this.#touched = new Int32Array(size);
      this.#termCount = this.#count = 0;
      return;
    }
    this.#clearTerm();
    for (let i = 0; i < this.#count; i++) {
      const number = this.#touched[i] as number;
      this.#score[number] = 0;
      this.#matched[number] = 0;
    }
    this.#count = 0;
  }

  offer(number: number, field: Field, score: number): void {
    if (this.#reached[number] === 0) {
      this.#reached[number] = 1;
      this.#termTouched[this.#termCount++] = number;
    }
    const scores = this.#fields[field];
    if (score > (scores[number] as number)) scores[number] = score;
  }

  /** Documents the current word has reached so far. */
  get termHits(): number {
    return this.#termCount;
  }

  /** Adds the current word's scores, weighted by `rarity`, to the totals, and starts the next word. */
  endTerm(rarity: number): void {
    const [title, keywords, body] = this.#fields;
    for (let i = 0; i < this.#termCount; i++) {
      const number = this.#termTouched[i] as number;
      const t = title[number] as number;
      const k = keywords[number] as number;
      const b = body[number] as number;
      const best = t > k ? (t > b ? t : b) : k > b ? k : b;
      if (this.#matched[number] === 0) this.#touched[this.#count++] = number;
      this.#score[number] = (this.#score[number] as number) + (best + otherFieldShare * (t + k + b - best)) * rarity;
      this.#matched[number] = (this.#matched[number] as number) + 1;
    }
    this.#clearTerm();
  }

  /**
   * Ends the current word with the documents whose body holds it, best first (`body`, scored from
   * `weight` down to half of it by rank), read last and straight from the postings. A document no
   * other list of this word reached adds its score to the totals at once, with no per-field
   * bookkeeping: that is most of a common word's postings, so a question of common words costs two
   * light passes over them (one, when no other list reached any document). `live` is 0 for removed
   * documents (`allLive`: there are none); `documents` is how many are live.
   */
  endTermWithBody(body: Int32Array, weight: number, live: Uint8Array, documents: number, allLive: boolean): void {
    const bodyField = this.#fields[Field.body];
    const reached = this.#reached;
    const score = this.#score;
    const matched = this.#matched;
    const touched = this.#touched;
    const step = 1 / (2 * body.length);
    let fresh = 0;
    if (this.#termCount === 0 && allLive) fresh = body.length;
    else {
      // First pass: documents other lists reached keep their body score with their other fields.
      for (let rank = 0; rank < body.length; rank++) {
        const number = body[rank] as number;
        if (live[number] === 0) continue;
        if (reached[number] === 1) {
          const field = weight * (1 - rank * step);
          if (field > (bodyField[number] as number)) bodyField[number] = field;
        } else fresh++;
      }
    }
    const rarity = rarityOf(documents, this.#termCount + fresh);
    let count = this.#count;
    for (let rank = 0; rank < body.length; rank++) {
      const number = body[rank] as number;
      if (live[number] === 0 || reached[number] === 1) continue;
      const before = matched[number] as number;
      if (before === 0) touched[count++] = number;
      score[number] = (score[number] as number) + weight * (1 - rank * step) * rarity;
      matched[number] = before + 1;
    }
    this.#count = count;
    this.endTerm(rarity);
  }

  #clearTerm(): void {
    const [title, keywords, body] = this.#fields;
    for (let i = 0; i < this.#termCount; i++) {
      const number = this.#termTouched[i] as number;
      title[number] = keywords[number] = body[number] = 0;
      this.#reached[number] = 0;
    }
    this.#termCount = 0;
  }

  /**
   * The best `count` documents that have a weight and that `keep` accepts (by number), in rank order, and how
   * many there are in all. A document's weight is `weightOfKind[kinds[number]]` (removed documents,
   * and kinds filtered out, weigh 0). A small heap holds the leaders while every hit passes once, so
   * a common word that reaches most of a large library costs no sorting, and documents are only
   * looked at when the query has filters other than kinds.
   */
  leaders(docs: ReadonlyArray<IndexedDocument | undefined>, kinds: Uint8Array, weightOfKind: Float32Array, count: number, keep: ((number: number) => boolean) | null): { leading: Ranked[]; total: number } {
    const heap = new Leaders(count);
    let total = 0;
    for (let i = 0; i < this.#count; i++) {
      const number = this.#touched[i] as number;
      const weight = weightOfKind[kinds[number] as number] as number;
      if (weight === 0 || (keep && !keep(number))) continue;
      total++;
      heap.offer((this.#matched[number] as number) * 1e9 + (this.#score[number] as number) * weight, number);
    }
    const leading = heap.numbers().map((number): Ranked => ({ doc: docs[number] as IndexedDocument, score: (this.#score[number] as number) * (weightOfKind[kinds[number] as number] as number), matched: this.#matched[number] as number }));
    return { leading: leading.sort(byRank), total };
  }
}

/** Rarer words say more about a document: a word's weight is its inverse document frequency. */
export function rarityOf(documents: number, hits: number): number {
  return Math.log(1 + documents / Math.max(1, hits));
}

/** The `size` largest keys offered, in a min-heap: most offers are turned away by one comparison. */
class Leaders {
  readonly #keys: Float64Array;
  readonly #numbers: Int32Array;
  #length = 0;

  constructor(readonly size: number) {
    this.#keys = new Float64Array(size);
    this.#numbers = new Int32Array(size);
  }

  offer(key: number, number: number): void {
    if (this.#length < this.size) {
      let i = this.#length++;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if ((this.#keys[parent] as number) <= key) break;
        this.#keys[i] = this.#keys[parent] as number;
        this.#numbers[i] = this.#numbers[parent] as number;
        i = parent;
      }
      this.#keys[i] = key;
      this.#numbers[i] = number;
      return;
    }
    if (this.size === 0 || key <= (this.#keys[0] as number)) return;
    // Replace the smallest and sift it down.
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= this.size) break;
      const right = left + 1;
      const child = right < this.size && (this.#keys[right] as number) < (this.#keys[left] as number) ? right : left;
      if ((this.#keys[child] as number) >= key) break;
      this.#keys[i] = this.#keys[child] as number;
      this.#numbers[i] = this.#numbers[child] as number;
      i = child;
    }
    this.#keys[i] = key;
    this.#numbers[i] = number;
  }

  /** The numbers held, in no particular order. */
  numbers(): number[] {
    return Array.from(this.#numbers.subarray(0, this.#length));
  }
}

/**
 * Query words that stand together in a title or keywords, in the query's order, are a strong sign
 * ("share without strings" is that lesson's name): each extra word of the longest such run adds a
 * quarter to the score of the leading candidates, which are then re-sorted.
 */
export function rewardPhrases(ranked: Ranked[], terms: QueryTerm[]): void {
  const leading = ranked.slice(0, phraseCandidates);
  const fitsOf = termFits(terms);
  for (const entry of leading) {
    if (entry.matched < 2) continue;
    const run = Math.max(longestRun(words(entry.doc.title), fitsOf), longestRun(words(entry.doc.keywords), fitsOf));
    if (run > 1) entry.score *= 1 + 0.25 * (run - 1);
  }
  leading.sort(byRank);
  ranked.splice(0, leading.length, ...leading);
}

/** For a word, which of the query's terms it stands for, as bits (remembered: titles repeat words). */
function termFits(terms: QueryTerm[]): (word: string) => number {
  const known = new Map<string, number>();
  const counted = terms.slice(0, 31);
  const heads = counted.map(stemHead);
  return (word) => {
    let bits = known.get(word);
    if (bits !== undefined) return bits;
    bits = 0;
    if (!isStopWord(word)) {
      let wordStem: string | undefined;
      for (let i = 0; i < counted.length; i++) {
        const term = counted[i] as QueryTerm;
        if (word === term.word || (term.prefix && word.startsWith(term.word)) || (word.startsWith(heads[i] as string) && (wordStem ??= stem(word)) === term.stem)) bits |= 1 << i;
      }
    }
    known.set(word, bits);
    return bits;
  };
}

/** The longest run of a field's meaningful words that stand for consecutive query terms, in order. */
function longestRun(fieldWords: string[], fitsOf: (word: string) => number): number {
  let longest = 0;
  let previous = 0; // bit i: a run ends at the previous word with term i; its length is in runs[i]
  let runs: number[] = [];
  for (const word of fieldWords) {
    if (isStopWord(word)) continue;
    const bits = fitsOf(word);
    const next: number[] = [];
    let current = 0;
    for (let i = 0; bits >> i !== 0; i++) {
      if ((bits & (1 << i)) === 0) continue;
      const length = i > 0 && previous & (1 << (i - 1)) ? (runs[i - 1] as number) + 1 : 1;
      next[i] = length;
      current |= 1 << i;
      if (length > longest) longest = length;
    }
    previous = current;
    runs = next;
  }
  return longest;
}

export const kindOrder: Record<ResultKind, number> = { lesson: 0, episode: 1, article: 2, podcast: 3, transcript: 4, note: 5, journal: 6, person: 7, action: 8 };

export function queryTerms(q: string): QueryTerm[] {
  const all = words(q);
  const typingLastWord = !/\s$/.test(q);
  const unique = [...new Set(all)];
  const meaningful = unique.filter((w) => !isStopWord(w));
  const chosen = meaningful.length > 0 ? meaningful : unique;
  const last = all.at(-1);
  return chosen.map((word) => ({ word, stem: stem(word), prefix: typingLastWord && word === last }));
}

/**
 * What a word must start with to share a term's stem: most of that stem, since Porter rewrites at
 * most the last couple of letters (happy -> happi). Most words are ruled out without stemming them.
 */
function stemHead(term: QueryTerm): string {
  return term.stem.slice(0, Math.max(1, term.stem.length - 2));
}

/** Which query word (if any) a text word matches; answers are remembered, since texts repeat words. */
export function matcherFor(terms: QueryTerm[]): WordMatcher {
  const known = new Map<string, string | null>();
  const heads = terms.map(stemHead);
  const matcher: WordMatcher = (word) => {
    let answer = known.get(word);
    if (answer !== undefined) return answer;
    answer = null;
    let wordStem: string | undefined;
    for (let i = 0; i < terms.length && answer === null; i++) {
      const term = terms[i] as QueryTerm;
      if (word === term.word || (term.prefix && word.startsWith(term.word))) answer = term.word;
      else if (word.startsWith(heads[i] as string) && (wordStem ??= stem(word)) === term.stem) answer = term.word;
    }
    known.set(word, answer);
    return answer;
  };
  // Every word it accepts starts with the term's head or the term itself: those are the needles.
  matcher.needles = [...new Set(terms.flatMap((term, i) => [heads[i] as string, term.word]))].filter((needle, _, all) => !all.some((other) => other !== needle && needle.startsWith(other)));
  return matcher;
}

/** Whether a query narrows results by what only the document itself says (not kind, mode or tag). */
export function hasDocumentFilters(query: SearchQuery): boolean {
  return Boolean(query.shows?.length || query.statuses?.length || query.personIds?.length || query.dueFrom || query.dueTo || query.hasTranscript);
}

export function passesFilters(doc: IndexedDocument, query: SearchQuery): boolean {
  if (query.kinds?.length && !query.kinds.includes(doc.kind)) return false;
  if (query.modes?.length && (!doc.mode || !query.modes.includes(doc.mode))) return false;
  if (query.shows?.length && (!doc.show || !query.shows.includes(doc.show))) return false;
  if (query.tags?.length && !query.tags.some((tag) => doc.tags.includes(tag))) return false;
  if (query.statuses?.length && (!doc.status || !query.statuses.includes(doc.status))) return false;
  if (query.personIds?.length && (!doc.personId || !query.personIds.includes(doc.personId))) return false;
  if (query.hasTranscript && !doc.hasTranscript) return false;
  if ((query.dueFrom || query.dueTo) && (!doc.due || (query.dueFrom && doc.due < query.dueFrom) || (query.dueTo && doc.due > query.dueTo))) return false;
  return true;
}
