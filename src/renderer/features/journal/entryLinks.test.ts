import { describe, expect, it } from 'vitest';
import { findInlineLinks, inlineLinkIds, linkMarkdown, pickedOnly, unionIds, unlinkInText } from './entryLinks';

describe('entry links', () => {
  it('reads person, lesson and action links once each, in order, outside code', () => {
    const body = [
      `1:1 with ${linkMarkdown('person', 'p-2', 'Sam')} and ${linkMarkdown('person', 'p-1', 'Dana [AE]')}.`,
      `Applied ${linkMarkdown('lesson', 'three-confirmations', 'The three confirmations')}; see ${linkMarkdown('action', 'a-9', 'the CRM ask')}.`,
      `Again ${linkMarkdown('person', 'p-2', 'Sam')}, and a [web link](https://example.com).`,
      '`[not a link](person:p-3)` and',
      '```',
      '[fenced](person:p-4)',
      '```',
    ].join('\n');
    expect(inlineLinkIds(body)).toEqual({ personIds: ['p-2', 'p-1'], lessonIds: ['three-confirmations'], actionIds: ['a-9'] });
    expect(findInlineLinks(body)[1]).toMatchObject({ scheme: 'person', id: 'p-1', label: 'Dana [AE]' });
  });

  it('ignores malformed targets', () => {
    expect(inlineLinkIds('[x](person:) [y](person:a b) [z](people:p1) [w](person:../etc)')).toEqual({ personIds: [], lessonIds: [], actionIds: [] });
  });

  it('turns the links to one record back into plain labels', () => {
    const body = `${linkMarkdown('person', 'p1', 'Dana [AE]')} met ${linkMarkdown('person', 'p2', 'Sam')} and ${linkMarkdown('person', 'p1', 'Dana')}.`;
    expect(unlinkInText(body, 'person', 'p1')).toBe('Dana [AE] met [Sam](person:p2) and Dana.');
  });

  it('separates picked ids from those written in the text', () => {
    expect(pickedOnly(['a', 'b', 'c'], ['b'])).toEqual(['a', 'c']);
    expect(unionIds(['a', 'c'], ['b', 'a'])).toEqual(['a', 'c', 'b']);
  });
});
