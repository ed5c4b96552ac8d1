// The one audio element of the app and everything that plays it. Mounted once at the app's root,
// so moving between pages never stops or restarts playback. Media-chrome's controller holds the
// audio element (unseen; controls anywhere name it by id); this provider loads episodes into it,
// resumes each where the leader stopped, saves the position every few seconds and on pause, marks
// an episode played when it ends and starts the next queued one, keeps the speed the leader chose,
// and hands the system's media controls and the keyboard shortcuts to the same functions.
import './mediaChromeWords';
import { MediaController } from 'media-chrome/react';
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { EpisodeDetail } from '../../shared/contract';
import { cueAt } from '../../shared/transcriptCues';
import { useConnection } from '../transport/connection';
import { useToast } from '../ui/Toasts';
import { errorText } from '../ui/useLoad';
import { nextChapterStart, previousChapterStart } from './chapterNavigation';
import { mediaErrorText } from './mediaErrors';
import { PlayerContext, PlayerTimeContext, type CaptureNote, type Player } from './playerContext';
import { stepSpeed } from './speedSteps';
import { createTimeStore } from './timeStore';
import { useMediaSession } from './useMediaSession';
import { usePlayerShortcuts } from './usePlayerShortcuts';
import { useUpNext } from './useUpNext';
import './player.css';

/** The id controls name in `mediacontroller` to drive the app's audio element. */
export const playerControllerId = 'fulcrum-player';
/** Seconds of listening between two saves of the position. */
const saveEvery = 5;
/** How long the speed must stay put before it is saved as the leader's preference. */
const speedSettleMs = 700;

const clampRate = (rate: number) => Math.min(3, Math.max(0.5, rate));

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

