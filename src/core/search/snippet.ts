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
  const hits = matchedSpans(flat, matches);
  let start = 0;
  if (hits.length > 0) {
    const bestStart = densestWindow(hits, size * 0.8);
    // Start a little before the first hit so it reads as a sentence, not a fragment.
    start = Math.max(0, bestStart - Math.floor(size * 0.2));
    if (start > 0) {
      const sentence = flat.lastIndexOf('. ', bestStart);
      if (sentence >= start - 40 && sentence < bestStart) start = sentence + 2;
      else {
        const space = flat.indexOf(' ', start);
        start = space === -1 || space > bestStart ? bestStart : space + 1;
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

interface MatchedSpan {
  start: number;
  end: number;
  term: string;
}

function matchedSpans(text: string, matches: WordMatcher): MatchedSpan[] {
  const hits: MatchedSpan[] = [];
  for (const span of wordSpans(text)) {
    const term = matches(span.word);
    if (term !== null) hits.push({ start: span.start, end: span.end, term });
  }
  return hits;
}

/**
 * Where the window of `width` characters starts that covers the most different query terms (then
 * the most hits): one pass with two pointers, counting terms inside the window.
 */
function densestWindow(hits: MatchedSpan[], width: number): number {
  const inWindow = new Map<string, number>();
  let best = { start: hits[0]!.start, terms: 0, count: 0 };
  let last = 0; // hits[i..last) are inside the window that starts at hits[i]
  for (let i = 0; i < hits.length; i++) {
    const windowStart = hits[i]!.start;
    if (last < i) last = i;
    while (last < hits.length && hits[last]!.end - windowStart <= width) {
      const term = hits[last]!.term;
      inWindow.set(term, (inWindow.get(term) ?? 0) + 1);
      last++;
    }
    const count = last - i;
    if (inWindow.size > best.terms || (inWindow.size === best.terms && count > best.count)) best = { start: windowStart, terms: inWindow.size, count };
    if (last > i) {
      const term = hits[i]!.term;
      const left = (inWindow.get(term) ?? 1) - 1;
      if (left === 0) inWindow.delete(term);
      else inWindow.set(term, left);
    }
  }
  return best.start;
}
