// A lesson and the leader's journal entries about it, as one Markdown document to share.
import type { Heading, Root, RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import type { ExportedDocument, JournalEntry } from '../../shared/contract';
import type { LessonRecord } from '../library/library';
import { parsePlainMarkdown } from '../library/parseItem';

const toMarkdown = unified().use(remarkGfm).use(remarkStringify, { bullet: '-', emphasis: '_', rule: '-' });

const modeLabel = { ask: 'Ask', share: 'Share', mandate: 'Mandate' } as const;

/** Internal links point into the app's library, which the reader may not have: keep their text only. */
function unlinkInternal(nodes: RootContent[]): RootContent[] {
  const root: Root = { type: 'root', children: structuredClone(nodes) };
  visit(root, 'link', (node, index, parent) => {
    if (parent && index !== undefined && !/^[a-z][a-z0-9+.-]*:/i.test(node.url)) {
      parent.children.splice(index, 1, ...node.children);
      return [SKIP, index];
    }
    return undefined;
  });
  return root.children;
}

/** Entry headings sit below the entry's own heading level. */
function demoteHeadings(nodes: RootContent[], by: number): RootContent[] {
  const root: Root = { type: 'root', children: nodes };
  visit(root, 'heading', (node: Heading) => {
    node.depth = Math.min(6, node.depth + by) as Heading['depth'];
  });
  return root.children;
}

function text(value: string): RootContent {
  return { type: 'paragraph', children: [{ type: 'text', value }] };
}

export function lessonMarkdown(record: LessonRecord, entries: JournalEntry[], exportedOn: string): ExportedDocument {
  const { lesson, item } = record;
  const s = item.summary;
  const credit = s.kind === 'episode' ? `${s.show}, hosted by ${s.host ?? 'unknown'}` : `${s.show}, by ${s.author ?? 'unknown'}`;
  const children: RootContent[] = [
    { type: 'heading', depth: 1, children: [{ type: 'text', value: lesson.title }] },
    {
      type: 'paragraph',
      children: [
        { type: 'text', value: 'From ' },
        { type: 'emphasis', children: [{ type: 'text', value: s.title }] },
        { type: 'text', value: ` (${credit}, ${s.date})${lesson.mode ? ` · Mode: ${modeLabel[lesson.mode]}` : ''}` },
      ],
    },
    ...unlinkInternal(record.section.nodes),
    { type: 'heading', depth: 2, children: [{ type: 'text', value: 'My journal' }] },
  ];
  if (entries.length === 0) children.push(text('No journal entries are linked to this lesson yet.'));
  for (const entry of entries) {
    const heading = entry.title ? `${entry.date} · ${entry.title}` : entry.date;
    children.push({ type: 'heading', depth: 3, children: [{ type: 'text', value: heading }] });
    children.push(...demoteHeadings(parsePlainMarkdown(entry.body).children, 3));
  }
  children.push({ type: 'thematicBreak' }, text(`Exported from Fulcrum on ${exportedOn}.`));
  const content = toMarkdown.stringify({ type: 'root', children });
  return { fileName: `${lesson.id}.md`, mimeType: 'text/markdown', content };
}
