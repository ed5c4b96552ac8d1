// How search results are ranked and shown: the query's words, the per-field scores of one word,
// phrase rewards, picking the leaders, filters, and which text words a query word highlights.
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

export const byRank = (a: Ranked, b: Ranked) => b.matched - a.matched || b.score - a.score || a.doc.title.localeCompare(b.doc.title);
export const phraseCandidates = 200;

/**
 * The best `count` of `ranked` (more when tied), in rank order. A common word can match most of a
 * large library; sorting tens of thousands of records to show thirty is wasted work, so the cut-off
 * is found on plain numbers first and only the leaders are sorted.
 */
export function leadingRanked(ranked: Ranked[], count: number): Ranked[] {
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
export function rewardPhrases(ranked: Ranked[], terms: QueryTerm[]): void {
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

export const kindOrder: Record<ResultKind, number> = { lesson: 0, episode: 1, article: 2, podcast: 3, transcript: 4, note: 5, journal: 6, person: 7, action: 8 };

/** Per-field scores of one query word, in flat arrays indexed by document number (reused per word). */
export class TermScratch {
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
export function wordFit(fieldWords: string[], term: QueryTerm): number {
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
