// What a 1:1 note holds beyond its words: the items it leaves open for the next 1:1 (task items
// not ticked, `- [ ] …`), and the lines that ask for an action to be tracked (`ask: …`, `share: …`,
// `mandate: …`). Pure: the core reads carry-overs from the last note, the workspace reads both.
import type { ActionKind } from './contract';

const fence = /^ {0,3}(```|~~~)/;
const openItem = /^\s*[-*+]\s+\[ \]\s+(\S.*?)\s*$/;
const doneItem = /^(\s*[-*+]\s+)\[ \](\s+)/;

/** The task items a note leaves unticked, in order, once each: what the next 1:1 carries over. */
export function carriedOverItems(markdown: string): string[] {
  const items: string[] = [];
  let inCode = false;
  for (const line of markdown.split('\n')) {
    if (fence.test(line)) inCode = !inCode;
    const item = inCode ? null : openItem.exec(line)?.[1];
    if (item && !items.includes(item)) items.push(item);
  }
  return items;
}

/** The text with the first unticked item reading `item` ticked; unchanged when there is none. */
export function tickItem(text: string, item: string): string {
  const lines = text.split('\n');
  const at = lines.findIndex((line) => openItem.exec(line)?.[1] === item);
  if (at === -1) return text;
  lines[at] = (lines[at] as string).replace(doneItem, '$1[x]$2');
  return lines.join('\n');
}

/** A line of the note asking for an action: `ask: Update the CRM by Friday`. */
export interface ActionLine {
  kind: ActionKind;
  /** What is asked, shared or required. */
  text: string;
  /** [start, end) of the words after `kind:` in the note. */
  start: number;
  end: number;
}

const actionLine = /^(\s*(?:[-*+]\s+)?)(ask|share|mandate):[ \t]*(.*?)\s*$/i;

/**
 * Lines of the (readable) note that start with `ask:`, `share:` or `mandate:` and say what, and are
 * not tracked yet: a tracked line reads `ask: [[its words]]`, a link to the action.
 */
export function untrackedActionLines(text: string): ActionLine[] {
  const found: ActionLine[] = [];
  let offset = 0;
  let inCode = false;
  for (const line of text.split('\n')) {
    if (fence.test(line)) inCode = !inCode;
    const match = inCode ? null : actionLine.exec(line);
    const words = match?.[3] ?? '';
    if (match && words !== '' && !words.startsWith('[')) {
      const prefix = `${match[1] as string}${match[2] as string}:`.length;
      const rest = line.slice(prefix);
      const start = offset + prefix + (rest.length - rest.trimStart().length);
      found.push({ kind: (match[2] as string).toLowerCase() as ActionKind, text: words, start, end: start + words.length });
    }
    offset += line.length + 1;
  }
  return found;
}

/** The note with an action line's words replaced by `tracked` (the link to the action it became). */
export function trackLine(text: string, line: ActionLine, tracked: string): string {
  if (text.slice(line.start, line.end) !== line.text) return text;
  return text.slice(0, line.start) + tracked + text.slice(line.end);
}

/**
 * The list items written under a heading that starts with `heading` (`## Topics`), up to the next
 * heading of the same level or higher, ticked or not; empty ones left out.
 */
export function sectionItems(markdown: string, heading: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let inCode = false;
  for (const line of markdown.split('\n')) {
    if (fence.test(line)) inCode = !inCode;
    if (inCode) continue;
    const head = /^ {0,3}(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (head) {
      const level = (head[1] as string).length;
      if (depth > 0 && level <= depth) depth = 0;
      if (depth === 0 && (head[2] as string).toLowerCase().startsWith(heading.toLowerCase())) depth = level;
      continue;
    }
    const item = depth > 0 ? /^\s*(?:[-*+]|\d+[.)])\s+(?:\[[ xX]\]\s+)?(\S.*?)\s*$/.exec(line)?.[1] : undefined;
    if (item) items.push(item);
  }
  return items;
}

/**
 * The note with `line` added at the end of the section under `## heading` (made at the end of the
 * note when there is none): where the workspace writes what was discussed.
 */
export function addToSection(text: string, heading: string, line: string): string {
  const lines = text.split('\n');
  const at = lines.findIndex((l) => new RegExp(`^#{1,6}\\s+${heading.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`).test(l));
  if (at === -1) return `${text.trimEnd()}${text.trim() ? '\n\n' : ''}## ${heading}\n${line}\n`;
  let end = at + 1;
  while (end < lines.length && !/^ {0,3}#{1,6}\s/.test(lines[end] as string)) end++;
  let last = end - 1;
  while (last > at && (lines[last] as string).trim() === '') last--;
  lines.splice(last + 1, 0, line);
  return lines.join('\n');
}
