// Finding the moment in a transcript: the cue being spoken at a time (what a search hit or a
// timestamped note points at). Shared by the UI and the core.
import type { EpisodeCue } from './contract';

/** The index of the cue being spoken at `at` seconds (the last one started by then), or -1 before the first. */
export function cueAt(cues: readonly EpisodeCue[], at: number): number {
  let found = -1;
  for (const [index, cue] of cues.entries()) {
    if (cue.start <= at) found = index;
    else break;
  }
  return found;
}
