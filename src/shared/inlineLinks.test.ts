// The one inline-link grammar, as a table: what each piece of Markdown links to (scheme:id and the
// label shown), for the core (what is stored) and the editor (what is shown) alike.
import { describe, expect, it } from 'vitest';
import { findInlineLinks, inlineLinkIds, linkMarkdown, pickedOnly, unionIds, unlinkInText } from './inlineLinks';

const cases: Array<{ name: string; text: string; links: string[] }> = [
  { name: 'a person link', text: '1:1 with [Dana](person:p-1).', links: ['person:p-1 Dana'] },
  { name: 'a lesson link', text: 'Applied [The three confirmations](lesson:three-confirmations).', links: ['lesson:three-confirmations The three confirmations'] },
  { name: 'an action link', text: 'See [the CRM ask](action:6f1c2d0e-aa11-4b7e-9c3d-0a1b2c3d4e5f).', links: ['action:6f1c2d0e-aa11-4b7e-9c3d-0a1b2c3d4e5f the CRM ask'] },
  { name: 'several, in order, repeats kept', text: '[Sam](person:p-2), [Dana](person:p-1) and [Sam](person:p-2)', links: ['person:p-2 Sam', 'person:p-1 Dana', 'person:p-2 Sam'] },
  { name: 'escaped brackets in the label', text: '[Dana \\[AE\\]](person:p-1)', links: ['person:p-1 Dana [AE]'] },
  { name: 'an escaped backslash before the closing bracket', text: '[back\\\\](person:p-1)', links: ['person:p-1 back\\'] },
  { name: 'emphasis inside the label', text: '[**Dana** W.](person:p-1)', links: ['person:p-1 Dana W.'] },
  { name: 'a link with a title', text: '[Dana](person:p-1 "Account executive")', links: ['person:p-1 Dana'] },
  { name: 'a link with a single-quoted title', text: "[Dana](person:p-1 'AE')", links: ['person:p-1 Dana'] },
  { name: 'a link inside a list item', text: '- asked [Dana](person:p-1)\n- shared with [Sam](person:p-2)', links: ['person:p-1 Dana', 'person:p-2 Sam'] },
  { name: 'a link inside a quote', text: '> as [Dana](person:p-1) said', links: ['person:p-1 Dana'] },
  { name: 'a link inside emphasis', text: '*with [Dana](person:p-1)*', links: ['person:p-1 Dana'] },
  { name: 'not in a code span', text: '`[not a link](person:p-3)`', links: [] },
  { name: 'not in a double-backtick code span', text: '`` a ` [x](person:p-3) ``', links: [] },
  { name: 'not in fenced code', text: '```\n[fenced](person:p-4)\n```', links: [] },
  { name: 'not in tilde-fenced code', text: '~~~md\n[fenced](person:p-4)\n~~~', links: [] },
  { name: 'not in an unclosed fence', text: '```\n[fenced](person:p-4)', links: [] },
  { name: 'not in indented code', text: 'Text.\n\n    [indented](person:p-5)', links: [] },
  { name: 'after a fence closes', text: '```\ncode\n```\n[Dana](person:p-1)', links: ['person:p-1 Dana'] },
  { name: 'not when the opening bracket is escaped', text: '\\[Dana](person:p-1)', links: [] },
  { name: 'not an image', text: '![Dana](person:p-1)', links: [] },
  { name: 'web links are not records', text: '[site](https://example.com) and [mail](mailto:a@b.c)', links: [] },
  { name: 'an empty id', text: '[x](person:)', links: [] },
  { name: 'a space in the id', text: '[y](person:a b)', links: [] },
  { name: 'an unknown scheme', text: '[z](people:p1)', links: [] },
  { name: 'a path as id', text: '[w](person:../etc)', links: [] },
  { name: 'an id starting with a hyphen', text: '[w](person:-p1)', links: [] },
];

describe('the inline-link grammar', () => {
  it.each(cases)('$name', ({ text, links }) => {
    expect(findInlineLinks(text).map((link) => `${link.scheme}:${link.id} ${link.label}`)).toEqual(links);
  });

  it('gives the exact span of each link in the text', () => {
    const text = 'Met [Dana \\[AE\\]](person:p-1 "title") today.';
    const [link] = findInlineLinks(text);
    expect(text.slice(link?.start, link?.end)).toBe('[Dana \\[AE\\]](person:p-1 "title")');
  });

  it('reads back what linkMarkdown writes, whatever the label holds', () => {
    for (const label of ['Dana', 'Dana [AE]', 'a\\b', '[[x]]', 'ends with \\', 'C++ `code` *stars*']) {
      const [link] = findInlineLinks(`x ${linkMarkdown('person', 'p-1', label)} y`);
      expect(link?.id).toBe('p-1');
      expect(link?.label.replace(/[`*]/g, '')).toBe(label.replace(/[`*]/g, ''));
    }
  });

  it('lists linked ids once each, in order of first mention', () => {
    const body = `${linkMarkdown('person', 'p-2', 'Sam')} ${linkMarkdown('lesson', 'three-confirmations', 'L')} ${linkMarkdown('person', 'p-1', 'Dana')} ${linkMarkdown('person', 'p-2', 'Sam')} ${linkMarkdown('action', 'a-9', 'ask')} ${linkMarkdown('episode', 'e-1', 'an episode')}`;
    expect(inlineLinkIds(body)).toEqual({ personIds: ['p-2', 'p-1'], lessonIds: ['three-confirmations'], actionIds: ['a-9'], episodeIds: ['e-1'] });
  });

  it('reads a moment of an episode, and writes one', () => {
    const body = `${linkMarkdown('episode', 'e-1', 'Show: Title at 12:34', 754.6)} and ${linkMarkdown('episode', 'e-1', 'the episode')}; not [x](person:p1@5).`;
    expect(body.startsWith('[Show: Title at 12:34](episode:e-1@754) and [the episode](episode:e-1);')).toBe(true);
    expect(findInlineLinks(body).map(({ scheme, id, at }) => ({ scheme, id, at }))).toEqual([
      { scheme: 'episode', id: 'e-1', at: 754 },
      { scheme: 'episode', id: 'e-1', at: undefined },
    ]);
    expect(inlineLinkIds(body).episodeIds).toEqual(['e-1']);
  });

  it('turns the links to one record back into plain labels, leaving the rest', () => {
    const body = `${linkMarkdown('person', 'p1', 'Dana [AE]')} met ${linkMarkdown('person', 'p2', 'Sam')} and ${linkMarkdown('person', 'p1', 'Dana')}.`;
    expect(unlinkInText(body, 'person', 'p1')).toBe('Dana [AE] met [Sam](person:p2) and Dana.');
  });

  it('separates picked ids from those written in the text', () => {
    expect(pickedOnly(['a', 'b', 'c'], ['b'])).toEqual(['a', 'c']);
    expect(unionIds(['a', 'c'], ['b', 'a'])).toEqual(['a', 'c', 'b']);
  });
});
