import { describe, expect, it } from 'vitest';
import { applyInsertion, findTrigger, linkInsertion, rankMatches } from './linkTrigger';

const at = (text: string) => findTrigger(text, text.length);

describe('findTrigger', () => {
  it('finds @ at the start, after a space or a bracket, with what follows it', () => {
    expect(at('@')).toEqual({ kind: 'person', start: 0, end: 1, query: '' });
    expect(at('Met @da')).toEqual({ kind: 'person', start: 4, end: 7, query: 'da' });
    expect(at('With: (@Dana Wh')).toEqual({ kind: 'person', start: 7, end: 15, query: 'Dana Wh' });
    expect(at('line one\n@Zoë')).toEqual({ kind: 'person', start: 9, end: 13, query: 'Zoë' });
  });

  it('ignores email addresses, long sentences after @, and a previous line', () => {
    expect(at('mail dana@example')).toBeNull();
    expect(at('@Dana said she would call')).toBeNull();
    expect(at('@Dana\nnext')).toBeNull();
  });

  it('finds [[ with the title typed so far, until a bracket or a new line', () => {
    expect(at('Tried [[three conf')).toEqual({ kind: 'lesson', start: 6, end: 18, query: 'three conf' });
    expect(at('[[')).toEqual({ kind: 'lesson', start: 0, end: 2, query: '' });
    expect(at('[[done]] and more')).toBeNull();
    expect(at('[[one\ntwo')).toBeNull();
  });

  it('uses the caret, not the end of the text', () => {
    const text = 'Hello @da and the rest';
    expect(findTrigger(text, 9)).toEqual({ kind: 'person', start: 6, end: 9, query: 'da' });
    expect(findTrigger(text, text.length)).toBeNull();
  });

  it('prefers the trigger started last', () => {
    expect(at('[[ask @sa')?.kind).toBe('person');
  });
});

describe('linkInsertion', () => {
  it('replaces the trigger with the link and a space', () => {
    const text = 'Met @da';
    const trigger = at(text);
    if (!trigger) throw new Error('no trigger');
    const result = applyInsertion(text, linkInsertion(text, trigger, '[Dana](person:p1)'));
    expect(result).toEqual({ text: 'Met [Dana](person:p1) ', caret: 22 });
  });

  it('adds no space before punctuation and removes hand-typed closing brackets', () => {
    const text = 'Tried [[three]]. Then';
    const trigger = findTrigger(text, 13);
    if (!trigger) throw new Error('no trigger');
    expect(applyInsertion(text, linkInsertion(text, trigger, '[T](lesson:t)')).text).toBe('Tried [T](lesson:t). Then');
  });

  it('keeps what follows the caret', () => {
    const text = 'Ask @sa about it';
    const trigger = findTrigger(text, 7);
    if (!trigger) throw new Error('no trigger');
    expect(applyInsertion(text, linkInsertion(text, trigger, '[Sam](person:s)')).text).toBe('Ask [Sam](person:s) about it');
  });
});

describe('rankMatches', () => {
  const people = ['Sam Adams', 'Dana Whitfield', 'Adam Dale', 'Zoë Brandt', 'Jordan'];
  const rank = (q: string) => rankMatches(people, (p) => p, q);

  it('puts names starting with the query first, then word starts, then anything containing it', () => {
    expect(rank('da')).toEqual(['Dana Whitfield', 'Adam Dale', 'Jordan', 'Sam Adams']);
    expect(rank('dana w')).toEqual(['Dana Whitfield']);
    expect(rank('whit')).toEqual(['Dana Whitfield']);
  });

  it('ignores case and accents, and keeps every item for an empty query', () => {
    expect(rank('ZOE')).toEqual(['Zoë Brandt']);
    expect(rank('  ')).toEqual(people);
    expect(rankMatches(people, (p) => p, '', 2)).toEqual(['Sam Adams', 'Dana Whitfield']);
  });

  it('finds a lesson by a word in the middle of its title', () => {
    const lessons = ['Ask is the default', 'Make the three confirmations a habit', 'The three confirmations: how, when and what help'];
    expect(rankMatches(lessons, (l) => l, 'three')).toEqual(['The three confirmations: how, when and what help', 'Make the three confirmations a habit']);
  });
});
