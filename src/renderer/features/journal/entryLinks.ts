// Links written inside an entry's text ([Dana](person:ID), [Title](lesson:ID), [what](action:ID)),
// read and written as the core reads them, so the editor shows what saving will link. Pure: no DOM.

export const linkSchemes = ['person', 'lesson', 'action'] as const;
export type LinkScheme = (typeof linkSchemes)[number];

export interface InlineLink {
  scheme: LinkScheme;
  id: string;
  /** The label as shown (Markdown escapes removed). */
  label: string;
  /** [start, end) of the whole link in the text. */
  start: number;
  end: number;
}

const linkPattern = /\[((?:\\[\s\S]|[^\\\]])*)\]\((person|lesson|action):([A-Za-z0-9][A-Za-z0-9-]{0,99})\)/g;
const codeSpan = /(`+)[\s\S]*?\1/g;
const fence = /^ {0,3}(```|~~~)[^\n]*\n[\s\S]*?(?:^ {0,3}\1[^\n]*$|(?![\s\S]))/gm;

export function unescapeLabel(label: string): string {
  return label.replace(/\\([\\[\]])/g, '$1');
}

/** The Markdown the editor inserts for a link; brackets in the label are escaped. */
export function linkMarkdown(scheme: LinkScheme, id: string, label: string): string {
  return `[${label.replace(/([[\]\\])/g, '\\$1')}](${scheme}:${id})`;
}

/** Ranges of code (fenced blocks, inline spans): a link written there is only text. */
function codeRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const match of text.matchAll(fence)) ranges.push([match.index, match.index + match[0].length]);
  for (const match of text.matchAll(codeSpan)) {
    if (!ranges.some(([s, e]) => match.index >= s && match.index < e)) ranges.push([match.index, match.index + match[0].length]);
  }
  return ranges;
}

/** Every person, lesson and action link in the text, in order. */
export function findInlineLinks(text: string): InlineLink[] {
  if (!text.includes('](')) return [];
  const code = codeRanges(text);
  const links: InlineLink[] = [];
  for (const match of text.matchAll(linkPattern)) {
    const start = match.index;
    if (code.some(([s, e]) => start >= s && start < e)) continue;
    links.push({ scheme: match[2] as LinkScheme, id: match[3] as string, label: unescapeLabel(match[1] as string), start, end: start + match[0].length });
  }
  return links;
}

export interface LinkedIds {
  personIds: string[];
  lessonIds: string[];
  actionIds: string[];
}

/** The ids the text links to, once each, in order of first mention. */
export function inlineLinkIds(text: string): LinkedIds {
  const found: Record<LinkScheme, Set<string>> = { person: new Set(), lesson: new Set(), action: new Set() };
  for (const link of findInlineLinks(text)) found[link.scheme].add(link.id);
  return { personIds: [...found.person], lessonIds: [...found.lesson], actionIds: [...found.action] };
}

/** The text with every link to this record turned back into its plain label. */
export function unlinkInText(text: string, scheme: LinkScheme, id: string): string {
  let result = '';
  let from = 0;
  for (const link of findInlineLinks(text)) {
    if (link.scheme !== scheme || link.id !== id) continue;
    result += text.slice(from, link.start) + link.label;
    from = link.end;
  }
  return result + text.slice(from);
}

/** `all` without the ids the text already links to: what was picked by hand. */
export function pickedOnly(all: string[], inText: string[]): string[] {
  return all.filter((id) => !inText.includes(id));
}

/** Picked ids followed by those linked in the text, without repeats. */
export function unionIds(first: string[], second: string[]): string[] {
  return [...new Set([...first, ...second])];
}
