// A lesson of the leader's own as the library holds it: an item of the pack "Your lessons" with one
// lesson section, the leader's words, then the words it was taken from and where they were heard.
// Built from the stored fields (never from Markdown frontmatter), so no title or text the leader
// writes can break the item.
import type { Blockquote, Paragraph, RootContent } from 'mdast';
import type { PersonalLesson } from '../../shared/contract';
import { personalPack } from '../../shared/contract';
import type { ParsedItem, ParsedSection } from '../library/parseItem';
import { parsePlainMarkdown } from '../library/parseItem';
import { plainText } from '../library/plainText';

/** The item that holds a personal lesson. */
export function itemIdOfLesson(lessonId: string): string {
  return `mine-${lessonId}`;
}

const summaryLength = 240;

function shortened(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= summaryLength) return flat;
  const cut = flat.slice(0, summaryLength);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), summaryLength - 40))}…`;
}

function quoteNode(quote: string): Blockquote {
  const paragraphs = quote.split(/\n\s*\n/).map((part): Paragraph => ({ type: 'paragraph', children: [{ type: 'text', value: part.trim() }] }));
  return { type: 'blockquote', children: paragraphs };
}

function sourceNode(lesson: PersonalLesson): Paragraph | null {
  const { episodeId, at, label } = lesson.source;
  if (!episodeId || !label) return null;
  return {
    type: 'paragraph',
    children: [
      { type: 'text', value: 'Heard in ' },
      { type: 'link', url: `#/episode/${encodeURIComponent(episodeId)}${at !== null ? `?t=${at}` : ''}`, children: [{ type: 'text', value: label }] },
      { type: 'text', value: '.' },
    ],
  };
}

export function personalLessonItem(lesson: PersonalLesson): ParsedItem {
  const itemId = itemIdOfLesson(lesson.id);
  const ref = { id: lesson.id, title: lesson.title, itemId, ...(lesson.mode ? { mode: lesson.mode } : {}) };
  const nodes: RootContent[] = [...(lesson.body ? parsePlainMarkdown(lesson.body).children : [])];
  if (lesson.source.quote) nodes.push(quoteNode(lesson.source.quote));
  const source = sourceNode(lesson);
  if (source) nodes.push(source);
  const section: ParsedSection = { type: 'lesson', lesson: ref, nodes, text: nodes.map(plainText).join('\n') };
  const words = lesson.body || lesson.source.quote || '';
  return {
    summary: {
      id: itemId,
      kind: 'article',
      title: lesson.title,
      date: lesson.createdAt.slice(0, 10),
      show: personalPack.title,
      author: 'You',
      guests: [],
      category: personalPack.title,
      tags: lesson.tags,
      summary: words ? shortened(plainText(parsePlainMarkdown(words))) : lesson.source.label ? `From ${lesson.source.label}.` : 'A lesson of your own.',
      lessons: [ref],
      pack: { ...personalPack },
    },
    file: `${personalPack.id}/${itemId}.md`,
    lessonLines: new Map([[lesson.id, 1]]),
    sections: [section],
    links: [],
  };
}
