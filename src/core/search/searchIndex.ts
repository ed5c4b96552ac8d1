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
import { Index } from 'flexsearch';
import type { ResultKind, SearchHit, SearchQuery, SearchResults } from '../../shared/contract';
import { makeSnippet, markWords, type WordMatcher } from './snippet';
import { kindOrder, leadingRanked, matcherFor, passesFilters, phraseCandidates, queryTerms, rewardPhrases, TermScratch, wordFit, type QueryTerm, type Ranked } from './ranking';
import type { IndexedDocument, SearchDocument, TextSource } from './searchDocument';
import { TermDictionary } from './termDictionary';
import { isStopWord, stem, words } from './text';

/** How many documents each word a typed prefix expands to may bring. */
const candidateLimit = 500;
/** Words this long are corrected when nothing matches them; shorter ones have too many neighbours. */
const typoMinLength = 5;
/** A corrected word counts for less than the word typed would have: typo hits rank below exact ones. */
const typoWeight = 0.5;
const fieldWeight = { title: 3, keywords: 1.5, body: 1 } as const;
const kindWeight: Record<ResultKind, number> = { lesson: 1.25, episode: 1, article: 1, podcast: 1, transcript: 0.9, note: 1, journal: 1, person: 1, action: 1 };
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
      ...(doc.at !== undefined ? { at: doc.at } : {}),
      ...(doc.chapter ? { chapter: doc.chapter } : {}),
      ...(doc.hasTranscript ? { hasTranscript: true } : {}),
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
    const highlighted = [...terms];
    for (const term of terms) {
      this.#scoreTerm(term, scratch);
      if (scratch.touched.length === 0 && term.word.length >= typoMinLength && !isStopWord(term.word)) {
        // Nothing has this word, nor starts with it: try the words one edit away, for less.
        for (const word of this.#dictionary.corrections(term.word, term.prefix)) {
          const corrected = { word, stem: stem(word), prefix: false };
          this.#scoreTerm(corrected, scratch, typoWeight);
          highlighted.push(corrected);
        }
      }
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
    const offset = query.offset ?? 0;
    const leading = leadingRanked(ranked, Math.max(offset + query.limit, phraseCandidates));
    if (terms.length > 1) rewardPhrases(leading, terms);
    return { query: query.q, terms: terms.map((t) => t.word), hits: this.#hits(leading, offset, query.limit, matcherFor(highlighted)), total: ranked.length, offset };
  }

  /** No words, only filters: everything that passes them, newest first, then by title. */
  #browse(query: SearchQuery): SearchResults {
    const filtered = Boolean(
      query.kinds?.length || query.modes?.length || query.shows?.length || query.tags?.length || query.statuses?.length || query.personIds?.length || query.dueFrom || query.dueTo || query.hasTranscript,
    );
    const offset = query.offset ?? 0;
    if (!filtered) return { query: query.q, terms: [], hits: [], total: 0, offset };
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

  /**
   * What each document scores for one query word, per field, into `scratch`: its best field counts
   * fully, and evidence from its other fields adds a little (title and keywords beat a title alone).
   * The word's own stem is looked up without a limit, so every document holding it is counted (that
   * is what makes a rare word next to common ones still find its document); the words a typed prefix
   * expands to are many and weaker, so each brings at most `candidateLimit` documents.
   */
  #scoreTerm(term: QueryTerm, scratch: TermScratch, weight = 1): void {
    const shortFieldLookups = term.stem === term.word ? [term.word] : [term.word, term.stem];
    for (const lookup of shortFieldLookups) {
      for (const number of this.#title.search(lookup, { limit: candidateLimit }) as number[]) {
        const doc = this.#docs[number];
        if (doc) scratch.offer(number, 0, weight * fieldWeight.title * wordFit(doc.titleWords, term));
      }
      for (const number of this.#keywords.search(lookup, { limit: candidateLimit }) as number[]) {
        const doc = this.#docs[number];
        if (doc) scratch.offer(number, 1, weight * fieldWeight.keywords * wordFit(doc.keywordWords, term));
      }
    }
    if (isStopWord(term.word)) return;
    const everything = Math.max(1, this.#docs.length);
    const exact = this.#body.search(term.stem, { limit: everything }) as number[];
    exact.forEach((number, rank) => {
      if (this.#docs[number]) scratch.offer(number, 2, weight * fieldWeight.body * (1 - rank / (2 * exact.length)));
    });
    if (!term.prefix) return;
    for (const expanded of this.#dictionary.expand(term.word)) {
      if (expanded === term.stem) continue;
      const numbers = this.#body.search(expanded, { limit: candidateLimit }) as number[];
      numbers.forEach((number, rank) => {
        if (this.#docs[number]) scratch.offer(number, 2, weight * fieldWeight.body * 0.7 * (1 - rank / (2 * candidateLimit)));
      });
    }
  }
}

