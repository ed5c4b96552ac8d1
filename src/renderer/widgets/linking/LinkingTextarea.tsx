// The entry's text area with inline links: `@` suggests people, `[[` lessons. ↑ ↓ move, Enter or Tab
// writes the link in place of what was typed (as `linkText` says: `@Dana Whitfield` in the editor),
// Esc closes; the mouse works too. The list is
// an ARIA listbox the text area points into with aria-activedescendant, so focus never leaves it.
import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode, type RefObject } from 'react';
import type { Person } from '../../../shared/contract';
import type { LessonMode } from '../../../shared/contract';
import { ModeBadge } from '../../ui/ModeBadge';
import { caretPosition } from './caretPosition';
import { linkMarkdown, type LinkScheme } from '../../../shared/inlineLinks';
import { applyInsertion, findTrigger, linkInsertion, rankMatches, type Trigger } from './linkTrigger';
import type { LessonIndex } from '../useLessonIndex';
import { initials, personDetail } from '../../words/personText';
import '../picker.css';
import './linking.css';

interface Suggestion {
  scheme: 'person' | 'lesson';
  id: string;
  label: string;
  detail: string;
  mode?: LessonMode;
}

interface Props {
  id: string;
  value: string;
  onChange: (value: string) => void;
  /** People who can be linked (null while loading). */
  people: Person[] | null;
  lessons: LessonIndex | null;
  describedBy?: string;
  placeholder?: string;
  /** The text area itself, for a parent that places the caret. */
  textareaRef?: RefObject<HTMLTextAreaElement | null>;
  /** The text a chosen link is written as; Markdown unless the parent reads links another way. */
  linkText?: (choice: { scheme: 'person' | 'lesson'; id: string; label: string }) => string;
  /** Stretches of the text that are links, drawn as chips behind the words. */
  chips?: ReadonlyArray<{ start: number; end: number; scheme: LinkScheme }>;
}

const markdownLink = (choice: { scheme: 'person' | 'lesson'; id: string; label: string }) => linkMarkdown(choice.scheme, choice.id, choice.label);

const popupWidth = 360;

/** Puts the list under the character at `anchor` (above it when the window has no room below). */
function placePopup(area: HTMLTextAreaElement | null, popup: HTMLDivElement | null, anchor: number | null): void {
  if (anchor === null || !area || !popup) return;
  const at = caretPosition(area, anchor);
  const below = Math.min(Math.max(at.top + at.lineHeight + 4, 8), area.offsetHeight + 4);
  const above = Math.max(at.top, 0) - popup.offsetHeight - 4;
  const areaTop = area.getBoundingClientRect().top;
  const fitsBelow = areaTop + below + popup.offsetHeight <= window.innerHeight - 8;
  popup.style.top = `${!fitsBelow && areaTop + above >= 8 ? above : below}px`;
  popup.style.left = `${Math.max(0, Math.min(at.left - 8, area.clientWidth - popupWidth))}px`;
}

function suggestionsFor(trigger: Trigger, people: Person[] | null, lessons: Suggestion[] | null): Suggestion[] {
  if (trigger.kind === 'person') {
    const matches = rankMatches(people ?? [], (p) => p.name, trigger.query);
    return matches.map((p) => ({ scheme: 'person', id: p.id, label: p.name, detail: personDetail(p) }));
  }
  return rankMatches(lessons ?? [], (l) => l.label, trigger.query);
}

function emptyMessage(trigger: Trigger, people: Person[] | null, lessons: Suggestion[] | null): string | null {
  const q = trigger.query.trim();
  if (trigger.kind === 'person') {
    if (!people) return 'Loading people…';
    if (people.length === 0) return 'No people yet. Add them on the People page, then link them here.';
    return /\s/.test(q) ? null : `No one called “${q}” in your people.`;
  }
  if (!lessons) return 'Loading lessons…';
  return `No lesson matches “${q}”.`;
}

