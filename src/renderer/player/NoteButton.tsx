// "Note at 1:23": a note at the moment being heard, as the N key takes it. Its time follows the
// playback second by second; nothing else re-renders with it.
import { clockTime } from '../../shared/clockTime';
import { usePlayer, usePlayerTimeSelect } from './playerContext';
import { shortcutKeys } from './playerShortcuts';

export function NoteButton({ size = 'small' }: { size?: 'small' | 'normal' }) {
  const player = usePlayer();
  const second = usePlayerTimeSelect(Math.floor);
  if (!player.episode) return null;
  return (
    <button type="button" className={size === 'small' ? 'button button-small' : 'button'} onClick={() => player.noteHere()} aria-keyshortcuts={shortcutKeys.note}>
      Note at {clockTime(second)} <kbd aria-hidden="true">N</kbd>
    </button>
  );
}
