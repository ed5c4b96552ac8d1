// How text becomes search terms, shared by indexing, querying and highlighting so the three agree:
// Unicode words, lowercased, accents removed; Porter stems for long text; common words dropped.
import { stemmer } from 'stemmer';

const wordPattern = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

const plainAscii = /^[a-z0-9]+$/;

export function normalizeWord(word: string): string {
  const lower = word.toLowerCase();
  if (plainAscii.test(lower)) return lower; // the common case, without the Unicode work below
  return lower
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/['’]s$/, '')
    .replace(/['’]/g, '');
}

/** Text with no character past ASCII (the common case), whose words a plain pattern finds. */
const asciiOnly = /^[^\u0080-\uffff]*$/;
const asciiWord = /[a-z0-9]+(?:'[a-z]+)?/g;

/** Normalized words of a text, in order. */
export function words(text: string): string[] {
  const result: string[] = [];
  if (asciiOnly.test(text)) {
    // The same words as below, found three times faster: lowercased first, the pattern needs no Unicode classes.
    const lower = text.toLowerCase();
    const pattern = new RegExp(asciiWord);
    for (let match = pattern.exec(lower); match; match = pattern.exec(lower)) {
      const word = match[0].includes("'") ? match[0].replace(/'s$/, '').replace(/'/g, '') : match[0];
      if (word) result.push(word);
    }
    return result;
  }
  const pattern = new RegExp(wordPattern); // exec on a private copy: no shared lastIndex
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const word = normalizeWord(match[0]);
    if (word) result.push(word);
  }
  return result;
}

/** Words with their place in the original text, for highlighting. */
export function wordSpans(text: string): Array<{ word: string; start: number; end: number }> {
  const spans: Array<{ word: string; start: number; end: number }> = [];
  const pattern = new RegExp(wordPattern);
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const word = normalizeWord(match[0]);
    if (word) spans.push({ word, start: match.index, end: match.index + match[0].length });
  }
  return spans;
}

// Stemming is the costliest step of indexing and ranking, and text repeats its words endlessly, so
// stems are remembered. The memo is bounded: past its size it starts afresh, which keeps memory flat
// whatever the vocabulary, at the cost of recomputing the common words once.
const stemMemoLimit = 100_000;
const stemMemo = new Map<string, string>();
const digitsOnly = /^\p{N}+$/u;

export function stem(word: string): string {
  let stemmed = stemMemo.get(word);
  if (stemmed !== undefined) return stemmed;
  stemmed = digitsOnly.test(word) ? word : stemmer(word);
  if (stemMemo.size >= stemMemoLimit) stemMemo.clear();
  stemMemo.set(word, stemmed);
  return stemmed;
}

// Words too common to tell documents apart. They are not indexed in long text and do not count
// towards how many of a query's words a document matches (unless the query has nothing else).
export const stopWords: ReadonlySet<string> = new Set(
  `a about above after again against all am an and any are as at be because been before being below between both but by
  can could did do does doing down during each few for from further had has have having he her here hers herself him
  himself his how i if in into is it its itself just me more most my myself no nor not now of off on once only or other
  our ours ourselves out over own same she should so some such than that the their theirs them themselves then there
  these they this those through to too under until up very was we were what when where which while who whom why will
  with would you your yours yourself yourselves`.split(/\s+/),
);

export function isStopWord(word: string): boolean {
  return stopWords.has(word);
}
