// The one way a note at a moment of an episode is taken, whatever asks for it: the N key, "Note at
// 1:23", a transcript line's Note, the mini player. It gets the moment (the episode, the second,
// the transcript line spoken then) and the player. For now it pauses and opens a new journal
// entry linked to that moment, which quotes the line.
import { navigate } from '../../navigation/hashLocation';
import type { NoteMoment, Player } from '../../player/playerContext';

export function captureNote(moment: NoteMoment, player: Pick<Player, 'pause' | 'play'>): void {
  player.pause();
  navigate(`/journal/new?episode=${encodeURIComponent(moment.episodeId)}&t=${Math.floor(moment.at)}`);
}
