// A slim bar under the top bar when follow-ups or scheduled 1:1s are due today or overdue: how
// many, a way to see them, and a way to put it away until tomorrow. Nothing shows when nothing is due.
import { useEffect, useId, useRef, useState } from 'react';
import { Link, useLocation } from 'wouter';
import type { FollowUp, UpcomingOneOnOne } from '../../../shared/contract';
import { formatDay } from '../../ui/formatDate';
import { ModeBadge } from '../../ui/ModeBadge';
import { readDismissedDay, useReminders, writeDismissedDay } from './useReminders';
import './reminders.css';

function followUpSummary(followUps: FollowUp[]): string | null {
  if (followUps.length === 0) return null;
  const today = followUps.filter((f) => f.state === 'due-today').length;
  const overdue = followUps.length - today;
  const parts = [today > 0 ? `${today} due today` : null, overdue > 0 ? `${overdue} overdue` : null].filter(Boolean);
  const head = followUps.length === 1 ? '1 follow-up needs you' : `${followUps.length} follow-ups need you`;
  return `${head}: ${parts.join(', ')}`;
}

function oneOnOneSummary(due: UpcomingOneOnOne[]): string | null {
  const [first] = due;
  if (!first) return null;
  return due.length === 1 ? `1:1 due with ${first.person.name}` : `${due.length} 1:1s due`;
}

function summary(followUps: FollowUp[], oneOnOnes: UpcomingOneOnOne[]): string {
  return [followUpSummary(followUps), oneOnOneSummary(oneOnOnes)].filter(Boolean).join(' · ');
}

function lateness(followUp: FollowUp): string {
  if (followUp.daysLate === 0) return 'due today';
  return followUp.daysLate === 1 ? '1 day late' : `${followUp.daysLate} days late`;
}

export function ReminderBar() {
  const [path] = useLocation();
  const view = useReminders(path);
  const [dismissedOn, setDismissedOn] = useState(readDismissedDay);
  // The list is a popover tied to the page it was opened on: navigating closes it.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === path;
  const listId = useId();
  const root = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);

  const followUps = view?.followUps ?? [];
  const oneOnOnes = view?.oneOnOnes ?? [];
  const visible = view !== null && followUps.length + oneOnOnes.length > 0 && dismissedOn !== view.today;

  // It also closes on Escape and on a click elsewhere.
  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpenOn(null);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpenOn(null);
      toggle.current?.focus();
    };
    document.addEventListener('pointerdown', onPointerDown);
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown);
      document.removeEventListener('keydown', onKeyDown);
    };
  }, [open]);

  const dismiss = () => {
    if (!view) return;
    writeDismissedDay(view.today);
    setDismissedOn(view.today);
    setOpenOn(null);
  };

  return (
    <div ref={root} className={visible ? 'reminder-bar' : 'reminder-bar is-empty'}>
      {/* Always mounted, so a bar that appears later is announced; polite, never interrupting. */}
      <p role="status" aria-label="Follow-up reminders" className="reminder-summary">
        {visible && (
          <>
            <span className="reminder-dot" aria-hidden="true" />
            {summary(followUps, oneOnOnes)}
          </>
        )}
      </p>
      {visible && (
        <div className="reminder-controls">
          <button ref={toggle} type="button" className="reminder-button" aria-expanded={open} aria-controls={listId} onClick={() => setOpenOn(open ? null : path)}>
            {open ? 'Hide list' : 'Show list'}
          </button>
          <Link href="/balance" className="reminder-button">
            Open balance
          </Link>
          <button type="button" className="reminder-close" aria-label="Dismiss reminders until tomorrow" title="Dismiss until tomorrow" onClick={dismiss}>
            <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
              <path d="M3.5 3.5l7 7M10.5 3.5l-7 7" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
            </svg>
          </button>
          {open && (
            <ul id={listId} className="reminder-popover" aria-label="Follow-ups and 1:1s that need you">
              {oneOnOnes.map((due) => (
                <li key={`1:1-${due.person.id}`}>
                  <Link href={`/people/${due.person.id}/one-on-one`} className="reminder-item">
                    <span className="reminder-one-on-one" aria-hidden="true">
                      1:1
                    </span>
                    <span className="reminder-item-text">
                      <span className="reminder-item-title">1:1 with {due.person.name}</span>
                      <span className="reminder-item-meta">{due.last ? `Last held ${formatDay(due.last)}` : 'Not held yet'}</span>
                    </span>
                    <span className={`reminder-late ${due.next.state === 'due' ? 'is-today' : ''}`}>{due.next.state === 'due' ? 'due today' : `due ${formatDay(due.next.date)}`}</span>
                  </Link>
                </li>
              ))}
              {followUps.map((followUp) => (
                <li key={followUp.action.id}>
                  <Link href={`/actions/${followUp.action.id}`} className="reminder-item">
                    <ModeBadge mode={followUp.action.kind} size="small" />
                    <span className="reminder-item-text">
                      <span className="reminder-item-title">{followUp.action.text}</span>
                      <span className="reminder-item-meta">
                        {followUp.action.personName} · {formatDay(followUp.due)}
                      </span>
                    </span>
                    <span className={`reminder-late ${followUp.daysLate === 0 ? 'is-today' : ''}`}>{lateness(followUp)}</span>
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
