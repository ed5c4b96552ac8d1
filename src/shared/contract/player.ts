// The player namespace: what is loaded (shown again after a restart), what plays next (the up-next
// queue, kept across restarts) and how the leader likes to listen (skip lengths, speed). Positions
// and played state are the episodes'.
import { z } from 'zod';
import type { EpisodeSummary } from './feeds';
import { op, recordId } from './operation';

export interface PlayerPreferences {
  /** Seconds the "back" button and the left arrow go back. */
  skipBackSeconds: number;
  /** Seconds the "forward" button and the right arrow go forward. */
  skipForwardSeconds: number;
  /** The playback rate episodes start at (0.5 to 3). */
  speed: number;
}

export interface PlayerState {
  /** The episode last loaded in the player (shown again, paused, after a restart); null when none or gone. */
  current: EpisodeSummary | null;
  /** Episodes to play next, in order. */
  queue: EpisodeSummary[];
  preferences: PlayerPreferences;
}

/** What a leader who changed nothing gets: back 15 s, forward 30 s, normal speed. */
export const defaultPlayerPreferences: PlayerPreferences = { skipBackSeconds: 15, skipForwardSeconds: 30, speed: 1 };

export const skipChoices = [5, 10, 15, 30, 45, 60] as const;
export const speedChoices = [0.5, 0.75, 1, 1.25, 1.5, 1.75, 2, 2.5, 3] as const;

const skip = z.number().refine((seconds) => (skipChoices as readonly number[]).includes(seconds), `must be one of ${skipChoices.join(', ')} (seconds)`);

export const playerOperations = {
  'player.state': op<PlayerState>()(z.object({})),
  /** Remembers the episode loaded in the player (null: none), to show it again after a restart. */
  'player.setCurrent': op<PlayerState>()(z.object({ episodeId: recordId.nullable() })),
  /** Adds an episode to the queue: last, or next when `next` says so (moved if already queued). */
  'player.enqueue': op<PlayerState>()(z.object({ episodeId: recordId, next: z.boolean().default(false) })),
  /** Replaces the queue's order (to reorder or remove); ids not queued are refused. */
  'player.setQueue': op<PlayerState>()(z.object({ episodeIds: z.array(recordId).max(500, 'can hold at most 500 episodes') })),
  'player.setPreferences': op<PlayerState>()(
    z.object({
      skipBackSeconds: skip.optional(),
      skipForwardSeconds: skip.optional(),
      speed: z.number().min(0.5, 'must be from 0.5 to 3').max(3, 'must be from 0.5 to 3').optional(),
    }),
  ),
};
