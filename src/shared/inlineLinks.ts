// The one grammar of links written inside an entry's Markdown: `[Dana](person:ID)`,
// `[Lesson title](lesson:ID)`, `[what was asked](action:ID)`, `[an episode](episode:ID)`, and a
// moment of an episode, `[a passage](episode:ID@754)` (seconds from its start). Links are read from the CommonMark
// tree (mdast-util-from-markdown), so code spans, fenced and indented code, escaped brackets and link
// titles mean what they mean in Markdown. The core stores what this finds; the editor, the preview
// and autocomplete show the same. Pure: no DOM, no Node.
import type { Link, Nodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';

export const linkSchemes = ['person', 'lesson', 'action', 'episode'] as const;
export type LinkScheme = (typeof linkSchemes)[number];

export interface InlineLink {
  scheme: LinkScheme;
  id: string;
  /** The label as shown (Markdown escapes and emphasis marks removed). */
  label: string;
  /** For an episode: the moment linked, in seconds from its start. */
  at?: number;
  /** [start, end) of the whole link in the text. */
  start: number;
  end: number;
}

export interface LinkedIds {
  personIds: string[];
  lessonIds: string[];
  actionIds: string[];
  episodeIds: string[];
}

const target = /^(person|lesson|action|episode):([A-Za-z0-9][A-Za-z0-9-]{0,99})$/;
const moment = /^episode:([A-Za-z0-9][A-Za-z0-9-]{0,99})@(\d{1,6})$/;

/** Every person, lesson, action and episode link in the text, in order. */
export function findInlineLinks(text: string): InlineLink[] {
  if (!/(person|lesson|action|episode):/.test(text)) return [];
  const links: InlineLink[] = [];
  const walk = (node: Nodes) => {
    if (node.type === 'link') {
      const link = linkOf(node);
      if (link) links.push(link);
      return;
    }
    if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(fromMarkdown(text));
  return links;
}

function linkOf(node: Link): InlineLink | null {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return null;
  const at = moment.exec(node.url);
  if (at) return { scheme: 'episode', id: at[1] as string, at: Number(at[2]), label: toString(node), start, end };
  const match = target.exec(node.url);
  if (!match) return null;
  return { scheme: match[1] as LinkScheme, id: match[2] as string, label: toString(node), start, end };
}

/** The ids the text links to, once each, in order of first mention. */
export function inlineLinkIds(text: string): LinkedIds {
  const found: Record<LinkScheme, Set<string>> = { person: new Set(), lesson: new Set(), action: new Set(), episode: new Set() };
  for (const link of findInlineLinks(text)) found[link.scheme].add(link.id);
  return { personIds: [...found.person], lessonIds: [...found.lesson], actionIds: [...found.action], episodeIds: [...found.episode] };
}

/** The Markdown the editor inserts for a link; characters that would end or escape the label are escaped. */
export function linkMarkdown(scheme: LinkScheme, id: string, label: string, at?: number): string {
  return `[${label.replace(/([[\]\\])/g, '\\$1')}](${scheme}:${id}${scheme === 'episode' && at !== undefined ? `@${Math.max(0, Math.floor(at))}` : ''})`;
}

/** An action's words on one line, cut at a length that reads as a link: how a link to an action is labelled. */
export function actionLabel(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 90 ? `${line.slice(0, 89).trimEnd()}…` : line;
}

/** The name a link reads as now (a person's name, a lesson's title…), or undefined to keep its own label. */
export type LabelOf = (link: InlineLink) => string | undefined;

/** The text with each link's label replaced by what `labelOf` says it reads as now. */
export function relabel(text: string, labelOf: LabelOf): string {
  let result = '';
  let from = 0;
  for (const link of findInlineLinks(text)) {
    const label = labelOf(link);
    if (label === undefined || label === link.label) continue;
    result += text.slice(from, link.start) + linkMarkdown(link.scheme, link.id, label, link.at);
    from = link.end;
  }
  return from === 0 ? text : result + text.slice(from);
}

/** The text with every person, lesson, action and episode link read as its label: no ids left. */
export function linksAsLabels(text: string): string {
  let result = '';
  let from = 0;
  for (const link of findInlineLinks(text)) {
    result += text.slice(from, link.start) + link.label;
    from = link.end;
  }
  return result + text.slice(from);
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

/** Picked ids followed by those linked in the text, without repeats: what an entry links in all. */
export function unionIds(first: string[], second: string[]): string[] {
  return [...new Set([...first, ...second])];
}

/** `all` without the ids the text already links to: what was picked by hand. */
export function pickedOnly(all: string[], inText: string[]): string[] {
  return all.filter((id) => !inText.includes(id));
}
