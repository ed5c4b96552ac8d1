// What the player does, over the app's one audio element: load an episode where the leader
// stopped (or at a moment) and play it, seek and skip, change the speed, move between chapters,
// save the position, finish an episode and start the next queued one, mark played, take a note.
// Made once by PlayerProvider from explicit parts; it holds the audio element (handed over with
// `attach` once mounted) and the loaded episode itself, so its functions stay the same for the
// app's life.
import type { Dispatch, SetStateAction } from 'react';
import type { EpisodeDetail, PlayerState } from '../../shared/contract';
import type { FulcrumClient } from '../../shared/client';
import { cueAt } from '../../shared/transcriptCues';
import type { ToastInput } from '../ui/Toasts';
import { errorText } from '../ui/useLoad';
import { nextChapterStart, previousChapterStart } from './chapterNavigation';
import type { CaptureNote, Player } from './playerContext';
import { stepSpeed } from './speedSteps';
import type { TimeStore } from './timeStore';

/** The loaded episode and the time last saved for it. */
export interface LoadedEpisode {
  episode: EpisodeDetail;
  savedAt: number;
}

export interface PlayerActionDeps {
  time: TimeStore;
  client: FulcrumClient;
  mediaUrl: (episodeId: string) => string;
  toast: (toast: ToastInput) => void;
  /** The queue and preferences as the core last answered them. */
  stored: () => PlayerState;
  setOrder: (episodeIds: string[]) => Promise<boolean>;
  onNote: CaptureNote;
  setEpisode: Dispatch<SetStateAction<EpisodeDetail | null>>;
  setArtwork: (artwork: string | null) => void;
  setDuration: (duration: number | null) => void;
  setPlayedChanges: Dispatch<SetStateAction<ReadonlyMap<string, boolean>>>;
}

export const clampRate = (rate: number) => Math.min(3, Math.max(0.5, rate));

/** Points the element at `src`; true once its length is known, false when it fails (or another load replaced it). */
function loadSource(element: HTMLAudioElement, src: string): Promise<boolean> {
  return new Promise((resolve) => {
    const done = (ok: boolean) => {
      element.removeEventListener('loadedmetadata', onLoaded);
      element.removeEventListener('error', onFailed);
      resolve(ok);
    };
    const onLoaded = () => done(true);
    const onFailed = () => done(false);
    element.addEventListener('loadedmetadata', onLoaded);
    element.addEventListener('error', onFailed);
    element.src = src;
  });
}

