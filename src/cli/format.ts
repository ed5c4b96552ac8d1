// Human-readable output of the CLI (the --json forms print the records themselves).
import type { ItemDetail, JournalEntry, LessonDetail, SearchResults } from '../shared/contract';
import { linksAsLabels } from '../shared/inlineLinks';
import { LinkDirectory, toReadable } from '../shared/readableLinks';

const kindHeading = { lesson: 'Lessons', episode: 'Episodes', article: 'Articles', journal: 'Journal', person: 'People', action: 'Actions' } as const;

function highlight(text: string, marks: Array<[number, number]>, tty: boolean): string {
  const [open, close] = tty ? ['\u001b[1m', '\u001b[22m'] : ['[', ']'];
  let result = '';
  let at = 0;
  for (const [start, end] of marks) {
    result += text.slice(at, start) + open + text.slice(start, end) + close;
    at = end;
  }
  return result + text.slice(at);
}

export function formatSearch(results: SearchResults, tty = Boolean(process.stdout.isTTY)): string {
  if (results.hits.length === 0) return `No results for "${results.query}".\n`;
  const lines: string[] = [];
  for (const kind of ['lesson', 'action', 'person', 'journal', 'episode', 'article'] as const) {
    const hits = results.hits.filter((h) => h.kind === kind);
    if (hits.length === 0) continue;
    lines.push(kindHeading[kind]);
    for (const hit of hits) {
      lines.push(`  ${hit.id}  ${hit.title}${hit.mode ? `  [${hit.mode}${hit.status ? `/${hit.status}` : ''}]` : ''}`);
      if (hit.snippet) lines.push(`    ${highlight(hit.snippet, hit.marks, tty)}`);
    }
  }
  lines.push(`${results.hits.length} of ${results.total} result${results.total === 1 ? '' : 's'}`);
  return `${lines.join('\n')}\n`;
}

function stripHtml(html: string): string {
  return html
    .replace(/<\/(p|h\d|li|blockquote|tr)>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export function formatItem(item: ItemDetail): string {
  const credit = item.kind === 'episode' ? `hosted by ${item.host ?? '?'}` : `by ${item.author ?? '?'}`;
  const guests = item.guests.map((g) => [g.name, g.role, g.organisation].filter(Boolean).join(', ')).join('; ');
  const parts = [`${item.title}`, `${item.kind} · ${item.show} · ${item.date} · ${credit}${guests ? ` · with ${guests}` : ''}`, item.summary, ''];
  for (const section of item.sections) {
    if (section.type === 'lesson') parts.push(`## ${section.lesson.title}  {#${section.lesson.id}}${section.lesson.mode ? ` [${section.lesson.mode}]` : ''}`);
    parts.push(stripHtml(section.html), '');
  }
  return `${parts.join('\n').trim()}\n`;
}

export function formatLesson(detail: LessonDetail): string {
  const parts = [
    detail.lesson.title,
    `lesson ${detail.lesson.id}${detail.lesson.mode ? ` · ${detail.lesson.mode}` : ''} · from "${detail.item.title}" (${detail.item.id})`,
    '',
    stripHtml(detail.html),
    '',
    `Journal entries about this lesson: ${detail.backlinks.length}`,
    ...detail.backlinks.map((e) => `  ${e.date}  ${e.title || linksAsLabels(e.body).split('\n')[0]?.slice(0, 60)}  (${e.id})`),
  ];
  return `${parts.join('\n')}\n`;
}

export function formatEntries(entries: JournalEntry[], full: boolean): string {
  if (entries.length === 0) return 'The journal is empty.\n';
  return `${entries
    .map((e) => {
      const head = `${e.date}  ${e.title || '(untitled)'}  ${e.id}${e.lessonIds.length ? `  lessons: ${e.lessonIds.join(', ')}` : ''}`;
      // Links read as @Name and [[Title]], as in the app's editor; --json keeps the stored Markdown.
      return full ? `${head}\n\n${toReadable(e.body, new LinkDirectory())}` : head;
    })
    .join('\n')}\n`;
}
