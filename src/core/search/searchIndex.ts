// Full-text search over lessons, items and journal entries, built on flexsearch.
//
// Memory is planned for tens of thousands of long documents: short fields (titles, keywords) get
// flexsearch `forward` indexes, which match prefixes but cost memory per character; long text gets
// a `strict` index of stems (no stop words), and a typed prefix is expanded to whole words through
// a TermDictionary. Document text is not kept here: snippets are cut from text fetched on demand.
//
// Each query word is looked up on its own and documents are ranked by how many of the words they
// match, then by how well (title over keywords over body, earlier over later), so a natural question
// finds its lesson even when its words fall in different fields.
import { Index } from 'flexsearch';
import type { SearchQuery } from '../../shared/contract';
import type { ActionStatus } from '../../shared/coaching';
import type { LessonMode, ResultKind, SearchHit, SearchResults } from '../../shared/types';
import { makeSnippet, markWords, type WordMatcher } from './snippet';
import { TermDictionary } from './termDictionary';
import { isStopWord, stem, words } from './text';

export interface SearchDocument {
  id: string;
  kind: ResultKind;
  title: string;
  /** Short descriptive words: tags, show, people, category. Prefix-searchable. */
  keywords: string[];
  /** Long text, indexed but not kept. */
  body: string;
  itemId?: string;
  mode?: LessonMode;
  show?: string;
  tags?: string[];
  date?: string;
  status?: ActionStatus;
  personId?: string;
  due?: string;
}

export interface IndexedDocument {
  key: string;
  id: string;
  kind: ResultKind;
  title: string;
  itemId?: string;
  mode?: LessonMode;
  show?: string;
  tags: string[];
  date?: string;
  status?: ActionStatus;
  personId?: string;
  due?: string;
  titleWords: string[];
  keywordWords: string[];
}

/** Fetches the text a snippet is cut from (from the content pack or SQLite), never from the index. */
export type TextSource = (doc: IndexedDocument) => string;

interface QueryTerm {
  word: string;
  stem: string;
  /** The word being typed: match words it begins, not only whole words. */
  prefix: boolean;
}

/** How many documents each word a typed prefix expands to may bring. */
const candidateLimit = 500;
const fieldWeight = { title: 3, keywords: 1.5, body: 1 } as const;
const otherFieldShare = 0.15;
const kindWeight: Record<ResultKind, number> = { lesson: 1.25, episode: 1, article: 1, journal: 1, person: 1, action: 1 };
const splitOnSpace = (text: string) => text.split(' ').filter(Boolean);

export function keyOf(kind: ResultKind, id: string): string {
  return `${kind}:${id}`;
}

