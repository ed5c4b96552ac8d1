import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { words } from './text';

describe('words', () => {
  it('finds the same words in plain ASCII text as the Unicode pattern does', () => {
    // A word past ASCII sends the whole text down the Unicode path; it adds one word of its own, "e".
    const asciiText = fc.stringMatching(/^[A-Za-z0-9 '.,:;!?()\-\n]{0,80}$/);
    fc.assert(
      fc.property(asciiText, (text) => {
        expect(words(text)).toEqual(words(`${text} é`).slice(0, -1));
      }),
      { numRuns: 500 },
    );
  });

  it('lowercases, drops a possessive and joins contractions', () => {
    expect(words("The Rep's CRM isn't current: 3 deals, O'Neil pipeline")).toEqual(['the', 'rep', 'crm', 'isnt', 'current', '3', 'deals', 'oneil', 'pipeline']);
    expect(words('Café déjà-vu’s naïve')).toEqual(['cafe', 'deja', 'vu', 'naive']);
  });
});