export function createPlayerActions(d: PlayerActionDeps) {
  const { time, client, mediaUrl, toast, stored, setOrder } = d;
  let audio: HTMLAudioElement | null = null;
  let inPlayer: LoadedEpisode | null = null;
  let loads = 0;
  const element = () => audio;

  const savePosition = (finished = false) => {
    const current = inPlayer;
    const media = element();
    // Nothing to save before the audio is there (loading, or failed): its time would read 0.
    if (!current || !media || (!finished && (media.error !== null || media.readyState === HTMLMediaElement.HAVE_NOTHING))) return Promise.resolve();
    current.savedAt = finished ? 0 : media.currentTime;
    return client.episodes.setPosition({ id: current.episode.id, seconds: current.savedAt, finished }).then(
      () => undefined,
      () => undefined, // a position not saved is saved again a few seconds later
    );
  };

  const notePlayed = (id: string, played: boolean) => {
    d.setPlayedChanges((changes) => new Map(changes).set(id, played));
    d.setEpisode((current) => (current?.id === id ? { ...current, played } : current));
  };

  const play = () => {
    const media = element();
    if (!media || !inPlayer) {
      if (stored().queue.length > 0) void playNextInQueue();
      return;
    }
    if (media.error) {
      void playAt(inPlayer.episode.id); // its audio failed before (offline, say): try again
      return;
    }
    media.play().catch((error: unknown) => {
      if (!(error instanceof DOMException && error.name === 'AbortError')) toast({ message: `“${inPlayer?.episode.title}” could not start. ${errorText(error)}`, tone: 'error' });
    });
  };

  const seek = (seconds: number) => {
    const media = element();
    if (!media || !inPlayer) return;
    const end = Number.isFinite(media.duration) ? media.duration : Infinity;
    const to = Math.min(Math.max(0, seconds), end);
    media.currentTime = to;
    time.set(to);
  };

  /**
   * Loads the episode into the player if it is not loaded (or its audio failed: offline, say), at
   * `at`, else where the leader stopped (a played episode from the start); a loaded one seeks to
   * `at`. True once it can play; false when it failed or another load replaced it.
   */
  const open = async (episodeId: string, at?: number): Promise<boolean> => {
    const media = element();
    if (!media) return false;
    const ticket = ++loads;
    if (inPlayer?.episode.id === episodeId && !media.error) {
      if (at !== undefined) seek(at);
      return true;
    }
    let detail: EpisodeDetail;
    try {
      detail = await client.episodes.get({ id: episodeId });
    } catch (error) {
      toast({ message: `The episode could not be opened. ${errorText(error)}`, tone: 'error' });
      return false;
    }
    if (ticket !== loads) return false;
    if (inPlayer && !media.ended) void savePosition();
    const start = at ?? (detail.played ? 0 : detail.positionSeconds);
    inPlayer = { episode: detail, savedAt: start };
    d.setEpisode(detail);
    d.setArtwork(null);
    d.setDuration(null);
    time.set(start);
    // Shown again after a restart.
    void client.player.setCurrent({ episodeId }).catch(() => undefined);
    if (detail.feedId) {
      client.feeds.artwork({ id: detail.feedId }).then(
        ({ dataUrl }) => inPlayer?.episode.id === detail.id && d.setArtwork(dataUrl),
        () => undefined, // no artwork: the player shows the show's initial
      );
    }
    const queue = stored().queue;
    if (queue.some((queued) => queued.id === episodeId)) void setOrder(queue.filter((queued) => queued.id !== episodeId).map((queued) => queued.id));
    const ready = await loadSource(media, mediaUrl(episodeId));
    if (!ready || ticket !== loads) return false;
    if (start > 0 && start < media.duration - 1) media.currentTime = start;
    return true;
  };

  const playAt = async (episodeId: string, at?: number) => {
    if (await open(episodeId, at)) play();
  };

  /** The episode loaded when the app last closed, back in the player, paused, where it stopped. */
  const restore = async (episodeId: string) => {
    if (!inPlayer) await open(episodeId);
  };

  const playNextInQueue = async () => {
    const next = stored().queue[0];
    if (next) await playAt(next.id);
  };

  /** The loaded episode ended: it is played, and the next queued one starts. */
  const finish = async () => {
    const current = inPlayer;
    if (!current) return;
    await savePosition(true);
    notePlayed(current.episode.id, true);
    await playNextInQueue();
  };

  const now = () => element()?.currentTime ?? 0;
  const pause = () => element()?.pause();
  const playing = () => {
    const audio = element();
    return Boolean(audio && !audio.paused && !audio.ended);
  };
  const captureNote: Player['captureNote'] = (moment) => d.onNote(moment, { pause, play, playing });

  return {
    /** Gives the actions the app's audio element (null when it goes). */
    attach: (node: HTMLAudioElement | null) => {
      audio = node;
    },
    element,
    loaded: () => inPlayer,
    savePosition,
    finish,
    playAt,
    play,
    pause,
    toggle: () => (inPlayer && element()?.paused === false ? pause() : play()),
    seek,
    skip: (direction: 'back' | 'forward', seconds?: number) => {
      const { skipBackSeconds, skipForwardSeconds } = stored().preferences;
      const by = seconds ?? (direction === 'back' ? skipBackSeconds : skipForwardSeconds);
      seek(now() + (direction === 'back' ? -by : by));
    },
    setRate: (next: number) => {
      const media = element();
      if (media) media.playbackRate = clampRate(next);
    },
    stepRate: (direction: -1 | 1) => {
      const media = element();
      if (media) media.playbackRate = stepSpeed(media.playbackRate, direction);
    },
    previousChapter: () => {
      const to = previousChapterStart(inPlayer?.episode.chapters ?? [], now());
      if (to !== null) seek(to);
    },
    nextChapter: () => {
      const to = nextChapterStart(inPlayer?.episode.chapters ?? [], now());
      if (to !== null) seek(to);
    },
    currentTime: now,
    playNextInQueue,
    markPlayed: async (episodeId: string, played: boolean) => {
      try {
        notePlayed(episodeId, (await client.episodes.mark({ id: episodeId, played })).played);
      } catch (error) {
        toast({ message: `The episode was not marked. ${errorText(error)}`, tone: 'error' });
      }
    },
    restore,
    noteHere: () => {
      const current = inPlayer;
      if (!current) return;
      const at = Math.floor(now());
      const transcript = current.episode.transcript;
      const index = transcript ? cueAt(transcript, at) : -1;
      captureNote({ episodeId: current.episode.id, at, cue: transcript && index >= 0 ? (transcript[index]?.text ?? null) : null });
    },
    captureNote,
  };
}

export type PlayerActions = ReturnType<typeof createPlayerActions>;
