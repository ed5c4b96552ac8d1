import { describe, expect, it } from 'vitest';
import { oneEditAway, TermDictionary } from './termDictionary';

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

describe('corrections', () => {
  const dictionary = new TermDictionary();
  for (const word of ['confirm', 'confirm', 'confirmations', 'pipeline', 'conform', 'forecast']) dictionary.add(word);

  it('finds the words one edit away: a letter swapped, dropped, added or changed, the most frequent first', () => {
    expect(dictionary.corrections('confrim', false)).toEqual(['confirm']);
    expect(dictionary.corrections('pipline', false)).toEqual(['pipeline']);
    expect(dictionary.corrections('pipeeline', false)).toEqual(['pipeline']);
    expect(dictionary.corrections('forekast', false)).toEqual(['forecast']);
    expect(dictionary.corrections('conferm', false)).toEqual(['confirm', 'conform']);
    expect(dictionary.corrections('pipelines', false)).toEqual(['pipeline']);
    expect(dictionary.corrections('unrelated', false)).toEqual([]);
  });

  it('takes a word being typed as the start of a word', () => {
    expect(dictionary.corrections('confri', true)).toEqual(['confirm', 'confirmations']);
    expect(dictionary.corrections('confri', false)).toEqual([]);
  });
});

describe('oneEditAway', () => {
  it('holds every insertion, deletion, substitution and neighbour swap, and not the word itself', () => {
    const variants = oneEditAway('abc');
    for (const variant of ['bc', 'ac', 'ab', 'bac', 'acb', 'xabc', 'abxc', 'abcx', 'xbc', 'axc', 'abx']) expect(variants.has(variant)).toBe(true);
    expect(variants.has('abc')).toBe(false);
    expect(variants.has('cba')).toBe(false);
  });
});
