// Links written inside an entry's Markdown: the editor inserts `[Dana](person:ID)` when the leader
// types @, `[Lesson title](lesson:ID)` after [[, and `[what was asked](action:ID)`. They are read
// from the parsed Markdown (so a link shown inside code is not a link) and stored as real rows.
import type { Link, Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

export const linkSchemes = ['person', 'lesson', 'action'] as const;
export type LinkScheme = (typeof linkSchemes)[number];

export interface InlineLinks {
  personIds: string[];
  lessonIds: string[];
  actionIds: string[];
}

const target = /^(person|lesson|action):([A-Za-z0-9][A-Za-z0-9-]{0,99})$/;

/** The people, lessons and actions an entry's Markdown links to, in order of first mention. */
export function inlineLinks(markdown: string): InlineLinks {
  const found: Record<LinkScheme, Set<string>> = { person: new Set(), lesson: new Set(), action: new Set() };
  if (markdown.includes(':')) {
    const tree = unified().use(remarkParse).parse(markdown) as Root;
    visit(tree, 'link', (node: Link) => {
      const match = target.exec(node.url);
      if (match) found[match[1] as LinkScheme].add(match[2] as string);
    });
  }
  return { personIds: [...found.person], lessonIds: [...found.lesson], actionIds: [...found.action] };
}

/** The Markdown the editor inserts for a link. Brackets in the label are escaped. */
export function linkMarkdown(scheme: LinkScheme, id: string, label: string): string {
  return `[${label.replace(/([[\]\\])/g, '\\$1')}](${scheme}:${id})`;
}
