// Picks the passage of a text that best shows why it matched, and marks the matched words.
//
// A hit's text can be a whole transcript, and a page has ten of them, so the matched words are found
// without reading the text word by word: a matcher says which letters every word it accepts starts
// with (`needles`), those are found with indexOf in the lowercased text, and only the words there
// are read and checked. Text with letters outside ASCII (accents that fold away) is read word by word.
import { normalizeWord, wordSpans } from './text';

export interface WordMatcher {
  /** Which query word (if any) a text word matches. */
  (word: string): string | null;
  /** What every word the matcher accepts starts with (lowercase), when it knows. */
  needles?: readonly string[];
}

export interface Snippet {
  text: string;
  marks: Array<[number, number]>;
}

/** Ranges of the words in `text` that the matcher accepts. */
export function markWords(text: string, matches: WordMatcher): Array<[number, number]> {
  return matchedSpans(text, matches).map((span): [number, number] => [span.start, span.end]);
}

/**
 * A window of about `size` characters around the densest run of matched words (the one that covers
 * the most different query terms), cut at word boundaries, with ellipses where text was left out.
 */
export function makeSnippet(text: string, matches: WordMatcher, size = 220): Snippet {
  const hits = matchedSpans(text, matches);
  let start = 0;
  if (hits.length > 0) {
    const bestStart = densestWindow(hits, size * 0.8);
    // Start a little before the first hit so it reads as a sentence, not a fragment.
    start = Math.max(0, bestStart - Math.floor(size * 0.2));
    if (start > 0) {
      const sentence = text.lastIndexOf('. ', bestStart);
      if (sentence >= start - 40 && sentence < bestStart) start = sentence + 2;
      else {
        const space = firstSpace(text, start, bestStart);
        start = space === -1 ? bestStart : space + 1;
      }
    }
  }
  // Only the window is flattened: whitespace runs become one space.
  const reach = start + size * 2;
  const flat = text.slice(start, reach).replace(/\s+/g, ' ');
  const window = start === 0 ? flat.trimStart() : flat;
  let end = Math.min(window.length, size);
  if (end < window.length) {
    const space = window.lastIndexOf(' ', end);
    if (space > 0) end = space;
  }
  const body = window.slice(0, end).trimEnd();
  const prefix = start > 0 ? '…' : '';
  const suffix = end < window.trimEnd().length || reach < text.length ? '…' : '';
  const marks = matchedSpans(body, matches).map((h): [number, number] => [h.start + prefix.length, h.end + prefix.length]);
  return { text: `${prefix}${body}${suffix}`, marks };
}

interface MatchedSpan {
  start: number;
  end: number;
  term: string;
}

/** Plain ASCII text (printable, tabs and line breaks): lowercasing it keeps every offset. */
const asciiOnly = /^[\t\n\r -~]*$/;
const wordAt = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/uy;

function isWordChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function matchedSpans(text: string, matches: WordMatcher): MatchedSpan[] {
  const needles = matches.needles;
  if (!needles || !asciiOnly.test(text)) return spansWordByWord(text, matches);
  const lower = text.toLowerCase();
  const starts: number[] = [];
  for (const needle of needles) {
    if (!needle) return spansWordByWord(text, matches);
    for (let at = lower.indexOf(needle); at !== -1; at = lower.indexOf(needle, at + needle.length)) {
      if (at === 0 || !isWordChar(lower.charCodeAt(at - 1))) {
        // After an apostrophe inside a word ("o'deal") it is the word's tail, not a word of its own.
        const before = lower.charCodeAt(at - 1);
        if (at >= 2 && (before === 39 || before === 0x2019) && isWordChar(lower.charCodeAt(at - 2))) continue;
        starts.push(at);
      }
    }
  }
  starts.sort((a, b) => a - b);
  const hits: MatchedSpan[] = [];
  let previous = -1;
  for (const at of starts) {
    if (at === previous) continue;
    previous = at;
    wordAt.lastIndex = at;
    const found = wordAt.exec(text);
    if (!found) continue;
    const term = matches(normalizeWord(found[0]));
    if (term !== null) hits.push({ start: at, end: at + found[0].length, term });
  }
  return hits;
}

function spansWordByWord(text: string, matches: WordMatcher): MatchedSpan[] {
  const hits: MatchedSpan[] = [];
  for (const span of wordSpans(text)) {
    const term = matches(span.word);
    if (term !== null) hits.push({ start: span.start, end: span.end, term });
  }
  return hits;
}

/** The first whitespace in text[from, before), or -1. */
function firstSpace(text: string, from: number, before: number): number {
  for (let i = from; i < before; i++) {
    const code = text.charCodeAt(i);
    if (code === 32 || code === 10 || code === 9 || code === 13) return i;
  }
  return -1;
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
