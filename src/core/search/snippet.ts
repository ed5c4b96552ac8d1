// Picks the passage of a text that best shows why it matched, and marks the matched words.
import { wordSpans } from './text';

export type WordMatcher = (word: string) => string | null;

export interface Snippet {
  text: string;
  marks: Array<[number, number]>;
}

/** Ranges of the words in `text` that the matcher accepts. */
export function markWords(text: string, matches: WordMatcher): Array<[number, number]> {
  return wordSpans(text)
    .filter((span) => matches(span.word) !== null)
    .map((span): [number, number] => [span.start, span.end]);
}

/**
 * A window of about `size` characters around the densest run of matched words (the one that covers
 * the most different query terms), cut at word boundaries, with ellipses where text was left out.
 */
export function makeSnippet(text: string, matches: WordMatcher, size = 220): Snippet {
  const flat = text.replace(/\s+/g, ' ').trim();
  const spans = wordSpans(flat);
  const hits = spans.map((span) => ({ ...span, term: matches(span.word) })).filter((s) => s.term !== null);
  let start = 0;
  if (hits.length > 0) {
    let best = { start: hits[0]!.start, terms: 0, count: 0 };
    for (let i = 0; i < hits.length; i++) {
      const windowStart = hits[i]!.start;
      const terms = new Set<string>();
      let count = 0;
      for (let j = i; j < hits.length && hits[j]!.end - windowStart <= size * 0.8; j++) {
        terms.add(hits[j]!.term as string);
        count++;
      }
      if (terms.size > best.terms || (terms.size === best.terms && count > best.count)) best = { start: windowStart, terms: terms.size, count };
    }
    // Start a little before the first hit so it reads as a sentence, not a fragment.
    start = Math.max(0, best.start - Math.floor(size * 0.2));
    if (start > 0) {
      const sentence = flat.lastIndexOf('. ', best.start);
      if (sentence >= start - 40 && sentence < best.start) start = sentence + 2;
      else {
        const space = flat.indexOf(' ', start);
        start = space === -1 || space > best.start ? best.start : space + 1;
      }
    }
  }
  let end = Math.min(flat.length, start + size);
  if (end < flat.length) {
    const space = flat.lastIndexOf(' ', end);
    if (space > start) end = space;
  }
  const prefix = start > 0 ? '…' : '';
  const suffix = end < flat.length ? '…' : '';
  const body = flat.slice(start, end);
  const marks = hits
    .filter((h) => h.start >= start && h.end <= end)
    .map((h): [number, number] => [h.start - start + prefix.length, h.end - start + prefix.length]);
  return { text: `${prefix}${body}${suffix}`, marks };
}
