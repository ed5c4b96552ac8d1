// Full-text search over lessons, items and journal entries, built on flexsearch.
//
// Memory is planned for tens of thousands of long documents: short fields (titles, keywords) get
// flexsearch `forward` indexes, which match prefixes but cost memory per character; long text gets
// a `strict` index of stems (no stop words), and a typed prefix is expanded to whole words through
// a TermDictionary. Document text is not kept here: snippets are cut from text fetched on demand.
//
// Each query word is looked up on its own and documents are ranked by how many of the words they
// match, then by how well (title over keywords over body, earlier over later), so a natural question
// finds its lesson even when its words fall in different fields. A word of five letters or more that
// nothing matches is taken for a typo: the words one edit away are looked up instead, for less.
import { setImmediate as nextTurn } from 'node:timers/promises';
import { Index } from 'flexsearch';
import { lessonModes, resultKinds, type LessonMode, type ResultKind, type SearchHit, type SearchQuery, type SearchResults } from '../../shared/contract';
import { makeSnippet, markWords, type WordMatcher } from './snippet';
import { Field, hasDocumentFilters, kindOrder, matcherFor, passesFilters, phraseCandidates, QueryScores, queryTerms, rarityOf, rewardPhrases, type QueryTerm, type Ranked } from './ranking';
import type { IndexedDocument, SearchDocument, TextSource } from './searchDocument';
import { PostingsReader } from './postings';
import { ShortField } from './shortField';
import { TermDictionary } from './termDictionary';
import { isStopWord, stem, words } from './text';

/** How many documents each word a typed prefix expands to may bring. */
const candidateLimit = 500;
/**
 * Past this many hits, three places in four go to a document holding a word the typed prefix begins
 * that the hits so far do not hold, the rarest words first: the first page is the best matches, and
 * later pages reach every word of the library that starts with what was typed.
 */
const coverageFrom = 20;
/** Words a prefix may begin that are checked for coverage (a two-letter prefix begins a few hundred). */
const coverageWords = 3000;
/** Postings of a word read to see whether a hit already holds it. */
const coveragePostings = 50;
/** Words this long are corrected when nothing matches them; shorter ones have too many neighbours. */
const typoMinLength = 5;
/** A corrected word counts for less than the word typed would have: typo hits rank below exact ones. */
const corrections = 4;
const typoWeight = 0.5;
const fieldWeight = { title: 3, keywords: 1.5, body: 1 } as const;
const kindWeight: Record<ResultKind, number> = { lesson: 1.25, episode: 1, article: 1, podcast: 1, transcript: 0.9, note: 1, journal: 1, person: 1, action: 1 };
/** A mode's code in the per-number table; 0 is none. */
const modeCode = new Map(lessonModes.map((mode, i) => [mode, i + 1]));
/** A kind's code in the per-number table; 0 is a removed document. */
const kindCode = new Map(resultKinds.map((kind, i) => [kind, i + 1]));

/** The weight of each kind code for a query: 0 for removed documents and for kinds it filters out. */
function kindWeights(kinds: readonly ResultKind[] | undefined): Float32Array {
  const weights = new Float32Array(resultKinds.length + 1);
  for (const kind of kinds?.length ? kinds : resultKinds) weights[kindCode.get(kind) as number] = kindWeight[kind];
  return weights;
}
const splitOnSpace = (text: string) => text.split(' ').filter(Boolean);
const noPostings = new Int32Array(0);

export function keyOf(kind: ResultKind, id: string): string {
  return `${kind}:${id}`;
}

/** What a SearchIndex holds, named, for saving and loading (see snapshot/). */
export interface SearchIndexParts {
  /** Each document by number; null where one was replaced or removed. */
  docs: Array<IndexedDocument | null>;
  dictionary: Array<[string, number]>;
  retired: number;
}

