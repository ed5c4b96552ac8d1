import { describe, expect, it } from 'vitest';
import { makeSnippet } from './snippet';
import { matcherFor, queryTerms } from './ranking';

const matcher = (terms: string[]) => (word: string) => terms.find((t) => word.startsWith(t)) ?? null;

describe('makeSnippet', () => {
  it('shows the passage with the most query words and marks them', () => {
    const text = `${'Filler words here. '.repeat(30)}The ask needs a date. ${'More filler text. '.repeat(30)}`;
    const snippet = makeSnippet(text, matcher(['ask', 'date']), 120);
    expect(snippet.text.startsWith('…')).toBe(true);
    expect(snippet.text.endsWith('…')).toBe(true);
    expect(snippet.marks.map(([s, e]) => snippet.text.slice(s, e))).toEqual(['ask', 'date']);
  });

  it('starts at the beginning when nothing matched', () => {
    const snippet = makeSnippet('Short text.', matcher(['zzz']));
    expect(snippet).toEqual({ text: 'Short text.', marks: [] });
  });
});

describe('matcherFor', () => {
  it('matches whole words, word forms and the typed prefix, and nothing else', () => {
    const match = matcherFor(queryTerms('happy confirmation agre'));
    expect(['happy', 'happiness', 'confirmations', 'confirmed', 'agreement', 'agreed', 'sad', 'conform'].map(match)).toEqual([
      'happy', 'happy', 'confirmation', 'confirmation', 'agre', 'agre', null, null,
    ]);
  });
});
