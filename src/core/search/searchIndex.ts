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

const candidateLimit = 500;
const fieldWeight = { title: 3, keywords: 1.5, body: 1 } as const;
const otherFieldShare = 0.15;
const kindWeight: Record<ResultKind, number> = { lesson: 1.25, episode: 1, article: 1, journal: 1 };
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
  readonly #free: number[] = [];
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
    const number = this.#free.pop() ?? this.#docs.length;
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
    };
    this.#numbers.set(key, number);
  }

  remove(key: string): void {
    const number = this.#numbers.get(key);
    if (number === undefined) return;
    this.#title.remove(number);
    this.#keywords.remove(number);
    this.#body.remove(number);
    this.#docs[number] = undefined;
    this.#numbers.delete(key);
    this.#free.push(number);
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
    if (terms.length === 0) return { query: query.q, terms: [], hits: [], total: 0 };

    const scores = new Map<number, { score: number; matched: number }>();
    for (const term of terms) {
      for (const [number, score] of this.#scoreTerm(term)) {
        const entry = scores.get(number) ?? { score: 0, matched: 0 };
        entry.score += score;
        entry.matched += 1;
        scores.set(number, entry);
      }
    }

    const ranked: Array<{ doc: IndexedDocument; score: number; matched: number }> = [];
    for (const [number, { score, matched }] of scores) {
      const doc = this.#docs[number];
      if (!doc || !passesFilters(doc, query)) continue;
      ranked.push({ doc, score: score * kindWeight[doc.kind], matched });
    }
    ranked.sort((a, b) => b.matched - a.matched || b.score - a.score || a.doc.title.localeCompare(b.doc.title));

    const matcher = matcherFor(terms);
    const hits = ranked.slice(0, query.limit).map(({ doc, score, matched }): SearchHit => {
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
        score: Math.round(score * 1000) / 1000,
        matched,
      };
    });
    return { query: query.q, terms: terms.map((t) => t.word), hits, total: ranked.length };
  }

  /**
   * What each document scores for one query word: its best field counts fully, and evidence from
   * its other fields adds a little (a word in the title and the keywords beats a title alone).
   */
  #scoreTerm(term: QueryTerm): Map<number, number> {
    const fields = new Map<number, [title: number, keywords: number, body: number]>();
    const offer = (number: number, field: 0 | 1 | 2, score: number) => {
      const scores = fields.get(number) ?? [0, 0, 0];
      if (score > scores[field]) scores[field] = score;
      fields.set(number, scores);
    };
    const shortFieldLookups = term.stem === term.word ? [term.word] : [term.word, term.stem];
    for (const lookup of shortFieldLookups) {
      for (const number of this.#title.search(lookup, { limit: candidateLimit }) as number[]) {
        const doc = this.#docs[number];
        if (doc) offer(number, 0, fieldWeight.title * wordFit(doc.titleWords, term));
      }
      for (const number of this.#keywords.search(lookup, { limit: candidateLimit }) as number[]) {
        const doc = this.#docs[number];
        if (doc) offer(number, 1, fieldWeight.keywords * wordFit(doc.keywordWords, term));
      }
    }
    if (!isStopWord(term.word)) {
      const stems = new Map<string, number>([[term.stem, 1]]);
      if (term.prefix) for (const expanded of this.#dictionary.expand(term.word)) if (!stems.has(expanded)) stems.set(expanded, 0.7);
      for (const [bodyStem, weight] of stems) {
        const numbers = this.#body.search(bodyStem, { limit: candidateLimit }) as number[];
        numbers.forEach((number, rank) => offer(number, 2, fieldWeight.body * weight * (1 - rank / (2 * candidateLimit))));
      }
    }
    const result = new Map<number, number>();
    for (const [number, scores] of fields) {
      const best = Math.max(...scores);
      if (best > 0) result.set(number, best + otherFieldShare * (scores[0] + scores[1] + scores[2] - best));
    }
    return result;
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

export function matcherFor(terms: QueryTerm[]): WordMatcher {
  return (word) => {
    const wordStem = stem(word);
    for (const term of terms) {
      if (word === term.word || wordStem === term.stem || (term.prefix && word.startsWith(term.word))) return term.word;
    }
    return null;
  };
}

function passesFilters(doc: IndexedDocument, query: SearchQuery): boolean {
  if (query.kinds?.length && !query.kinds.includes(doc.kind)) return false;
  if (query.modes?.length && (!doc.mode || !query.modes.includes(doc.mode))) return false;
  if (query.shows?.length && (!doc.show || !query.shows.includes(doc.show))) return false;
  if (query.tags?.length && !query.tags.some((tag) => doc.tags.includes(tag))) return false;
  return true;
}
