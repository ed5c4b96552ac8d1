import { describe, expect, it } from 'vitest';
import { entryBlocks, inlineRuns } from './entryMarkdown';

describe('entryBlocks', () => {
  it('reads headings, lists, quotes, code and paragraphs with their line breaks', () => {
    const body = ['## What I asked', '- How: one hour', '- When: Thursday', '', 'First line', 'second line', '', '1. one', '2. two', '> quoted', '```', '<b>code</b>', '```'].join('\n');
    expect(entryBlocks(body)).toEqual([
      { type: 'heading', level: 2, text: 'What I asked' },
      { type: 'list', ordered: false, items: ['How: one hour', 'When: Thursday'] },
      { type: 'paragraph', text: 'First line\nsecond line' },
      { type: 'list', ordered: true, items: ['one', 'two'] },
      { type: 'quote', text: 'quoted' },
      { type: 'code', text: '<b>code</b>' },
    ]);
  });

  it('gives nothing for an empty body, and keeps a list item’s continued line', () => {
    expect(entryBlocks('  \n\n')).toEqual([]);
    expect(entryBlocks('- first\n  continued')).toEqual([{ type: 'list', ordered: false, items: ['first\ncontinued'] }]);
    expect(entryBlocks('## Follow-ups\n- \n-')).toEqual([{ type: 'heading', level: 2, text: 'Follow-ups' }]);
  });
});

describe('inlineRuns', () => {
  it('splits text, emphasis, code and in-app links', () => {
    expect(inlineRuns('Met [Dana \\[AE\\]](person:p1) about **CRM**, see [the ask](action:a1) and `x*y*`.')).toEqual([
      { type: 'text', text: 'Met ' },
      { type: 'link', scheme: 'person', id: 'p1', label: 'Dana [AE]' },
      { type: 'text', text: ' about ' },
      { type: 'strong', text: 'CRM' },
      { type: 'text', text: ', see ' },
      { type: 'link', scheme: 'action', id: 'a1', label: 'the ask' },
      { type: 'text', text: ' and ' },
      { type: 'code', text: 'x*y*' },
      { type: 'text', text: '.' },
    ]);
  });

  it('keeps web links only for http and https, and never a script URL', () => {
    expect(inlineRuns('[site](https://example.com/a) [bad](javascript:alert(1))')).toEqual([
      { type: 'web', href: 'https://example.com/a', label: 'site' },
      { type: 'text', text: ' [bad](javascript:alert(1))' },
    ]);
  });

  it('leaves snake_case words alone', () => {
    expect(inlineRuns('crm_field_name is _set_')).toEqual([
      { type: 'text', text: 'crm_field_name is ' },
      { type: 'em', text: 'set' },
    ]);
  });
});
