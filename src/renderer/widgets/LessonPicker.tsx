// "Link a lesson": type a few letters, pick a lesson from the matches (mouse or ↑ ↓ Enter).
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { SearchHit } from '../../shared/contract';
import { useClient } from '../transport/connection';
import { Highlighted } from '../ui/Highlighted';
import { ModeBadge } from '../ui/ModeBadge';
import './picker.css';

export function LessonPicker({ exclude, onPick, label = 'Link a lesson' }: { exclude: string[]; onPick: (lessonId: string) => void; label?: string }) {
  const client = useClient();
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [forQuery, setForQuery] = useState('');
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const latest = useRef(0);
  const popup = useRef<HTMLDivElement>(null);
  const listId = useId();
  const q = query.trim();

  useEffect(() => {
    if (!q) return;
    const sequence = ++latest.current;
    const timer = window.setTimeout(() => {
      client.search.query({ q, kinds: ['lesson'], limit: 12 }).then(
        (results) => {
          if (sequence !== latest.current) return;
          setHits(results.hits);
          setForQuery(q);
          setActive(0);
        },
        () => sequence === latest.current && (setHits([]), setForQuery(q)),
      );
    }, 80);
    return () => window.clearTimeout(timer);
  }, [q, client]);

  const hasPopup = open && q !== '';
  useEffect(() => {
    // The picker sits low in the form: bring its list into view when it opens.
    if (hasPopup) popup.current?.scrollIntoView({ block: 'nearest' });
  }, [hasPopup, forQuery]);

  const choices = q && forQuery === q ? hits.filter((hit) => !exclude.includes(hit.id)).slice(0, 8) : [];
  const shown = hasPopup;
  const pick = (hit: SearchHit) => {
    onPick(hit.id);
    setQuery('');
    setOpen(false);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      if (choices.length) setActive((i) => (i + (event.key === 'ArrowDown' ? 1 : -1) + choices.length) % choices.length);
    } else if (event.key === 'Enter') {
      // Enter picks a lesson here; it must never submit the entry by accident.
      event.preventDefault();
      const choice = choices[Math.min(active, choices.length - 1)];
      if (choice) pick(choice);
    } else if (event.key === 'Escape' && (query || open)) {
      event.preventDefault();
      setQuery('');
      setOpen(false);
    }
  };

  const activeChoice = shown ? choices[Math.min(active, choices.length - 1)] : undefined;
  return (
    <div className="lesson-picker" onBlur={(e) => !e.currentTarget.contains(e.relatedTarget as Node | null) && setOpen(false)}>
      <label className="picker-label">
        <span className="sr-only">{label}</span>
        <input
          type="text"
          value={query}
          placeholder={`${label}: type to find one…`}
          autoComplete="off"
          aria-autocomplete="list"
          aria-controls={shown && choices.length ? listId : undefined}
          aria-activedescendant={activeChoice ? `${listId}-${activeChoice.id}` : undefined}
          onChange={(e) => {
            setQuery(e.target.value);
            setOpen(true);
          }}
          onFocus={() => setOpen(true)}
          onKeyDown={onKeyDown}
        />
      </label>
      {shown && (
        <div className="picker-popup" ref={popup}>
          {choices.length > 0 ? (
            <div role="listbox" id={listId} aria-label="Lessons to link">
              {choices.map((hit) => (
                <div
                  key={hit.id}
                  id={`${listId}-${hit.id}`}
                  role="option"
                  aria-selected={hit === activeChoice}
                  className={`picker-option ${hit === activeChoice ? 'active' : ''}`}
                  onMouseDown={(e) => e.preventDefault()}
                  onMouseMove={() => setActive(choices.indexOf(hit))}
                  onClick={() => pick(hit)}
                >
                  <ModeBadge mode={hit.mode} size="small" />
                  <span>
                    <Highlighted text={hit.title} marks={hit.titleMarks} />
                  </span>
                </div>
              ))}
            </div>
          ) : (
            <p className="picker-empty">{forQuery === q ? `No lesson matches “${q}”.` : 'Searching…'}</p>
          )}
        </div>
      )}
    </div>
  );
}
