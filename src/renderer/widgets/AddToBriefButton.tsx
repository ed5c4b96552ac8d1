// "Add to brief…" on a lesson: pick one of the leader's briefs, or start a new one with it.
import { useId, useState } from 'react';
import type { Brief } from '../../shared/contract';
import { navigate } from '../navigation/hashLocation';
import { useClient } from '../transport/connection';
import { useToast } from '../ui/Toasts';
import { errorText } from '../ui/useLoad';
import './add-to-brief.css';

/** `describedBy` names what the lesson is where several of these sit on one page (an item's lessons). */
export function AddToBriefButton({ lessonId, small = false, describedBy }: { lessonId: string; small?: boolean; describedBy?: string }) {
  const client = useClient();
  const toast = useToast();
  const menuId = useId();
  const [briefs, setBriefs] = useState<Brief[] | null>(null);

  const open = async () => {
    try {
      setBriefs(await client.briefs.list());
    } catch (error) {
      toast({ message: `Your briefs could not be read. ${errorText(error)}`, tone: 'error' });
    }
  };
  const addTo = async (brief: Brief | null) => {
    setBriefs(null);
    try {
      const target = brief ? await client.briefs.addLesson({ id: brief.id, lessonId }) : await client.briefs.create({ title: 'Untitled brief', lessons: [{ lessonId }] });
      toast({ message: `Added to “${target.title}”`, tone: 'success', action: { label: 'Open the brief', onAction: () => navigate(`/briefs/${target.id}`) } });
    } catch (error) {
      toast({ message: `The lesson was not added. ${errorText(error)}`, tone: 'error', duration: 8000 });
    }
  };

  return (
    <div className="add-to-brief" onKeyDown={(event) => event.key === 'Escape' && setBriefs(null)}>
      <button type="button" className={small ? 'button button-small' : 'button'} aria-describedby={describedBy} aria-haspopup="menu" aria-expanded={briefs !== null} aria-controls={briefs ? menuId : undefined} onClick={() => (briefs ? setBriefs(null) : void open())}>
        Add to brief…
      </button>
      {briefs && (
        <div role="menu" id={menuId} className="add-to-brief-menu" aria-label="Add to a brief">
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
      )}
    </div>
  );
}
