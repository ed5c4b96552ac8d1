import fc from 'fast-check';
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

describe('makeSnippet finding words by their first letters', () => {
  const vocabulary = ['ask', 'asking', 'asked', 'task', 'basket', 'happy', 'happiness', 'unhappy', 'confirm', 'confirmation', 'reconfirm', 'deal', 'dealer', 'ideal', "dealer's", 'date', 'update', 'Ask', 'DEAL', 'Happy', "o'deal", "isn't", 'x’ask', "ask's"];
  const separators = [' ', '  ', '\n', '. ', ', ', ' (', ') ', '\n\n', ' - '];

  it('marks exactly what reading the text word by word marks, for any text and query', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...vocabulary), fc.constantFrom(...separators)), { maxLength: 400 }),
        fc.array(fc.constantFrom('ask', 'happi', 'confirm', 'deal', 'dat', 'unhap', 'ide'), { minLength: 1, maxLength: 3 }),
        fc.boolean(),
        (parts, words, typing) => {
          const text = parts.map(([word, separator]) => word + separator).join('');
          const fast = matcherFor(queryTerms(words.join(' ') + (typing ? '' : ' ')));
          const slow = ((word: string) => fast(word)) as typeof fast;
          expect(fast.needles?.length).toBeGreaterThan(0);
          expect(makeSnippet(text, fast, 120)).toEqual(makeSnippet(text, slow, 120));
        },
      ),
      { numRuns: 300 },
    );
  });
});
