// "Add to brief…" on a lesson: pick one of the leader's briefs, or start a new one with it. The
// menu also opens on its own (from a search result), so it is a component of its own.
import { useEffect, useId, useRef, useState } from 'react';
import type { Brief } from '../../shared/contract';
import { navigate } from '../navigation/hashLocation';
import { useClient } from '../transport/connection';
import { useToast } from '../ui/Toasts';
import { errorText } from '../ui/useLoad';
import './add-to-brief.css';

/** `describedBy` names what the lesson is where several of these sit on one page (an item's lessons). */
export function AddToBriefButton({ lessonId, small = false, describedBy }: { lessonId: string; small?: boolean; describedBy?: string }) {
  const menuId = useId();
  const [open, setOpen] = useState(false);
  return (
    <div className="add-to-brief" onKeyDown={(event) => event.key === 'Escape' && setOpen(false)}>
      <button type="button" className={small ? 'button button-small' : 'button'} aria-describedby={describedBy} aria-haspopup="menu" aria-expanded={open} aria-controls={open ? menuId : undefined} onClick={() => setOpen(!open)}>
        Add to brief…
      </button>
      {open && <BriefMenu id={menuId} lessonId={lessonId} onDone={() => setOpen(false)} />}
    </div>
  );
}

interface MenuProps {
  id?: string;
  lessonId: string;
  /** Called once a brief is picked (or the briefs could not be read). */
  onDone: () => void;
  /** Moves the focus to the first brief when the menu opens (when it opened from the keyboard). */
  autoFocus?: boolean;
  className?: string;
}

/** The leader's briefs as a menu; picking one adds the lesson to it, "New brief" starts one with it. */
export function BriefMenu({ id, lessonId, onDone, autoFocus = false, className = 'add-to-brief-menu' }: MenuProps) {
  const client = useClient();
  const toast = useToast();
  const menu = useRef<HTMLDivElement>(null);
  const [briefs, setBriefs] = useState<Brief[] | null>(null);

  useEffect(() => {
    let current = true;
    client.briefs
      .list()
      .then((list) => current && setBriefs(list))
      .catch((error: unknown) => {
        if (!current) return;
        toast({ message: `Your briefs could not be read. ${errorText(error)}`, tone: 'error' });
        onDone();
      });
    return () => {
      current = false;
    };
    // Read once per opening of the menu.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    if (briefs && autoFocus) menu.current?.querySelector<HTMLButtonElement>('[role="menuitem"]')?.focus();
  }, [briefs, autoFocus]);

  const addTo = async (brief: Brief | null) => {
    onDone();
    try {
      const target = brief ? await client.briefs.addLesson({ id: brief.id, lessonId }) : await client.briefs.create({ title: 'Untitled brief', lessons: [{ lessonId }] });
      toast({ message: `Added to “${target.title}”`, tone: 'success', action: { label: 'Open the brief', onAction: () => navigate(`/briefs/${target.id}`) } });
    } catch (error) {
      toast({ message: `The lesson was not added. ${errorText(error)}`, tone: 'error', duration: 8000 });
    }
  };

  if (!briefs) return null;
  return (
    <div role="menu" id={id} ref={menu} className={className} aria-label="Add to a brief">
      {briefs.map((brief) => (
        <button key={brief.id} type="button" role="menuitem" className="add-to-brief-item" onClick={() => void addTo(brief)}>
          {brief.title} <span className="muted">· {brief.lessons.length} lesson{brief.lessons.length === 1 ? '' : 's'}</span>
          {brief.lessons.some((l) => l.lessonId === lessonId) && <span className="muted"> · holds it already</span>}
        </button>
      ))}
      <button type="button" role="menuitem" className="add-to-brief-item add-to-brief-new" onClick={() => void addTo(null)}>
        New brief with this lesson
      </button>
    </div>
  );
}
