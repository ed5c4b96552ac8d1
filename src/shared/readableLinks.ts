// Links as a leader reads and writes them: `@Dana Whitfield` for a person, `[[Three confirmations]]`
// for a lesson, an action or an episode. The stored Markdown keeps `[Dana Whitfield](person:ID)`;
// the editor and the CLI show the readable form, and a directory of what each name stands for turns
// it back into links on save. A name that would stand for two records stays a Markdown link, so
// nothing is ever linked to the wrong one. Pure: no DOM, no Node.
import type { Nodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { findInlineLinks, linkMarkdown, type LinkScheme } from './inlineLinks';

/** What a readable name stands for. */
export interface LinkTarget {
  scheme: LinkScheme;
  id: string;
  /** For an episode: the moment, in seconds. */
  at?: number;
}

const keyOf = (target: LinkTarget) => `${target.scheme}:${target.id}${target.at === undefined ? '' : `@${target.at}`}`;

/** How a link reads in the editor, or null when its label cannot be written that way. */
export function readableToken(scheme: LinkScheme, label: string): string | null {
  const name = label.trim();
  if (name === '' || name !== label || /[\n\r]/.test(name)) return null;
  if (scheme === 'person') return /^[\p{L}\p{N}]/u.test(name) ? `@${name}` : null;
  return /[[\]]/.test(name) ? null : `[[${name}]]`;
}

/**
 * The names the editor knows: the people and lessons a leader can link (a name two of them share
 * is known to stand for neither), and each record the text links, which wins for its own name.
 */
export class LinkDirectory {
  readonly #byToken = new Map<string, LinkTarget | null>();
  /** Names the text uses for a record: they keep standing for it. */
  readonly #mentioned = new Set<string>();
  #people: string[] | null = null;

  /** A record anyone could link by name; two records of one name make the name stand for neither. */
  know(target: LinkTarget, label: string): void {
    const token = readableToken(target.scheme, label);
    if (!token || this.#mentioned.has(token)) return;
    const known = this.#byToken.get(token);
    if (known === undefined) this.#set(token, target);
    else if (known !== null && keyOf(known) !== keyOf(target)) this.#set(token, null);
  }

  /**
   * A record the text links (or the leader just picked): its name stands for it from now on, and is
   * returned. Null when the name cannot be written readably, or the text already uses it for
   * another record: that link must stay Markdown.
   */
  mention(target: LinkTarget, label: string): string | null {
    const token = readableToken(target.scheme, label);
    if (!token) return null;
    const current = this.#byToken.get(token);
    if (this.#mentioned.has(token) && current && keyOf(current) !== keyOf(target)) return null;
    this.#mentioned.add(token);
    this.#set(token, target);
    return token;
  }

  /** The record a token stands for, if exactly one. */
  targetOf(token: string): LinkTarget | undefined {
    return this.#byToken.get(token) ?? undefined;
  }

  /** Person names, longest first, so `@Dana Whitfield` wins over `@Dana`. */
  personNames(): string[] {
    this.#people ??= [...this.#byToken.entries()]
      .filter(([token, target]) => target?.scheme === 'person' && token.startsWith('@'))
      .map(([token]) => token.slice(1))
      .sort((a, b) => b.length - a.length);
    return this.#people;
  }

  #set(token: string, target: LinkTarget | null): void {
    this.#byToken.set(token, target);
    this.#people = null;
  }
}

/**
 * The Markdown as the editor shows it: each link whose name stands for it alone (in the text and in
 * the directory) reads `@Name` or `[[Title]]`; the others stay Markdown links. Those names are
 * added to the directory, so `toStored` turns them back.
 */
export function toReadable(markdown: string, directory: LinkDirectory): string {
  const links = findInlineLinks(markdown);
  if (links.length === 0) return markdown;
  // A name the text gives two records is left as Markdown for both.
  const targets = new Map<string, Set<string>>();
  for (const link of links) {
    const token = readableToken(link.scheme, link.label);
    if (token) targets.set(token, (targets.get(token) ?? new Set()).add(keyOf(link)));
  }
  let text = '';
  let from = 0;
  for (const link of links) {
    const shared = (targets.get(readableToken(link.scheme, link.label) ?? '')?.size ?? 0) > 1;
    const token = shared ? null : directory.mention(link.at === undefined ? { scheme: link.scheme, id: link.id } : { scheme: link.scheme, id: link.id, at: link.at }, link.label);
    if (!token) continue;
    text += markdown.slice(from, link.start) + token;
    from = link.end;
  }
  return text + markdown.slice(from);
}

/** Whether the text may hold code, HTML, a Markdown link or a definition (else reading its tree can be skipped). */
const mayHoldLiterals = /`|~~~|<|\]\(|^ {0,3}\[[^\]]+\]:|^(?: {4}|\t)/m;

/** Where readable names are not names: code, and the text of links already written as Markdown. */
function literalRanges(text: string): Array<[number, number]> {
  // Reading the tree is the costly part (tens of ms for a long note): only when it can matter.
  if (!mayHoldLiterals.test(text)) return [];
  const ranges: Array<[number, number]> = [];
  const walk = (node: Nodes) => {
    if (node.type === 'code' || node.type === 'inlineCode' || node.type === 'link' || node.type === 'html' || node.type === 'definition') {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start !== undefined && end !== undefined) ranges.push([start, end]);
      return;
    }
    if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(fromMarkdown(text));
  return ranges;
}

const nameEnd = /[\p{L}\p{N}_]/u;

/** A name in readable text that stands for a record: text[start, end) is `@Name` or `[[Title]]`. */
export interface LinkedName {
  start: number;
  end: number;
  target: LinkTarget;
  label: string;
}

/** Every name in the readable text that the directory says stands for a record, in order. */
export function linkedNames(text: string, directory: LinkDirectory): LinkedName[] {
  if (!text.includes('@') && !text.includes('[[')) return [];
  const literal = literalRanges(text);
  const inLiteral = (at: number) => literal.some(([start, end]) => at >= start && at < end);
  const names = directory.personNames();
  const found: LinkedName[] = [];
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '[' && text[i + 1] === '[') {
      const close = text.indexOf(']]', i + 2);
      const token = close > 0 ? text.slice(i, close + 2) : '';
      const target = token && !token.includes('\n') ? directory.targetOf(token) : undefined;
      if (target && !inLiteral(i)) {
        found.push({ start: i, end: close + 2, target, label: token.slice(2, -2) });
        i = close + 1;
      }
    } else if (char === '@' && (i === 0 || !/[\p{L}\p{N}_.@+-]/u.test(text[i - 1] as string))) {
      const name = names.find((n) => text.startsWith(n, i + 1) && !nameEnd.test(text[i + 1 + n.length] ?? ''));
      const target = name ? directory.targetOf(`@${name}`) : undefined;
      if (name && target && !inLiteral(i)) {
        found.push({ start: i, end: i + 1 + name.length, target, label: name });
        i += name.length;
      }
    }
  }
  return found;
}

/** The readable text as stored Markdown: every name the directory knows becomes a link to its record. */
export function toStored(text: string, directory: LinkDirectory, names: readonly LinkedName[] = linkedNames(text, directory)): string {
  let result = '';
  let from = 0;
  for (const name of names) {
    result += text.slice(from, name.start) + linkMarkdown(name.target.scheme, name.target.id, name.label, name.target.at);
    from = name.end;
  }
  return from === 0 ? text : result + text.slice(from);
}