export class SearchIndex {
  readonly #title = new Index({ tokenize: 'forward', encode: splitOnSpace });
  readonly #keywords = new Index({ tokenize: 'forward', encode: splitOnSpace });
  readonly #body = new Index({ tokenize: 'strict', encode: splitOnSpace });
  readonly #dictionary = new TermDictionary();
  readonly #docs: Array<IndexedDocument | undefined> = [];
  readonly #numbers = new Map<string, number>();
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
    const titleWords = words(doc.title);
    const keywordWords = words(doc.keywords.join(' '));
    const bodyStems: string[] = [];
    for (const word of words(`${doc.title} ${doc.body}`)) {
      if (isStopWord(word)) continue;
      this.#dictionary.add(word);
      bodyStems.push(stem(word));
    }
    this.#title.add(number, titleWords.join(' '));
    this.#keywords.add(number, keywordWords.join(' '));
    this.#body.add(number, bodyStems.join(' '));
    this.#docs[number] = {
      key,
      id: doc.id,
      kind: doc.kind,
      title: doc.title,
      tags: doc.tags ?? [],
      titleWords,
      keywordWords,
      ...(doc.itemId ? { itemId: doc.itemId } : {}),
      ...(doc.mode ? { mode: doc.mode } : {}),
      ...(doc.show ? { show: doc.show } : {}),
      ...(doc.date ? { date: doc.date } : {}),
      ...(doc.status ? { status: doc.status } : {}),
      ...(doc.personId ? { personId: doc.personId } : {}),
      ...(doc.due ? { due: doc.due } : {}),
    };
    this.#numbers.set(key, number);
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
    this.#docs[number] = undefined;
    this.#numbers.delete(key);
    this.#retired += 1;
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
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
    }
  }

  search(query: SearchQuery): SearchResults {
    const terms = queryTerms(query.q);
    if (terms.length === 0) return this.#browse(query);

    const slots = this.#docs.length;
    const score = new Float64Array(slots);
    const matched = new Uint8Array(slots);
    const touched: number[] = [];
    const scratch = new TermScratch(slots);
    for (const term of terms) {
      this.#scoreTerm(term, scratch);
      // Rarer words say more about a document: weight each word by its inverse document frequency.
      const rarity = Math.log(1 + this.size / Math.max(1, scratch.touched.length));
      for (const number of scratch.touched) {
        const termScore = scratch.best(number);
        if (termScore <= 0) continue;
        if (matched[number] === 0) touched.push(number);
        score[number] = (score[number] as number) + termScore * rarity;
        matched[number] = (matched[number] as number) + 1;
      }
      scratch.reset();
    }

    const ranked: Ranked[] = [];
    for (const number of touched) {
      const doc = this.#docs[number];
      if (!doc || !passesFilters(doc, query)) continue;
      ranked.push({ doc, score: (score[number] as number) * kindWeight[doc.kind], matched: matched[number] as number });
    }
    const leading = leadingRanked(ranked, Math.max(query.limit, phraseCandidates));
    if (terms.length > 1) rewardPhrases(leading, terms);
    return { query: query.q, terms: terms.map((t) => t.word), hits: this.#hits(leading, query.limit, matcherFor(terms)), total: ranked.length };
  }

  /** No words, only filters: everything that passes them, newest first, then by title. */
  #browse(query: SearchQuery): SearchResults {
    const filtered = Boolean(
      query.kinds?.length || query.modes?.length || query.shows?.length || query.tags?.length || query.statuses?.length || query.personIds?.length || query.dueFrom || query.dueTo,
    );
    if (!filtered) return { query: query.q, terms: [], hits: [], total: 0 };
    const ranked: Ranked[] = [];
    for (const doc of this.#docs) if (doc && passesFilters(doc, query)) ranked.push({ doc, score: 0, matched: 0 });
    ranked.sort((a, b) => kindOrder[a.doc.kind] - kindOrder[b.doc.kind] || (b.doc.date ?? '').localeCompare(a.doc.date ?? '') || a.doc.title.localeCompare(b.doc.title));
    return { query: query.q, terms: [], hits: this.#hits(ranked, query.limit, () => null), total: ranked.length };
  }

  #hits(ranked: Ranked[], limit: number, matcher: WordMatcher): SearchHit[] {
    return ranked.slice(0, limit).map(({ doc, score, matched }): SearchHit => {
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
        score: Math.round(score * 1000) / 1000,
        matched,
      };
    });
  }

  /**
   * What each document scores for one query word, per field, into `scratch`: its best field counts
   * fully, and evidence from its other fields adds a little (title and keywords beat a title alone).
   * The word's own stem is looked up without a limit, so every document holding it is counted (that
   * is what makes a rare word next to common ones still find its document); the words a typed prefix
   * expands to are many and weaker, so each brings at most `candidateLimit` documents.
   */
  #scoreTerm(term: QueryTerm, scratch: TermScratch): void {
    const shortFieldLookups = term.stem === term.word ? [term.word] : [term.word, term.stem];
    for (const lookup of shortFieldLookups) {
      for (const number of this.#title.search(lookup, { limit: candidateLimit }) as number[]) {
        const doc = this.#docs[number];
        if (doc) scratch.offer(number, 0, fieldWeight.title * wordFit(doc.titleWords, term));
      }
      for (const number of this.#keywords.search(lookup, { limit: candidateLimit }) as number[]) {
        const doc = this.#docs[number];
        if (doc) scratch.offer(number, 1, fieldWeight.keywords * wordFit(doc.keywordWords, term));
      }
    }
    if (isStopWord(term.word)) return;
    const everything = Math.max(1, this.#docs.length);
    const exact = this.#body.search(term.stem, { limit: everything }) as number[];
    exact.forEach((number, rank) => {
      if (this.#docs[number]) scratch.offer(number, 2, fieldWeight.body * (1 - rank / (2 * exact.length)));
    });
    if (!term.prefix) return;
    for (const expanded of this.#dictionary.expand(term.word)) {
      if (expanded === term.stem) continue;
      const numbers = this.#body.search(expanded, { limit: candidateLimit }) as number[];
      numbers.forEach((number, rank) => {
        if (this.#docs[number]) scratch.offer(number, 2, fieldWeight.body * 0.7 * (1 - rank / (2 * candidateLimit)));
      });
    }
  }
}

interface Ranked {
  doc: IndexedDocument;
  score: number;
  matched: number;
}

const byRank = (a: Ranked, b: Ranked) => b.matched - a.matched || b.score - a.score || a.doc.title.localeCompare(b.doc.title);
const phraseCandidates = 200;

/**
 * The best `count` of `ranked` (more when tied), in rank order. A common word can match most of a
 * large library; sorting tens of thousands of records to show thirty is wasted work, so the cut-off
 * is found on plain numbers first and only the leaders are sorted.
 */
function leadingRanked(ranked: Ranked[], count: number): Ranked[] {
  if (ranked.length <= count * 4) return ranked.sort(byRank);
  const keys = Float64Array.from(ranked, (r) => r.matched * 1e9 + r.score);
  const threshold = keys.slice().sort()[keys.length - count] as number;
  return ranked.filter((_, i) => (keys[i] as number) >= threshold).sort(byRank);
}

/**
 * Query words that stand together in a title or keywords, in the query's order, are a strong sign
 * ("share without strings" is that lesson's name): each extra word of the longest such run adds a
 * quarter to the score of the leading candidates, which are then re-sorted.
 */
function rewardPhrases(ranked: Ranked[], terms: QueryTerm[]): void {
  const leading = ranked.slice(0, phraseCandidates);
  for (const entry of leading) {
    if (entry.matched < 2) continue;
    const run = Math.max(longestRun(entry.doc.titleWords, terms), longestRun(entry.doc.keywordWords, terms));
    if (run > 1) entry.score *= 1 + 0.25 * (run - 1);
  }
  leading.sort(byRank);
  ranked.splice(0, leading.length, ...leading);
}

function longestRun(fieldWords: string[], terms: QueryTerm[]): number {
  const meaningful = fieldWords.filter((word) => !isStopWord(word));
  const fits = (word: string, term: QueryTerm) => word === term.word || stem(word) === term.stem || (term.prefix && word.startsWith(term.word));
  let longest = 0;
  for (let start = 0; start < meaningful.length; start++) {
    for (let first = 0; first < terms.length; first++) {
      let length = 0;
      while (first + length < terms.length && start + length < meaningful.length && fits(meaningful[start + length] as string, terms[first + length] as QueryTerm)) length++;
      longest = Math.max(longest, length);
    }
  }
  return longest;
}

const kindOrder: Record<ResultKind, number> = { lesson: 0, episode: 1, article: 2, journal: 3, person: 4, action: 5 };

/** Per-field scores of one query word, in flat arrays indexed by document number (reused per word). */
class TermScratch {
  readonly #fields: [Float32Array, Float32Array, Float32Array];
  readonly touched: number[] = [];

  constructor(slots: number) {
    this.#fields = [new Float32Array(slots), new Float32Array(slots), new Float32Array(slots)];
  }

  offer(number: number, field: 0 | 1 | 2, score: number): void {
    if (score <= 0) return;
    const [title, keywords, body] = this.#fields;
    if (title[number] === 0 && keywords[number] === 0 && body[number] === 0) this.touched.push(number);
    const scores = this.#fields[field];
    if (score > (scores[number] as number)) scores[number] = score;
  }

  best(number: number): number {
    const title = this.#fields[0][number] as number;
    const keywords = this.#fields[1][number] as number;
    const body = this.#fields[2][number] as number;
    const best = Math.max(title, keywords, body);
    return best + otherFieldShare * (title + keywords + body - best);
  }

  reset(): void {
    for (const number of this.touched) for (const field of this.#fields) field[number] = 0;
    this.touched.length = 0;
  }
}

/** How well a short field's words fit a query word: whole word 1, same stem 0.9, typed prefix 0.7. */
function wordFit(fieldWords: string[], term: QueryTerm): number {
  let fit = 0;
  for (const word of fieldWords) {
    if (word === term.word) return 1;
    if (stem(word) === term.stem) fit = Math.max(fit, 0.9);
    else if (term.prefix && word.startsWith(term.word)) fit = Math.max(fit, 0.7);
  }
  return fit;
}

export function queryTerms(q: string): QueryTerm[] {
  const all = words(q);
  const typingLastWord = !/\s$/.test(q);
  const unique = [...new Set(all)];
  const meaningful = unique.filter((w) => !isStopWord(w));
  const chosen = meaningful.length > 0 ? meaningful : unique;
  const last = all.at(-1);
  return chosen.map((word) => ({ word, stem: stem(word), prefix: typingLastWord && word === last }));
}

/** Which query word (if any) a text word matches; answers are remembered, since texts repeat words. */
export function matcherFor(terms: QueryTerm[]): WordMatcher {
  const known = new Map<string, string | null>();
  // A word can only share a term's stem if it starts with most of that stem (Porter rewrites at most
  // the last couple of letters, as in happy -> happi), so most words are ruled out without stemming.
  const heads = terms.map((term) => term.stem.slice(0, Math.max(1, term.stem.length - 2)));
  return (word) => {
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
}

function passesFilters(doc: IndexedDocument, query: SearchQuery): boolean {
  if (query.kinds?.length && !query.kinds.includes(doc.kind)) return false;
  if (query.modes?.length && (!doc.mode || !query.modes.includes(doc.mode))) return false;
  if (query.shows?.length && (!doc.show || !query.shows.includes(doc.show))) return false;
  if (query.tags?.length && !query.tags.some((tag) => doc.tags.includes(tag))) return false;
  if (query.statuses?.length && (!doc.status || !query.statuses.includes(doc.status))) return false;
  if (query.personIds?.length && (!doc.personId || !query.personIds.includes(doc.personId))) return false;
  if ((query.dueFrom || query.dueTo) && (!doc.due || (query.dueFrom && doc.due < query.dueFrom) || (query.dueTo && doc.due > query.dueTo))) return false;
  return true;
}
