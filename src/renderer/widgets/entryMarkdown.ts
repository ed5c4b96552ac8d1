// Reads the little Markdown an entry uses (headings, lists, quotes, code, emphasis and links) into
// plain data the entry view renders as React elements: no HTML string is ever built. Pure: no DOM.
import { findInlineLinks, type LinkScheme } from '../../shared/inlineLinks';

export type Block =
  | { type: 'heading'; level: number; text: string }
  | { type: 'list'; ordered: boolean; items: string[] }
  | { type: 'quote'; text: string }
  | { type: 'code'; text: string }
  | { type: 'paragraph'; text: string };

export type Inline =
  | { type: 'text'; text: string }
  | { type: 'strong'; text: string }
  | { type: 'em'; text: string }
  | { type: 'code'; text: string }
  | { type: 'link'; scheme: LinkScheme; id: string; label: string; at?: number }
  | { type: 'web'; href: string; label: string };

const heading = /^ {0,3}(#{1,6})\s+(.*?)\s*#*\s*$/;
const bullet = /^ {0,3}([-*+]|\d{1,9}[.)])(?:\s+(.*))?$/;
const quote = /^ {0,3}>\s?(.*)$/;
const fenceOpen = /^ {0,3}(```|~~~)/;

/** The body as blocks; a blank line ends a paragraph, single line breaks are kept. */
export function entryBlocks(body: string): Block[] {
  const lines = body.replace(/\r\n?/g, '\n').split('\n');
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length) blocks.push({ type: 'paragraph', text: paragraph.join('\n') });
    paragraph = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const fence = fenceOpen.exec(line);
    if (fence) {
      flush();
      const code: string[] = [];
      while (++i < lines.length && !(lines[i] as string).trimStart().startsWith(fence[1] as string)) code.push(lines[i] as string);
      blocks.push({ type: 'code', text: code.join('\n') });
      continue;
    }
    const h = heading.exec(line);
    const item = bullet.exec(line);
    const q = quote.exec(line);
    if (line.trim() === '') flush();
    else if (h) {
      flush();
      blocks.push({ type: 'heading', level: (h[1] as string).length, text: h[2] as string });
    } else if (item) {
      flush();
      // An empty bullet is a template's blank left unanswered: nothing to show.
      if (!item[2]?.trim()) continue;
      const ordered = /\d/.test(item[1] as string);
      const last = blocks.at(-1);
      if (last?.type === 'list' && last.ordered === ordered) last.items.push(item[2] as string);
      else blocks.push({ type: 'list', ordered, items: [item[2] as string] });
    } else if (q) {
      flush();
      const last = blocks.at(-1);
      if (last?.type === 'quote') last.text += `\n${q[1] as string}`;
      else blocks.push({ type: 'quote', text: q[1] as string });
    } else {
      const last = blocks.at(-1);
      // A line right under a list item continues that item.
      if (paragraph.length === 0 && last?.type === 'list' && /^\s+\S/.test(line) && i > 0 && (lines[i - 1] as string).trim() !== '') {
        last.items[last.items.length - 1] += `\n${line.trim()}`;
      } else paragraph.push(line);
    }
  }
  flush();
  return blocks;
}

const webLink = /\[((?:\\[\s\S]|[^\\\]])+)\]\((https?:\/\/[^\s)]+)\)/g;
const emphasis = /(`+)([\s\S]*?)\1|\*\*(?=\S)([\s\S]*?\S)\*\*|__(?=\S)([\s\S]*?\S)__|\*(?=\S)([^*]*?\S)\*|(?<![\p{L}\p{N}])_(?=\S)([^_]*?\S)_(?![\p{L}\p{N}])/gu;

/** A block's text as runs of plain text, emphasis, code and links. */
export function inlineRuns(text: string): Inline[] {
  const runs: Inline[] = [];
  let from = 0;
  const marks: Array<{ start: number; end: number; run: Inline }> = [];
  for (const link of findInlineLinks(text)) marks.push({ start: link.start, end: link.end, run: { type: 'link', scheme: link.scheme, id: link.id, label: link.label, ...(link.at !== undefined ? { at: link.at } : {}) } });
  for (const match of text.matchAll(webLink)) {
    const start = match.index;
    marks.push({ start, end: start + match[0].length, run: { type: 'web', href: match[2] as string, label: (match[1] as string).replace(/\\([\\[\]])/g, '$1') } });
  }
  marks.sort((a, b) => a.start - b.start);
  for (const mark of marks) {
    if (mark.start < from) continue;
    runs.push(...styledRuns(text.slice(from, mark.start)));
    runs.push(mark.run);
    from = mark.end;
  }
  runs.push(...styledRuns(text.slice(from)));
  return runs;
}

function styledRuns(text: string): Inline[] {
  const runs: Inline[] = [];
  let from = 0;
  for (const match of text.matchAll(emphasis)) {
    if (match.index > from) runs.push({ type: 'text', text: text.slice(from, match.index) });
    if (match[1]) runs.push({ type: 'code', text: (match[2] as string).trim() || (match[2] as string) });
    else if (match[3] ?? match[4]) runs.push({ type: 'strong', text: (match[3] ?? match[4]) as string });
    else runs.push({ type: 'em', text: (match[5] ?? match[6]) as string });
    from = match.index + match[0].length;
  }
  if (from < text.length) runs.push({ type: 'text', text: text.slice(from) });
  return runs;
}