export function PlayerProvider({ children, onNote }: { children: ReactNode; onNote: CaptureNote }) {
  const { client, mediaUrl } = useConnection();
  const toast = useToast();
  const audio = useRef<HTMLAudioElement>(null);
  const [time] = useState(createTimeStore);
  const [episode, setEpisode] = useState<EpisodeDetail | null>(null);
  const [artwork, setArtwork] = useState<string | null>(null);
  const [paused, setPaused] = useState(true);
  const [rate, setRate] = useState(1);
  const [duration, setDuration] = useState<number | null>(null);
  const [playedChanges, setPlayedChanges] = useState<ReadonlyMap<string, boolean>>(() => new Map());
  const { state: stored, latest: storedNow, enqueue, setOrder, savePreferences } = useUpNext(client, toast);
  /** The loaded episode (id, title, transcript) and the time last saved for it. */
  const loaded = useRef<{ episode: EpisodeDetail; savedAt: number } | null>(null);
  const loads = useRef(0);
  const onNoteRef = useRef(onNote);
  useEffect(() => {
    onNoteRef.current = onNote;
  });

  const actions = useMemo(() => {
    const element = () => audio.current;

    const savePosition = (finished = false) => {
      const current = loaded.current;
      const media = element();
      if (!current || !media) return Promise.resolve();
      current.savedAt = finished ? 0 : media.currentTime;
      return client.episodes.setPosition({ id: current.episode.id, seconds: current.savedAt, finished }).then(
        () => undefined,
        () => undefined, // a position not saved is saved again a few seconds later
      );
    };

    const notePlayed = (id: string, played: boolean) => {
      setPlayedChanges((changes) => new Map(changes).set(id, played));
      setEpisode((current) => (current?.id === id ? { ...current, played } : current));
    };

    const play = () => {
      const media = element();
      if (!media || !loaded.current) {
        if (storedNow.current.queue.length > 0) void playNextInQueue();
        return;
      }
      media.play().catch((error: unknown) => {
        if (!(error instanceof DOMException && error.name === 'AbortError')) toast({ message: `“${loaded.current?.episode.title}” could not start. ${errorText(error)}`, tone: 'error' });
      });
    };

    const seek = (seconds: number) => {
      const media = element();
      if (!media || !loaded.current) return;
      const end = Number.isFinite(media.duration) ? media.duration : Infinity;
      const to = Math.min(Math.max(0, seconds), end);
      media.currentTime = to;
      time.set(to);
    };

    const playAt = async (episodeId: string, at?: number) => {
      const media = element();
      if (!media) return;
      const ticket = ++loads.current;
      if (loaded.current?.episode.id !== episodeId) {
        let detail: EpisodeDetail;
        try {
          detail = await client.episodes.get({ id: episodeId });
        } catch (error) {
          toast({ message: `The episode could not be opened. ${errorText(error)}`, tone: 'error' });
          return;
        }
        if (ticket !== loads.current) return;
        if (loaded.current && !media.ended) void savePosition();
        const start = at ?? detail.positionSeconds;
        loaded.current = { episode: detail, savedAt: start };
        setEpisode(detail);
        setArtwork(null);
        setDuration(null);
        time.set(start);
        if (detail.feedId) {
          client.feeds.artwork({ id: detail.feedId }).then(
            ({ dataUrl }) => loaded.current?.episode.id === detail.id && setArtwork(dataUrl),
            () => undefined, // no artwork: the player shows the show's initial
          );
        }
        const queue = storedNow.current.queue;
        if (queue.some((queued) => queued.id === episodeId)) void setOrder(queue.filter((queued) => queued.id !== episodeId).map((queued) => queued.id));
        const ready = await loadSource(media, mediaUrl(episodeId));
        if (!ready || ticket !== loads.current) return;
        if (start > 0 && start < media.duration - 1) media.currentTime = start;
      } else if (at !== undefined) {
        seek(at);
      }
      play();
    };

    const playNextInQueue = async () => {
      const next = storedNow.current.queue[0];
      if (next) await playAt(next.id);
    };

    /** The loaded episode ended: it is played, and the next queued one starts. */
    const finish = async () => {
      const current = loaded.current;
      if (!current) return;
      await savePosition(true);
      notePlayed(current.episode.id, true);
      await playNextInQueue();
    };

    const now = () => element()?.currentTime ?? 0;
    const pause = () => element()?.pause();
    const captureNote: Player['captureNote'] = (moment) => onNoteRef.current(moment, { pause, play });

    return {
      savePosition,
      finish,
      playAt,
      play,
      pause,
      toggle: () => (loaded.current && element()?.paused === false ? pause() : play()),
      seek,
      skip: (direction: 'back' | 'forward', seconds?: number) => {
        const { skipBackSeconds, skipForwardSeconds } = storedNow.current.preferences;
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
        const to = previousChapterStart(loaded.current?.episode.chapters ?? [], now());
        if (to !== null) seek(to);
      },
      nextChapter: () => {
        const to = nextChapterStart(loaded.current?.episode.chapters ?? [], now());
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
      noteHere: () => {
        const current = loaded.current;
        if (!current) return;
        const at = Math.floor(now());
        const transcript = current.episode.transcript;
        const index = transcript ? cueAt(transcript, at) : -1;
        captureNote({ episodeId: current.episode.id, at, cue: transcript && index >= 0 ? (transcript[index]?.text ?? null) : null });
      },
      captureNote,
    };
  }, [client, mediaUrl, toast, time, storedNow, setOrder]);

  // The audio element's events: time, playing or paused, speed, length, saving, the end, failures.
  const speedTimer = useRef<number | undefined>(undefined);
  const latest = useRef({ actions, savePreferences, preferredSpeed: () => storedNow.current.preferences.speed });
  useEffect(() => {
    latest.current = { actions, savePreferences, preferredSpeed: () => storedNow.current.preferences.speed };
  });
  useEffect(() => {
    const media = audio.current;
    if (!media) return;
    media.preservesPitch = true;
    const save = () => void latest.current.actions.savePosition();
    const onTime = () => {
      time.set(media.currentTime);
      const current = loaded.current;
      if (current && !media.paused && Math.abs(media.currentTime - current.savedAt) >= saveEvery) save();
    };
    const onSeeked = () => {
      time.set(media.currentTime);
      if (media.paused && loaded.current) save();
    };
    const onPlay = () => setPaused(false);
    const onPause = () => {
      setPaused(true);
      if (!media.ended && loaded.current) save();
    };
    const onRate = () => {
      const chosen = media.playbackRate;
      setRate(chosen);
      media.defaultPlaybackRate = chosen; // the next episode starts at this speed too
      window.clearTimeout(speedTimer.current);
      speedTimer.current = window.setTimeout(() => {
        const settled = Math.abs(chosen - media.playbackRate) < 1e-6;
        if (settled && Math.abs(chosen - latest.current.preferredSpeed()) > 1e-6) void latest.current.savePreferences({ speed: clampRate(chosen) });
      }, speedSettleMs);
    };
    const onDuration = () => setDuration(Number.isFinite(media.duration) ? media.duration : null);
    const onEnded = () => void latest.current.actions.finish();
    const onError = () => {
      const reason = mediaErrorText(media.error);
      if (reason && loaded.current) toast({ message: `“${loaded.current.episode.title}” could not be played: ${reason}`, tone: 'error' });
    };
    const listeners: Array<[string, () => void]> = [
      ['timeupdate', onTime],
      ['seeked', onSeeked],
      ['play', onPlay],
      ['pause', onPause],
      ['ratechange', onRate],
      ['durationchange', onDuration],
      ['loadedmetadata', onDuration],
      ['ended', onEnded],
      ['error', onError],
    ];
    listeners.forEach(([name, listener]) => media.addEventListener(name, listener));
    window.addEventListener('pagehide', save);
    return () => {
      listeners.forEach(([name, listener]) => media.removeEventListener(name, listener));
      window.removeEventListener('pagehide', save);
      window.clearTimeout(speedTimer.current);
    };
  }, [time, toast]);

  // The leader's speed, once read (and again whenever it is saved or refused).
  const preferredSpeed = stored.preferences.speed;
  useEffect(() => {
    const media = audio.current;
    if (!media) return;
    media.defaultPlaybackRate = preferredSpeed;
    if (Math.abs(media.playbackRate - preferredSpeed) > 1e-6) media.playbackRate = preferredSpeed;
  }, [preferredSpeed]);

  const { queue, preferences } = stored;
  const player = useMemo<Player>(
    () => ({
      controllerId: playerControllerId,
      episode,
      artwork,
      paused,
      rate,
      duration,
      queue,
      preferences,
      playedChanges,
      playAt: actions.playAt,
      play: actions.play,
      pause: actions.pause,
      toggle: actions.toggle,
      seek: actions.seek,
      skip: actions.skip,
      setRate: actions.setRate,
      stepRate: actions.stepRate,
      previousChapter: actions.previousChapter,
      nextChapter: actions.nextChapter,
      currentTime: actions.currentTime,
      enqueue: (episodeId, next = false) => enqueue(episodeId, next),
      setQueue: async (episodeIds) => {
        await setOrder(episodeIds);
      },
      playNextInQueue: actions.playNextInQueue,
      setPreferences: savePreferences,
      markPlayed: actions.markPlayed,
      noteHere: actions.noteHere,
      captureNote: actions.captureNote,
    }),
    [episode, artwork, paused, rate, duration, queue, preferences, playedChanges, actions, enqueue, setOrder, savePreferences],
  );

  useMediaSession(player, audio);
  usePlayerShortcuts(player);

  return (
    <PlayerTimeContext.Provider value={time}>
      <PlayerContext.Provider value={player}>
        <MediaController id={playerControllerId} audio noHotkeys className="player-engine">
          <audio ref={audio} slot="media" preload="metadata" />
        </MediaController>
        {children}
      </PlayerContext.Provider>
    </PlayerTimeContext.Provider>
  );
}
