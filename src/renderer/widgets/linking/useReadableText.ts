// A text that links people, lessons and actions, held the way the leader reads it (`@Dana Whitfield`,
// `[[Three confirmations]]`) while `storedNow()` is the Markdown to save, links with ids. The links
// are found from a deferred copy of the text, so typing in a long note never waits for them; the
// chips show once they match the text again. The journal's entry editor and the 1:1 note both use it.
import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import type { Person } from '../../../shared/contract';
import { linkMarkdown, type LinkScheme } from '../../../shared/inlineLinks';
import { linkedNames, toReadable, toStored, type LinkTarget } from '../../../shared/readableLinks';
import type { LessonIndex } from '../useLessonIndex';
import { useLinkDirectory } from './useLinkDirectory';

export interface ReadableText {
  /** The text as it started (readable). */
  initial: string;
  text: string;
  setText: (text: string | ((previous: string) => string)) => void;
  /** The Markdown of the text as last settled (it may trail the typing by a moment): for what is shown. */
  stored: string;
  /** The Markdown of the text as it is now: for saving. */
  storedNow: () => string;
  /** Where the links are, for the text area's chips. */
  chips: Array<{ start: number; end: number; scheme: LinkScheme }>;
  /** Markdown (a template, a link just made) as this text reads it. */
  readable: (markdown: string) => string;
  /** How a record picked from the suggestions is written. */
  linkText: (choice: { scheme: 'person' | 'lesson'; id: string; label: string }) => string;
  /** How a link to any record is written: its readable name when that stands for it alone, else Markdown. */
  linkTo: (target: LinkTarget, label: string) => string;
}

export function useReadableText(initialMarkdown: string, people: readonly Person[] | null, lessons: LessonIndex | null): ReadableText {
  const links = useLinkDirectory(people, lessons);
  const [initial] = useState(() => toReadable(initialMarkdown, links.directory));
  const [text, setText] = useState(initial);
  const settled = useDeferredValue(text);
  const names = useMemo(() => linkedNames(settled, links.directory), [settled, links]);
  const stored = useMemo(() => toStored(settled, links.directory, names), [settled, links, names]);
  const storedNow = () => (settled === text ? stored : toStored(text, links.directory));
  const settledChips = useMemo(() => names.map((name) => ({ start: name.start, end: name.end, scheme: name.target.scheme })), [names]);
  // Chips are drawn only where they are: not while the text has moved on from them.
  const chips = settled === text ? settledChips : [];
  const readable = useCallback((markdown: string) => toReadable(markdown, links.directory), [links]);
  const linkTo = useCallback(
    (target: LinkTarget, label: string) => links.directory.mention(target, label) ?? linkMarkdown(target.scheme, target.id, label, target.at),
    [links],
  );
  const linkText = useCallback((choice: { scheme: 'person' | 'lesson'; id: string; label: string }) => linkTo({ scheme: choice.scheme, id: choice.id }, choice.label), [linkTo]);
  return { initial, text, setText, stored, storedNow, chips, readable, linkText, linkTo };
}