export class SearchIndex {
  readonly #postings = new PostingsReader();
  readonly #title = new ShortField(this.#postings);
  readonly #keywords = new ShortField(this.#postings);
  readonly #body = new Index({ tokenize: 'strict', encode: splitOnSpace });
  readonly #dictionary = new TermDictionary();
  readonly #docs: Array<IndexedDocument | undefined> = [];
  readonly #numbers = new Map<string, number>();
  /** Each document's kind code by number; 0 for numbers whose document was removed. */
  #kinds = new Uint8Array(1024);
  /** Each document's mode code by number (lessons and actions), so a mode filter reads no document. */
  #modes = new Uint8Array(1024);
  /** The live documents of each tag, so a tag filter reads no document. */
  readonly #tagged = new Map<string, Set<number>>();
  readonly #scores = new QueryScores();
  /** Numbers whose document was replaced or removed: their postings stay behind, unreachable. */
  #retired = 0;
  readonly #textOf: TextSource;

  constructor(textOf: TextSource) {
    this.#textOf = textOf;
  }

  get size(): number {
    return this.#numbers.size;
  }

  get dictionarySize(): number {
    return this.#dictionary.size;
  }

  /** Adds or replaces a document. */
  add(doc: SearchDocument): void {
    const key = keyOf(doc.kind, doc.id);
    this.remove(key);
    const number = this.#docs.length;
    const bodyStems: string[] = [];
    for (const word of words(`${doc.title} ${doc.body}`)) {
      if (isStopWord(word)) continue;
      this.#dictionary.add(word);
      bodyStems.push(stem(word));
    }
    const keywords = doc.keywords.filter(Boolean).join(' · ');
    this.#title.add(number, words(doc.title));
    this.#keywords.add(number, words(keywords));
    this.#body.add(number, bodyStems.join(' '));
    this.#docs[number] = {
      key,
      id: doc.id,
      kind: doc.kind,
      title: doc.title,
      keywords,
      tags: doc.tags ?? [],
      ...(doc.itemId ? { itemId: doc.itemId } : {}),
      ...(doc.mode ? { mode: doc.mode } : {}),
      ...(doc.show ? { show: doc.show } : {}),
      ...(doc.date ? { date: doc.date } : {}),
      ...(doc.status ? { status: doc.status } : {}),
      ...(doc.personId ? { personId: doc.personId } : {}),
      ...(doc.due ? { due: doc.due } : {}),
      ...(doc.at !== undefined ? { at: doc.at } : {}),
      ...(doc.chapter ? { chapter: doc.chapter } : {}),
      ...(doc.hasTranscript ? { hasTranscript: true } : {}),
    };
    this.#numbers.set(key, number);
    this.#describe(number, this.#docs[number] as IndexedDocument);
  }

  /**
   * Forgets a document. flexsearch removes an id by scanning its whole index (160 ms at 10k long
   * documents), which would make every journal edit slower as the library grows; instead the
   * document's number is retired: it is never reused, lookups skip it, and its stale postings are
   * gone at the next start, when the index is built afresh.
   */
  remove(key: string): void {
    const number = this.#numbers.get(key);
    if (number === undefined) return;
    for (const tag of this.#docs[number]?.tags ?? []) this.#tagged.get(tag)?.delete(number);
    this.#docs[number] = undefined;
    this.#kinds[number] = 0;
    this.#numbers.delete(key);
    this.#retired += 1;
  }

  /** Notes what filters read of a document (its kind, mode and tags) by its number. */
  #describe(number: number, doc: IndexedDocument): void {
    if (number >= this.#kinds.length) {
      const size = Math.max(1024, Math.ceil(number * 1.5));
      const kinds = new Uint8Array(size);
      kinds.set(this.#kinds);
      this.#kinds = kinds;
      const modes = new Uint8Array(size);
      modes.set(this.#modes);
      this.#modes = modes;
    }
    this.#kinds[number] = kindCode.get(doc.kind) as number;
    this.#modes[number] = doc.mode ? (modeCode.get(doc.mode) as number) : 0;
    for (const tag of doc.tags) {
      let numbers = this.#tagged.get(tag);
      if (!numbers) this.#tagged.set(tag, (numbers = new Set()));
      numbers.add(number);
    }
  }

  /** What a query's filters other than kinds let through, by document number (null: everything). */
  #filterOf(query: SearchQuery): ((number: number) => boolean) | null {
    const checks: Array<(number: number) => boolean> = [];
    if (query.modes?.length) {
      const allowed = new Uint8Array(lessonModes.length + 1);
      for (const mode of query.modes) allowed[modeCode.get(mode as LessonMode) as number] = 1;
      const modes = this.#modes;
      checks.push((number) => allowed[modes[number] as number] === 1);
    }
    if (query.tags?.length) {
      const sets = query.tags.map((tag) => this.#tagged.get(tag)).filter((set): set is Set<number> => set !== undefined);
      checks.push((number) => sets.some((set) => set.has(number)));
    }
    if (hasDocumentFilters(query)) checks.push((number) => passesFilters(this.#docs[number] as IndexedDocument, query));
    if (checks.length === 0) return null;
    if (checks.length === 1) return checks[0] as (number: number) => boolean;
    return (number) => checks.every((check) => check(number));
  }

  /** The flexsearch indexes, by a stable name, for saving and loading their postings. */
  flexIndexes(): Record<string, Index> {
    return {
      body: this.#body,
      ...Object.fromEntries(Object.entries(this.#title.parts).map(([name, index]) => [`title.${name}`, index])),
      ...Object.fromEntries(Object.entries(this.#keywords.parts).map(([name, index]) => [`keywords.${name}`, index])),
    };
  }

  /** The documents and the term dictionary, for saving. */
  parts(): SearchIndexParts {
    return { docs: Array.from(this.#docs, (doc) => doc ?? null), dictionary: [...this.#dictionary.entries()], retired: this.#retired };
  }

  /** Takes back what `parts` gave, into an index whose flexsearch indexes were just loaded. */
  restore(parts: SearchIndexParts): void {
    if (this.#docs.length > 0) throw new Error('an index can only be restored while it is empty');
    parts.docs.forEach((doc, number) => {
      this.#docs[number] = doc ?? undefined;
      if (!doc) return;
      this.#numbers.set(doc.key, number);
      this.#describe(number, doc);
    });
    this.#dictionary.load(parts.dictionary);
    this.#retired = parts.retired;
  }

  /** Every live document, in the order they were added. */
  *documents(): Generator<IndexedDocument> {
    for (const doc of this.#docs) if (doc) yield doc;
  }

  /** How many replaced or removed documents left postings behind (for diagnostics and the benchmark). */
  get retired(): number {
    return this.#retired;
  }

  /** Indexes many documents, yielding to the event loop between batches so requests keep flowing. */
  async addAll(docs: Iterable<SearchDocument>, batchSize = 200): Promise<void> {
    let inBatch = 0;
    for (const doc of docs) {
      this.add(doc);
      if (++inBatch >= batchSize) {
        inBatch = 0;
        await nextTurn();
      }
    }
  }

  search(query: SearchQuery): SearchResults {
    const terms = queryTerms(query.q);
    if (terms.length === 0) return this.#browse(query);

    const scores = this.#scores;
    scores.begin(this.#docs.length);
    const highlighted = [...terms];
    for (const term of terms) {
      this.#scoreTerm(term);
      // The body postings of the word's own stem are read last, and only once.
      const body = isStopWord(term.word) ? noPostings : this.#postings.read(this.#body, term.stem, this.#docs.length);
      if (scores.termHits === 0 && !this.#anyLive(body) && term.word.length >= typoMinLength && !isStopWord(term.word)) {
        // Nothing has this word, nor starts with it: try the words one edit away, for less.
        for (const word of this.#dictionary.corrections(term.word, term.prefix, corrections)) {
          const corrected = { word, stem: stem(word), prefix: false };
          this.#scoreTerm(corrected, typoWeight);
          this.#offerBody(this.#postings.read(this.#body, corrected.stem, this.#docs.length), typoWeight * fieldWeight.body);
          highlighted.push(corrected);
        }
        scores.endTerm(rarityOf(this.size, scores.termHits));
      } else scores.endTermWithBody(body, fieldWeight.body, this.#kinds, this.size, this.#retired === 0);
    }

    const offset = query.offset ?? 0;
    const keep = this.#filterOf(query);
    const weights = kindWeights(query.kinds);
    const { leading, total } = scores.leaders(this.#docs, this.#kinds, weights, Math.max(offset + query.limit, phraseCandidates), keep);
    if (terms.length > 1) rewardPhrases(leading, terms);
    const last = terms.at(-1) as QueryTerm;
    const ranked = last.prefix && last.word.length >= 2 && offset + query.limit > coverageFrom ? this.#withCoverage(leading, last, offset + query.limit, weights, keep) : leading;
    return { query: query.q, terms: terms.map((t) => t.word), hits: this.#hits(ranked, offset, query.limit, matcherFor(highlighted)), total: Math.max(total, ranked.length), offset };
  }

  /**
   * The hits up to `window`, with three places in four past `coverageFrom` given to a document that
   * holds words `term` begins which no hit so far holds: for the rarest such word, the document
   * holding it that holds the most other such words. The order does not depend on the window, so
   * pages fetched one after another neither repeat nor skip a hit.
   */
  #withCoverage(leading: Ranked[], term: QueryTerm, window: number, weights: Float32Array, keep: ((number: number) => boolean) | null): Ranked[] {
    const numberOf = (doc: IndexedDocument) => this.#numbers.get(doc.key) as number;
    const eligible = (number: number) => (weights[this.#kinds[number] as number] as number) > 0 && (!keep || keep(number));
    // Which documents hold each word (its first postings), and which of the words each document holds.
    const words = this.#dictionary.rarestStartingWith(term.word, coverageWords);
    const holders = words.map((word) => this.#postings.read(this.#body, stem(word), coveragePostings).filter(eligible));
    const wordsOf = new Map<number, number[]>();
    holders.forEach((numbers, w) => {
      for (const number of numbers) {
        const held = wordsOf.get(number);
        if (held) held.push(w);
        else wordsOf.set(number, [w]);
      }
    });
    const covered = new Uint8Array(words.length);
    const shown = new Set<number>();
    const out: Ranked[] = [];
    const show = (hit: Ranked) => {
      const number = numberOf(hit.doc);
      shown.add(number);
      for (const w of wordsOf.get(number) ?? []) covered[w] = 1;
      out.push(hit);
    };
    const uncoveredIn = (number: number) => (wordsOf.get(number) ?? []).reduce((sum, w) => sum + (covered[w] === 0 ? 1 : 0), 0);
    let nextWord = 0;
    const nextCovering = (): Ranked | null => {
      for (; nextWord < words.length; nextWord++) {
        if (covered[nextWord] === 1) continue;
        let best = -1;
        let bestCount = 0;
        for (const number of holders[nextWord] as Int32Array) {
          if (shown.has(number)) continue;
          const count = uncoveredIn(number);
          if (count > bestCount) [best, bestCount] = [number, count];
        }
        if (best >= 0) return { doc: this.#docs[best] as IndexedDocument, score: 0, matched: 1 };
      }
      return null;
    };
    for (const hit of leading.slice(0, coverageFrom)) show(hit);
    let next = coverageFrom;
    while (out.length < window) {
      let hit: Ranked | null = null;
      if ((out.length - coverageFrom) % 4 !== 0) hit = nextCovering();
      if (!hit) {
        while (next < leading.length && shown.has(numberOf((leading[next] as Ranked).doc))) next++;
        hit = next < leading.length ? (leading[next++] as Ranked) : nextCovering();
      }
      if (!hit) break;
      show(hit);
    }
    return out;
  }

  /** No words, only filters: everything that passes them, newest first, then by title. */
  #browse(query: SearchQuery): SearchResults {
    const offset = query.offset ?? 0;
    if (!query.kinds?.length && !query.modes?.length && !query.tags?.length && !hasDocumentFilters(query)) return { query: query.q, terms: [], hits: [], total: 0, offset };
    const ranked: Ranked[] = [];
    for (const doc of this.#docs) if (doc && passesFilters(doc, query)) ranked.push({ doc, score: 0, matched: 0 });
    ranked.sort((a, b) => kindOrder[a.doc.kind] - kindOrder[b.doc.kind] || (b.doc.date ?? '').localeCompare(a.doc.date ?? '') || a.doc.title.localeCompare(b.doc.title));
    return { query: query.q, terms: [], hits: this.#hits(ranked, offset, query.limit, () => null), total: ranked.length, offset };
  }

  #hits(ranked: Ranked[], offset: number, limit: number, matcher: WordMatcher): SearchHit[] {
    return ranked.slice(offset, offset + limit).map(({ doc, score, matched }): SearchHit => {
      const snippet = makeSnippet(this.#textOf(doc), matcher);
      return {
        id: doc.id,
        kind: doc.kind,
        title: doc.title,
        titleMarks: markWords(doc.title, matcher),
        snippet: snippet.text,
        marks: snippet.marks,
        ...(doc.itemId ? { itemId: doc.itemId } : {}),
        ...(doc.mode ? { mode: doc.mode } : {}),
        ...(doc.show ? { show: doc.show } : {}),
        ...(doc.date ? { date: doc.date } : {}),
        ...(doc.status ? { status: doc.status } : {}),
        ...(doc.personId ? { personId: doc.personId } : {}),
        ...(doc.due ? { due: doc.due } : {}),
        ...(doc.at !== undefined ? { at: doc.at } : {}),
        ...(doc.chapter ? { chapter: doc.chapter } : {}),
        score: Math.round(score * 1000) / 1000,
        matched,
      };
    });
  }

  #anyLive(numbers: Int32Array): boolean {
    for (const number of numbers) if (this.#kinds[number] !== 0) return true;
    return false;
  }

  /** Offers the body score of each document in `exact` (best first), from `weight` down to half of it. */
  #offerBody(exact: Int32Array, weight: number): void {
    const scores = this.#scores;
    const live = this.#kinds;
    for (let rank = 0, step = 1 / (2 * exact.length); rank < exact.length; rank++) {
      const number = exact[rank] as number;
      if (live[number] !== 0) scores.offer(number, Field.body, weight * (1 - rank * step));
    }
  }

  /**
   * What each document scores for one query word in its title and keywords, and in its body through
   * the words a typed prefix expands to, into the query's scores per field: its best field counts
   * fully, and evidence from its other fields adds a little (title and keywords beat a title alone).
   * The word's own stem in bodies is read by the caller, without a limit, so every document holding
   * it is counted (that is what makes a rare word next to common ones still find its document); the
   * words a typed prefix expands to are many and weaker, so each brings at most `candidateLimit`.
   */
  #scoreTerm(term: QueryTerm, weight = 1): void {
    const scores = this.#scores;
    const live = this.#kinds;
    const titleWeight = weight * fieldWeight.title;
    const keywordWeight = weight * fieldWeight.keywords;
    this.#title.lookup(term, candidateLimit, (number, fit) => {
      if (live[number] !== 0) scores.offer(number, Field.title, titleWeight * fit);
    });
    this.#keywords.lookup(term, candidateLimit, (number, fit) => {
      if (live[number] !== 0) scores.offer(number, Field.keywords, keywordWeight * fit);
    });
    if (!term.prefix || isStopWord(term.word)) return;
    const expandedWeight = weight * fieldWeight.body * 0.7;
    for (const expanded of this.#dictionary.expand(term.word)) {
      if (expanded === term.stem) continue;
      const numbers = this.#postings.read(this.#body, expanded, candidateLimit);
      for (let rank = 0; rank < numbers.length; rank++) {
        const number = numbers[rank] as number;
        if (live[number] !== 0) scores.offer(number, Field.body, expandedWeight * (1 - rank / (2 * candidateLimit)));
      }
    }
  }
}
