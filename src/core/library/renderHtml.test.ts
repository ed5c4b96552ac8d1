import { describe, expect, it } from 'vitest';
import { parseMarkdown } from './parseItem';
import { renderHtml } from './renderHtml';

const context = { fromDir: '', itemOfLesson: (id: string) => (id === 'known-lesson' ? 'other-item' : undefined) };
const render = (md: string) => renderHtml(parseMarkdown(md).children, context);

describe('renderHtml', () => {
  it('removes scripts, event handlers and javascript: links', () => {
    const html = render('<script>alert(1)</script>\n\n<img src=x onerror="alert(1)">\n\n[click](javascript:alert(1))\n\n<iframe src="https://example.com"></iframe>');
    expect(html).not.toMatch(/<script|onerror|javascript:|<iframe/i);
  });

  it('turns internal links into app routes and leaves external ones alone', () => {
    const html = render('[a](./other-item.md#known-lesson) [b](./other-item.md) [c](#known-lesson) [d](https://example.com/x)');
    expect(html).toContain('href="#/lesson/known-lesson"');
    expect(html).toContain('href="#/item/other-item"');
    expect(html).toContain('href="https://example.com/x"');
  });

  it('renders GitHub-flavoured tables', () => {
    expect(render('| a | b |\n|---|---|\n| 1 | 2 |')).toContain('<table>');
  });
});
