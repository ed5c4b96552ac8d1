// The one player of the app, as every part of the UI sees it: what is loaded, the up-next queue,
// the leader's preferences, and what can be done (play at a moment, seek, skip, speed, queue,
// take a note). `PlayerProvider` makes it; `usePlayer()` reads it; `usePlayerTime()` follows the
// time without re-rendering anything else.
import { createContext, useContext, useSyncExternalStore } from 'react';
import type { EpisodeDetail, EpisodeSummary, InputOf, PlayerPreferences } from '../../shared/contract';
import type { TimeStore } from './timeStore';

/** A moment to take a note at: the episode, the second, and the transcript line spoken then. */
export interface NoteMoment {
  episodeId: string;
  at: number;
  /** The text of the transcript cue being spoken at `at`; null when the episode has no transcript. */
  cue: string | null;
}

/** What a note-taking function gets besides the moment: the player, to pause it while the leader writes and go on after. */
export type CaptureNote = (moment: NoteMoment, player: Pick<Player, 'pause' | 'play'> & { playing: () => boolean }) => void;

export interface Player {
  /** The id media-chrome's controls name (`mediacontroller`) to drive the one audio element. */
  readonly controllerId: string;
  /** The loaded episode (playing or paused), or null before anything was played. */
  readonly episode: EpisodeDetail | null;
  /** The show's artwork of the loaded episode, as a data: URL, when stored. */
  readonly artwork: string | null;
  readonly paused: boolean;
  /** The playback rate (0.5 to 3). */
  readonly rate: number;
  /** The loaded episode's length in seconds, once known. */
  readonly duration: number | null;
  /** Episodes to play next, in order. */
  readonly queue: EpisodeSummary[];
  readonly preferences: PlayerPreferences;
  /** Played or unplayed as changed in this session (by the leader or by an episode ending), by episode id. */
  readonly playedChanges: ReadonlyMap<string, boolean>;

  /** Loads the episode if it is not loaded (where the leader stopped, unless `at` says), seeks to `at`, plays. */
  playAt(episodeId: string, at?: number): Promise<void>;
  play(): void;
  pause(): void;
  toggle(): void;
  seek(seconds: number): void;
  /** Back or forward by the leader's skip length (or by `seconds`). */
  skip(direction: 'back' | 'forward', seconds?: number): void;
  setRate(rate: number): void;
  /** One step of the speed choices slower (-1) or faster (+1). */
  stepRate(direction: -1 | 1): void;
  previousChapter(): void;
  nextChapter(): void;
  /** The current time, read when needed (event handlers); components follow it with usePlayerTime. */
  currentTime(): number;

  enqueue(episodeId: string, next?: boolean): Promise<void>;
  /** Puts the queue in this order; episodes left out leave it. */
  setQueue(episodeIds: string[]): Promise<void>;
  /** Plays the first episode of the queue (taking it out of the queue). */
  playNextInQueue(): Promise<void>;
  setPreferences(change: InputOf<'player.setPreferences'>): Promise<void>;
  markPlayed(episodeId: string, played: boolean): Promise<void>;

  /** A note at this moment of the loaded episode, quoting what is said then. */
  noteHere(): void;
  /** A note at any moment: goes through the app's one note-taking function. */
  captureNote(moment: NoteMoment): void;
}

export const PlayerContext = createContext<Player | null>(null);
export const PlayerTimeContext = createContext<TimeStore | null>(null);

export function usePlayer(): Player {
  const player = useContext(PlayerContext);
  if (!player) throw new Error('usePlayer must be used inside <PlayerProvider>.');
  return player;
}

/** Seconds into the loaded episode; re-renders the caller as playback moves (a few times a second). */
export function usePlayerTime(): number {
  const store = useContext(PlayerTimeContext);
  if (!store) throw new Error('usePlayerTime must be used inside <PlayerProvider>.');
  return useSyncExternalStore(store.subscribe, store.get, store.get);
}

/** Whether an episode is played, as this session last changed it, else as the caller read it. */
export function playedOf(player: Pick<Player, 'playedChanges'>, episode: Pick<EpisodeSummary, 'id' | 'played'>): boolean {
  return player.playedChanges.get(episode.id) ?? episode.played;
}

/** Something read from the time (the cue or chapter playing): re-renders the caller only when it changes. */
export function usePlayerTimeSelect<T extends string | number | boolean | null>(select: (seconds: number) => T): T {
  const store = useContext(PlayerTimeContext);
  if (!store) throw new Error('usePlayerTimeSelect must be used inside <PlayerProvider>.');
  return useSyncExternalStore(store.subscribe, () => select(store.get()), () => select(store.get()));
}
