// What the benchmark checks of the answers rather than their speed: do typos still find what was
// meant, do prefixes of corpus words reach the documents holding the word, and do planted marker
// words come first (by every prefix, through filters, with snippets showing them).
import type { SearchIndex } from '../src/core/search/searchIndex';
import { isStopWord, words } from '../src/core/search/text';
import type { SearchQuery, SearchResults } from '../src/shared/contract';
import { Corpus, Random, hash32 } from './corpus';
import type { ScanPeer } from './peers';
import type { BenchQuery } from './queries';

/** Results of one query as the benchmark needs them: kept by the caller from the timed run. */
export type Answers = Map<BenchQuery, SearchResults>;

export interface TypoScore {
  typoQueries: number;
  /** Typo queries whose first page holds the document the word came from, or any document holding the word. */
  typoHits: number;
  /** A few that missed, for reading. */
  missed: Array<{ q: string; meant: string }>;
}

export function scoreTypos(answers: Answers, scan: ScanPeer): TypoScore {
  const score: TypoScore = { typoQueries: 0, typoHits: 0, missed: [] };
  for (const [query, results] of answers) {
    const intent = query.intent;
    if (!intent) continue;
    score.typoQueries++;
    const found = results.hits.some((hit) => {
      const number = Corpus.numberOf(hit.id);
      return number === intent.docNumber || scan.holdsWord(number, intent.word);
    });
    if (found) score.typoHits++;
    else if (score.missed.length < 10) score.missed.push({ q: query.query.q, meant: intent.word });
  }
  return score;
}

export interface PrefixScore {
  /** Corpus words sampled (from random documents; stop words, numbers and 1-letter words left out). */
  words: number;
  /** Prefixes tried: every prefix of 2 letters or more of each word, the whole word included. */
  prefixes: number;
  /** See `countPrefixMisses`. */
  misses: number;
  /** Prefixes whose results did not hold the very document the word was sampled from. */
  sourceDocMissing: number;
  /** Misses whose prefix is itself a stop word ("whom" of "whompers"): stop words are not looked up in bodies. */
  stopWordMisses: number;
  /** Misses by prefix length. */
  missesByLength: Record<string, number>;
  examples: Array<{ prefix: string; word: string; id: string }>;
}

/** How many results a prefix is given to reach a document holding its word: the contract's largest page. */
export const prefixResultLimit = 200;

/**
 * A prefix MISSES when, typed as the last word of a query (no space after it) with a kind filter of
 * its source document's kind, none of the first 200 results holds the full word it was cut from.
 * Short prefixes of rare words are the hard case: "co" has thousands of documents to choose from.
 * Searched with an empty TextSource, so no snippets are cut; nothing here is timed.
 */
export function countPrefixMisses(index: SearchIndex, corpus: Corpus, scan: ScanPeer, sample: number, seed: number, withoutTexts: <T>(run: () => T) => T): PrefixScore {
  const random = new Random(hash32(seed, 0x9f1));
  const score: PrefixScore = { words: 0, prefixes: 0, misses: 0, sourceDocMissing: 0, stopWordMisses: 0, missesByLength: {}, examples: [] };
  for (let guard = 0; score.words < sample && guard < sample * 10; guard++) {
    const number = random.int(0, corpus.docs - 1);
    const doc = corpus.document(number);
    const candidates = words(`${doc.title} ${doc.keywords.join(' ')} ${doc.body}`).filter((w) => w.length >= 2 && !isStopWord(w) && !/^\d+$/.test(w));
    const word = random.pick(candidates);
    if (!word) continue;
    score.words++;
    for (let length = 2; length <= word.length; length++) {
      const prefix = word.slice(0, length);
      const query: SearchQuery = { q: prefix, limit: prefixResultLimit, kinds: [doc.kind] };
      const hits = withoutTexts(() => index.search(query)).hits;
      score.prefixes++;
      if (!hits.some((hit) => hit.id === doc.id)) score.sourceDocMissing++;
      else continue;
      if (hits.some((hit) => scan.holdsWord(Corpus.numberOf(hit.id), word))) continue;
      score.misses++;
      if (isStopWord(prefix)) score.stopWordMisses++;
      score.missesByLength[length] = (score.missesByLength[length] ?? 0) + 1;
      if (score.examples.length < 10) score.examples.push({ prefix, word, id: doc.id });
    }
  }
  return score;
}

export interface Check {
  check: string;
  query: string;
  ok: boolean;
  got: string;
}

/** Planted marker words are found first, from their prefixes, through filters; snippets show them. */
export function markerChecks(corpus: Corpus, search: (query: SearchQuery) => SearchResults, limit: number): Check[] {
  const checks: Check[] = [];
  const check = (name: string, query: SearchQuery, test: (r: SearchResults) => boolean) => {
    const results = search(query);
    const got = results.hits.slice(0, 3).map((h) => h.id).join(', ') + (results.total > 3 ? ` … (${results.total})` : '');
    checks.push({ check: name, query: JSON.stringify(query.q) + (query.kinds ? ` kinds=${query.kinds.join(',')}` : ''), ok: test(results), got: got || '(none)' });
  };
  for (const marker of corpus.markers) {
    const first = (r: SearchResults) => r.hits[0]?.id === marker.id;
    check(`${marker.field} marker, finished word`, { q: `${marker.word} `, limit }, first);
    for (let length = 2; length <= marker.word.length; length++) {
      check(`${marker.field} marker, typed ${length} chars`, { q: marker.word.slice(0, length), limit }, first);
    }
    check(`${marker.field} marker, own kind only`, { q: marker.word, limit, kinds: [marker.kind] }, first);
    const otherKinds = (['episode', 'article', 'lesson', 'journal'] as const).filter((k) => k !== marker.kind);
    check(`${marker.field} marker, other kinds: none`, { q: `${marker.word} `, limit, kinds: [...otherKinds] }, (r) => r.total === 0);
    if (marker.phrase) check(`${marker.field} marker, planted phrase`, { q: marker.phrase, limit }, first);
    if (marker.phrase) check(`${marker.field} marker, question around it`, { q: `how do we run the ${marker.word} thing`, limit }, first);
    if (marker.field === 'body') {
      check(`${marker.field} marker, snippet shows it`, { q: `${marker.word} `, limit }, (r) => {
        const hit = r.hits[0];
        return !!hit && hit.snippet.toLowerCase().includes(marker.word) && hit.marks.length > 0;
      });
    }
    // Two letters swapped still find it (typo correction). Keywords are left out: corrections come
    // from the term dictionary, which holds title and body words only.
    if (marker.field !== 'keywords') {
      const typo = `${marker.word.slice(0, 3)}${marker.word[4]}${marker.word[3]}${marker.word.slice(5)} `;
      check(`${marker.field} marker, one typo`, { q: typo, limit }, first);
    }
  }
  if (corpus.markers.length > 0) {
    check('"x" finds every marker, nothing else', { q: 'x', limit }, (r) => r.total === corpus.markers.length && corpus.markers.every((m) => r.hits.some((h) => h.id === m.id)));
  }
  check('common word finds many', { q: 'pipeline ', limit }, (r) => r.hits.length === limit || r.total === corpus.docs);
  return checks;
}
