// Words selected in an episode's transcript or show notes can become a lesson of one's own (or a
// note at that moment): a small bar appears by the selection. The moment is the start of the
// transcript line the selection starts in (`data-cue-start`); show notes have no moment.
import { useEffect, useState } from 'react';
import { useNotes } from './notesContext';

interface Picked {
  text: string;
  at: number | null;
  top: number;
  left: number;
}

/** The selection, if it lies inside one source marked `data-lesson-source`. */
function pickedWords(): Picked | null {
  const selection = document.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const text = selection.toString().replace(/\s+/g, ' ').trim();
  if (text.length < 3) return null;
  const range = selection.getRangeAt(0);
  const elementOf = (node: Node) => (node instanceof Element ? node : node.parentElement);
  const source = elementOf(range.commonAncestorContainer)?.closest('[data-lesson-source]');
  if (!source) return null;
  const cue = elementOf(range.startContainer)?.closest('[data-cue-start]');
  const at = cue ? Math.floor(Number(cue.getAttribute('data-cue-start'))) : null;
  const box = range.getBoundingClientRect();
  // Just above the selection, kept inside the window.
  const top = Math.min(Math.max(8, box.top - 48), window.innerHeight - 56);
  return { text: text.slice(0, 5000), at: at !== null && Number.isFinite(at) ? at : null, top, left: Math.max(8, Math.min(box.left, window.innerWidth - 360)) };
}

export function SelectionActions({ episodeId, episodeTitle }: { episodeId: string; episodeTitle: string }) {
  const notes = useNotes();
  const [picked, setPicked] = useState<Picked | null>(null);

  useEffect(() => {
    const onChange = () => setPicked(pickedWords());
    // The bar follows the selection when the page scrolls under it.
    document.addEventListener('selectionchange', onChange);
    window.addEventListener('scroll', onChange, { capture: true, passive: true });
    window.addEventListener('resize', onChange);
    return () => {
      document.removeEventListener('selectionchange', onChange);
      window.removeEventListener('scroll', onChange, { capture: true });
      window.removeEventListener('resize', onChange);
    };
  }, []);

  if (!picked) return null;
  const done = () => {
    document.getSelection()?.removeAllRanges();
    setPicked(null);
  };
  return (
    <div className="selection-actions" role="toolbar" aria-label="What to do with the selected words" style={{ top: picked.top, left: picked.left }} onMouseDown={(event) => event.preventDefault()}>
      <button
        type="button"
        className="button button-small button-primary"
        onClick={() => {
          notes.makeLesson({ episodeId, episodeTitle, at: picked.at, quote: picked.text });
          done();
        }}
      >
        Make a lesson of this…
      </button>
      {picked.at !== null && (
        <button
          type="button"
          className="button button-small"
          onClick={() => {
            notes.takeNote({ episodeId, at: picked.at as number, cue: picked.text });
            done();
          }}
        >
          Note this…
        </button>
      )}
    </div>
  );
}
