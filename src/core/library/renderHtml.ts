// Markdown (mdast) to sanitized HTML. Internal links become app routes; everything else goes
// through rehype-sanitize's GitHub-style schema, so a content pack cannot inject scripts or styles.
import type { Link, Root, RootContent } from 'mdast';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { parseInternalHref } from './parseItem';

const toHtml = unified().use(remarkRehype).use(rehypeSanitize).use(rehypeStringify);

export interface LinkContext {
  /** Directory of the file the nodes come from, relative to the pack root. */
  fromDir: string;
  /** The item a lesson id belongs to, if any. */
  itemOfLesson: (lessonId: string) => string | undefined;
}

/** The lesson or item an internal Markdown link of the pack points to, if any. */
export function linkTarget(href: string, context: LinkContext): { kind: 'lesson' | 'item'; id: string } | null {
  const target = parseInternalHref(href, context.fromDir);
  if (!target) return null;
  if (target.anchor && context.itemOfLesson(target.anchor)) return { kind: 'lesson', id: target.anchor };
  if (target.itemId) return { kind: 'item', id: target.itemId };
  return null;
}

/** The app route an internal Markdown link points to (hash routes, shared by every door). */
export function routeForLink(href: string, context: LinkContext): string | null {
  const target = linkTarget(href, context);
  return target ? `#/${target.kind}/${target.id}` : null;
}

export function renderHtml(nodes: RootContent[], context: LinkContext): string {
  const root: Root = { type: 'root', children: structuredClone(nodes) };
  visit(root, 'link', (link: Link) => {
    const route = routeForLink(link.url, context);
    if (route) link.url = route;
  });
  return toHtml.stringify(toHtml.runSync(root)).trim();
}

/** Renders a free-standing Markdown text (a journal entry) with the same sanitizing. */
export function renderMarkdownHtml(tree: Root, context: LinkContext): string {
  return renderHtml(tree.children, context);
}
