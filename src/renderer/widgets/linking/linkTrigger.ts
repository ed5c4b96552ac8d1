// What the leader is typing at the caret of the entry text: `@da` asks for a person, `[[three` for a
// lesson. Finds that trigger, ranks the matches, and computes the text that replaces it. Pure: no DOM.

export type TriggerKind = 'person' | 'lesson';

export interface Trigger {
  kind: TriggerKind;
  /** Where the trigger starts (the `@` or the first `[`). */
  start: number;
  /** The caret: the trigger runs from start to here. */
  end: number;
  /** What was typed after the trigger characters. */
  query: string;
}

// `@` at the start of a line or after a space or an opening bracket (so an email address is no
// trigger), then up to three words of a name.
const personTrigger = /(?:^|[\s([{"'“‘])@((?:[\p{L}\p{N}.'’-]+ ?){0,3})$/u;
const lessonTrigger = /\[\[([^[\]\n]{0,80})$/;

/** The trigger that ends at the caret, if any; the one started last wins. */
export function findTrigger(text: string, caret: number): Trigger | null {
  const line = text.slice(text.lastIndexOf('\n', caret - 1) + 1, caret);
  const lineStart = caret - line.length;
  const found: Trigger[] = [];
  const person = personTrigger.exec(line);
  if (person) {
    const query = person[1] ?? '';
    found.push({ kind: 'person', start: caret - query.length - 1, end: caret, query });
  }
  const lesson = lessonTrigger.exec(line);
  if (lesson) found.push({ kind: 'lesson', start: lineStart + lesson.index, end: caret, query: lesson[1] ?? '' });
  return found.sort((a, b) => b.start - a.start)[0] ?? null;
}

export interface Insertion {
  /** Replace text[start, end) with `insert`. */
  start: number;
  end: number;
  insert: string;
}

/** Replaces the trigger with the link; a space follows unless punctuation or a space already does. */
export function linkInsertion(text: string, trigger: Trigger, markdown: string): Insertion {
  let end = trigger.end;
  // `[[title]]` typed by hand: the closing brackets go too.
  if (trigger.kind === 'lesson' && text.startsWith(']]', end)) end += 2;
  const next = text.charAt(end);
  const space = next === '' || !/[\s.,;:!?)\]}'"’”]/.test(next) ? ' ' : '';
  return { start: trigger.start, end, insert: markdown + space };
}

export function applyInsertion(text: string, insertion: Insertion): { text: string; caret: number } {
  return {
    text: text.slice(0, insertion.start) + insertion.insert + text.slice(insertion.end),
    caret: insertion.start + insertion.insert.length,
  };
}

/** Lower case, accents removed, so "Zoë" is found with "zoe". */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

const words = (text: string) => foldText(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/**
 * The items whose name matches the query, best first: names starting with it, then names whose
 * words start with each query word, then names merely containing it. An empty query keeps all.
 */
export function rankMatches<T>(items: readonly T[], nameOf: (item: T) => string, query: string, limit = 8): T[] {
  const folded = foldText(query.trim());
  if (!folded) return items.slice(0, limit);
  const queryWords = words(query);
  const scored: Array<{ item: T; score: number; at: number; index: number }> = [];
  items.forEach((item, index) => {
    const name = foldText(nameOf(item));
    const nameWords = words(name);
    let score = -1;
    if (name.startsWith(folded)) score = 0;
    else if (queryWords.length > 0 && queryWords.every((q) => nameWords.some((w) => w.startsWith(q)))) score = 1;
    else if (name.includes(folded)) score = 2;
    // Among equals, the name where the match comes earliest: "The three…" before "Make the three…".
    if (score >= 0) scored.push({ item, score, at: name.indexOf(queryWords[0] ?? folded), index });
  });
  scored.sort((a, b) => a.score - b.score || a.at - b.at || a.index - b.index);
  return scored.slice(0, limit).map((s) => s.item);
}
