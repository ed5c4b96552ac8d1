import { describe, expect, it } from 'vitest';
import { itemFile } from '../../../test/support/tempDirs';
import { parseInternalHref, parseItem } from './parseItem';

describe('parseItem', () => {
  it('reads frontmatter, lessons and sections in order', () => {
    const source = itemFile({
      kind: 'episode',
      extraFrontmatter: 'guests:\n  - name: Pat Guest\n    role: VP of Sales\n    organisation: Example Co',
      lessons: [
        { id: 'first-lesson', title: 'First lesson', mode: 'ask', body: 'Ask **nicely**.\n\n- one\n- two' },
        { id: 'second-lesson', title: 'Second lesson', body: 'No mode here.' },
      ],
    });
    const { item, problems } = parseItem('sample.md', `${source}\n## Closing thoughts\n\nPlain section.\n`);
    expect(problems).toEqual([]);
    expect(item?.summary).toMatchObject({
      id: 'sample',
      kind: 'episode',
      host: 'Sam Host',
      guests: [{ name: 'Pat Guest', role: 'VP of Sales', organisation: 'Example Co' }],
      lessons: [
        { id: 'first-lesson', title: 'First lesson', mode: 'ask', itemId: 'sample' },
        { id: 'second-lesson', title: 'Second lesson', itemId: 'sample' },
      ],
    });
    expect(item?.sections.map((s) => s.type)).toEqual(['text', 'lesson', 'lesson', 'text']);
    expect(item?.sections[1]?.text).toBe('Ask nicely.\none\ntwo');
    expect(item?.sections[3]?.text).toContain('Plain section.');
  });

  it('reports a missing frontmatter block on line 1', () => {
    expect(parseItem('x.md', '# Just a heading\n').problems).toEqual([
      { file: 'x.md', line: 1, message: 'frontmatter is missing: the file must start with a --- block' },
    ]);
  });

  it('reports invalid YAML with the line it is on', () => {
    const { item, problems } = parseItem('x.md', '---\nkind: article\ntitle: [unclosed\ndate: 2024-01-01\n---\n');
    expect(item).toBeNull();
    expect(problems[0]?.line).toBeGreaterThanOrEqual(3);
    expect(problems[0]?.message).toMatch(/not valid YAML/);
  });

  it('reports missing and wrongly typed fields at their lines', () => {
    const source = itemFile({ lessons: [{ id: 'l-one', title: 'One', mode: 'order' }] }).replace('summary: A short summary.\n', '');
    const { problems } = parseItem('x.md', source);
    const lines = source.split('\n');
    expect(problems).toContainEqual({ file: 'x.md', line: 1, message: 'summary is required' });
    const modeLine = lines.findIndex((l) => l.includes('mode: order')) + 1;
    expect(problems).toContainEqual({ file: 'x.md', line: modeLine, message: 'lessons.0.mode must be one of: ask, share, mandate' });
  });

  it('requires a host for episodes and an author for articles', () => {
    const episode = itemFile({ kind: 'episode' }).replace('host: Sam Host\n', '');
    expect(parseItem('e.md', episode).problems.map((p) => p.message)).toContain('host is required for an episode');
  });

  it('reports malformed, duplicate, undeclared and missing lesson sections', () => {
    const source = [
      itemFile({ lessons: [{ id: 'good-one', title: 'Good' }, { id: 'good-one', title: 'Again' }, { id: 'no-section', title: 'Lonely' }] })
        .split('## Again {#good-one}')[0],
      '## Bad id {#Bad_ID}',
      '',
      'x',
      '',
      '## Stray {#stray-lesson}',
      '',
      'y',
    ].join('\n');
    const { problems } = parseItem('x.md', source);
    const messages = problems.map((p) => p.message);
    expect(messages).toContain('lesson id "good-one" is declared twice');
    expect(messages).toContain('lesson id "Bad_ID" is malformed (use lowercase letters, digits and single hyphens)');
    expect(messages).toContain('section {#stray-lesson} is not declared under lessons in the frontmatter');
    expect(messages).toContain('lesson "no-section" is declared but has no "## … {#no-section}" section');
    const lines = source.split('\n');
    expect(problems.find((p) => p.message.includes('Bad_ID'))?.line).toBe(lines.indexOf('## Bad id {#Bad_ID}') + 1);
  });

  it('reports a lesson heading that differs from its declared title', () => {
    const source = itemFile({ lessons: [{ id: 'a-b', title: 'Declared title' }] }).replace('## Declared title {#a-b}', '## Other words {#a-b}');
    expect(parseItem('x.md', source).problems.map((p) => p.message)).toEqual([
      'the heading "Other words" differs from the title declared for lesson "a-b" ("Declared title")',
    ]);
  });

  it('keeps the lesson heading text without its anchor', () => {
    const { item } = parseItem('x.md', itemFile({ lessons: [{ id: 'a-b', title: 'Title', body: 'Body' }] }));
    const heading = item?.sections.find((s) => s.type === 'lesson');
    expect(heading?.lesson?.id).toBe('a-b');
  });
});

describe('parseInternalHref', () => {
  it('tells internal links from external ones', () => {
    expect(parseInternalHref('./other.md#lesson-x', '')).toEqual({ itemId: 'other', anchor: 'lesson-x' });
    expect(parseInternalHref('#here', '')).toEqual({ itemId: null, anchor: 'here' });
    expect(parseInternalHref('../up.md', 'sub')).toEqual({ itemId: 'up', anchor: null });
    expect(parseInternalHref('https://example.com/a.md', '')).toBeNull();
    expect(parseInternalHref('mailto:x@example.com', '')).toBeNull();
    expect(parseInternalHref('//cdn.example.com/x.md', '')).toBeNull();
    expect(parseInternalHref('image.png', '')).toBeNull();
  });
});
