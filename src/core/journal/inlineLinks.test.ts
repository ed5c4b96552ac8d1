import { describe, expect, it } from 'vitest';
import { inlineLinks, linkMarkdown } from './inlineLinks';

describe('inlineLinks', () => {
  it('reads person, lesson and action links from Markdown, once each, in order', () => {
    const body = [
      `1:1 with ${linkMarkdown('person', 'p-2', 'Sam')} and ${linkMarkdown('person', 'p-1', 'Dana [AE]')}.`,
      `Applied ${linkMarkdown('lesson', 'three-confirmations', 'The three confirmations')}; see ${linkMarkdown('action', 'a-9', 'the CRM ask')}.`,
      `Again ${linkMarkdown('person', 'p-2', 'Sam')}, and a [web link](https://example.com).`,
      '`[not a link](person:p-3)` and',
      '',
      '    [indented code](person:p-4)',
    ].join('\n');
    expect(inlineLinks(body)).toEqual({ personIds: ['p-2', 'p-1'], lessonIds: ['three-confirmations'], actionIds: ['a-9'] });
  });

  it('ignores malformed targets', () => {
    expect(inlineLinks('[x](person:) [y](person:a b) [z](people:p1) [w](person:../etc)')).toEqual({ personIds: [], lessonIds: [], actionIds: [] });
  });
});
