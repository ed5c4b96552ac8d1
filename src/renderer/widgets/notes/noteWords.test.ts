import { describe, expect, it } from 'vitest';
import { applyRoute, prefilledText, tagsOf } from './noteWords';

describe('prefilledText', () => {
  it('quotes the words spoken then on one line and leaves room below; nothing without them', () => {
    expect(prefilledText('  I ask the question:\n what would have to be true? ')).toBe('> I ask the question: what would have to be true?\n\n');
    expect(prefilledText(null)).toBe('');
    expect(prefilledText('   ')).toBe('');
  });
});

describe('tagsOf', () => {
  it('reads tags separated by commas, lowercased, each once, blanks dropped', () => {
    expect(tagsOf('Close Dates,  forecasting , close dates,, ')).toEqual(['close dates', 'forecasting']);
    expect(tagsOf('')).toEqual([]);
  });
});

describe('applyRoute', () => {
  it('opens the action form with the lesson, the moment and the person that are known', () => {
    expect(applyRoute('ask-what-must-be-true', { episodeId: 'e1', at: 754 }, 'p1')).toBe('/actions/new?lesson=ask-what-must-be-true&episode=e1&t=754&person=p1');
    expect(applyRoute(null, { episodeId: 'e1', at: null })).toBe('/actions/new?episode=e1');
    expect(applyRoute('x', null)).toBe('/actions/new?lesson=x');
  });
});
