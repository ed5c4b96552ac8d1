// The app's player, taking notes through the note dialog: N, "Note at 1:23", a transcript line's
// Note and the mini player all open it at the moment heard, quoting the line spoken then. Playback
// pauses while the leader writes and goes on when the dialog closes, if it was playing.
import { useCallback, type ReactNode } from 'react';
import type { CaptureNote } from '../player/playerContext';
import { PlayerProvider } from '../player/PlayerProvider';
import { useNotes } from '../widgets/notes/notesContext';

export function PlayerWithNotes({ children }: { children: ReactNode }) {
  // takeNote stays the same function, so the player's actions (made once) keep theirs.
  const { takeNote } = useNotes();
  const onNote = useCallback<CaptureNote>(
    (moment, player) => {
      const wasPlaying = player.playing();
      player.pause();
      takeNote(moment, () => {
        if (wasPlaying) player.play();
      });
    },
    [takeNote],
  );
  return <PlayerProvider onNote={onNote}>{children}</PlayerProvider>;
}