export function LinkingTextarea({ id, value, onChange, people, lessons, describedBy, placeholder, textareaRef, linkText = markdownLink, chips }: Props) {
  const ownArea = useRef<HTMLTextAreaElement | null>(null);
  const area = textareaRef ?? ownArea;
  const popup = useRef<HTMLDivElement>(null);
  const backdrop = useRef<HTMLDivElement>(null);
  const pendingCaret = useRef<number | null>(null);
  const listId = useId();
  const [caret, setCaret] = useState<number | null>(null);
  const [focused, setFocused] = useState(false);
  // A trigger closed with Esc, or one just linked (while the text there is still the link written).
  const [dismissed, setDismissed] = useState<{ start: number; text: string } | null>(null);
  const [active, setActive] = useState({ key: '', index: 0 });

  const lessonChoices = useMemo<Suggestion[] | null>(
    () => (lessons ? [...lessons.values()].map(({ lesson, item }) => ({ scheme: 'lesson', id: lesson.id, label: lesson.title, detail: item.title, mode: lesson.mode })) : null),
    [lessons],
  );
  const linkable = useMemo(() => people?.filter((p) => !p.archived).sort((a, b) => a.name.localeCompare(b.name)) ?? null, [people]);

  const found = focused && caret !== null ? findTrigger(value, caret) : null;
  const trigger = found && !(found.start === dismissed?.start && value.startsWith(dismissed.text, found.start)) ? found : null;
  const suggestions = trigger ? suggestionsFor(trigger, linkable, lessonChoices) : [];
  const message = trigger && suggestions.length === 0 ? emptyMessage(trigger, linkable, lessonChoices) : null;
  const shown = trigger !== null && (suggestions.length > 0 || message !== null);
  const key = trigger ? `${trigger.kind}:${trigger.start}:${trigger.query}` : '';
  const index = active.key === key ? Math.min(active.index, suggestions.length - 1) : 0;
  const optionId = (i: number) => `${listId}-option-${i}`;
  const listName = trigger?.kind === 'lesson' ? 'Lessons' : 'People';

  useLayoutEffect(() => {
    if (pendingCaret.current === null || !area.current) return;
    area.current.setSelectionRange(pendingCaret.current, pendingCaret.current);
    pendingCaret.current = null;
  }, [value, area]);

  // The list opens under the trigger's first character and stays there while the leader types;
  // it follows when the text scrolls (the browser scrolls to the caret after this runs).
  const anchor = shown ? trigger.start : null;
  useLayoutEffect(() => placePopup(area.current, popup.current, anchor), [anchor, area, suggestions.length]);

  useEffect(() => {
    if (shown) document.getElementById(optionId(index))?.scrollIntoView({ block: 'nearest' });
  });

  // The chips move with the text as it scrolls (moved, not scrolled: the backdrop cannot scroll past its end).
  useLayoutEffect(() => followScroll(area.current, backdrop.current));

  const insert = (choice: Suggestion) => {
    const el = area.current;
    if (!el || !trigger) return;
    const insertion = linkInsertion(value, trigger, linkText(choice));
    // A name written readably would match its own trigger again: this one is done.
    setDismissed({ start: trigger.start, text: insertion.insert.trimEnd() });
    const expected = applyInsertion(value, insertion);
    el.focus();
    el.setSelectionRange(insertion.start, insertion.end);
    // insertText keeps the browser's own undo (Ctrl+Z) working; a plain update is the fallback.
    let done: boolean;
    try {
      done = document.execCommand('insertText', false, insertion.insert);
    } catch {
      done = false;
    }
    if (!done || el.value !== expected.text) {
      pendingCaret.current = expected.caret;
      onChange(expected.text);
    }
    setCaret(expected.caret);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (!shown || event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      setDismissed({ start: trigger.start, text: '' });
    } else if (suggestions.length > 0 && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive({ key, index: (index + step + suggestions.length) % suggestions.length });
    } else if (suggestions.length > 0 && (event.key === 'Enter' || (event.key === 'Tab' && !event.shiftKey))) {
      event.preventDefault();
      const choice = suggestions[index];
      if (choice) insert(choice);
    }
  };

  const trackCaret = (el: HTMLTextAreaElement) => setCaret(el.selectionStart === el.selectionEnd ? el.selectionStart : null);

  return (
    <div className={`linking-field ${chips ? 'with-chips' : ''}`}>
      {chips && (
        <div className="linking-backdrop" aria-hidden="true">
          <div ref={backdrop}>{chipSegments(value, chips)}</div>
        </div>
      )}
      <textarea
        id={id}
        ref={area}
        value={value}
        rows={12}
        placeholder={placeholder}
        aria-describedby={describedBy}
        aria-autocomplete="list"
        aria-controls={shown && suggestions.length ? listId : undefined}
        aria-activedescendant={shown && suggestions.length ? optionId(index) : undefined}
        onChange={(e) => {
          trackCaret(e.currentTarget);
          onChange(e.target.value);
        }}
        onSelect={(e) => trackCaret(e.currentTarget)}
        onFocus={(e) => {
          setFocused(true);
          trackCaret(e.currentTarget);
        }}
        onBlur={() => setFocused(false)}
        onScroll={() => {
          placePopup(area.current, popup.current, anchor);
          followScroll(area.current, backdrop.current);
        }}
        onKeyDown={onKeyDown}
      />
      {shown && (
        <div className="suggest-popup" ref={popup} style={{ width: popupWidth }}>
          <p className="suggest-title" aria-hidden="true">
            {trigger.kind === 'lesson' ? 'Link a lesson' : 'Link a person'}
          </p>
          {suggestions.length > 0 ? (
            <div role="listbox" id={listId} aria-label={listName}>
              {suggestions.map((choice, i) => (
                <div
                  key={choice.id}
                  id={optionId(i)}
                  role="option"
                  aria-selected={i === index}
                  className={`picker-option suggest-option ${i === index ? 'active' : ''}`}
                  onMouseDown={(e) => e.preventDefault()}
                  onMouseMove={() => i !== index && setActive({ key, index: i })}
                  onClick={() => insert(choice)}
                >
                  {choice.scheme === 'person' ? (
                    <span className="person-initials" aria-hidden="true">
                      {initials(choice.label)}
                    </span>
                  ) : (
                    <ModeBadge mode={choice.mode} size="small" />
                  )}
                  <span className="suggest-text">
                    <span className="suggest-label">{choice.label}</span>
                    {choice.detail && <span className="suggest-detail">{choice.detail}</span>}
                  </span>
                </div>
              ))}
            </div>
          ) : (
            <p className="picker-empty" role="status">
              {message}
            </p>
          )}
          <p className="suggest-keys" aria-hidden="true">
            {suggestions.length > 0 ? '↑ ↓ to choose · Enter to link · Esc to close' : 'Esc to close'}
          </p>
        </div>
      )}
    </div>
  );
}

function followScroll(area: HTMLTextAreaElement | null, words: HTMLDivElement | null): void {
  if (area && words) words.style.transform = `translate(${-area.scrollLeft}px, ${-area.scrollTop}px)`;
}

/** The text as the backdrop draws it: the same words, links wrapped in chips (the words show through). */
function chipSegments(value: string, chips: NonNullable<Props['chips']>): ReactNode[] {
  const parts: ReactNode[] = [];
  let from = 0;
  for (const chip of chips) {
    if (chip.start < from) continue;
    parts.push(value.slice(from, chip.start));
    parts.push(
      <mark key={chip.start} className={`text-chip text-chip-${chip.scheme}`}>
        {value.slice(chip.start, chip.end)}
      </mark>,
    );
    from = chip.end;
  }
  // A final newline needs something after it to take up its line, as it does in the text area.
  parts.push(`${value.slice(from)}\u200b`);
  return parts;
}
