import { describe, expect, it } from 'vitest';
import { TermDictionary } from './termDictionary';

describe('TermDictionary', () => {
  it('expands a prefix to the stems of its most frequent words', () => {
    const dictionary = new TermDictionary();
    for (const word of ['confirm', 'confirmation', 'confirmation', 'confidence', 'cone', 'ask']) dictionary.add(word);
    expect(dictionary.expand('confi')).toEqual(['confirm', 'confid']);
    expect(dictionary.expand('con', 2)).toEqual(['confirm', 'cone']);
    expect(dictionary.expand('zzz')).toEqual([]);
  });

  it('keeps order when words arrive after the first lookup', () => {
    const dictionary = new TermDictionary();
    dictionary.add('beta');
    expect(dictionary.expand('b')).toEqual(['beta']);
    dictionary.add('alpha');
    dictionary.add('bravo');
    expect(dictionary.expand('a')).toEqual(['alpha']);
    expect(dictionary.expand('br')).toEqual(['bravo']);
    expect(dictionary.size).toBe(3);
  });
});
