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
import { useConnection } from '../transport/connection';
import { useToast } from '../ui/Toasts';
import { followAudio } from './audioEvents';
import { createPlayerActions } from './playerActions';
import { PlayerContext, PlayerTimeContext, type CaptureNote, type Player } from './playerContext';
import { createTimeStore } from './timeStore';
import { useMediaSession } from './useMediaSession';
import { usePlayerShortcuts } from './usePlayerShortcuts';
import { useUpNext } from './useUpNext';
import './player.css';

/** The id controls name in `mediacontroller` to drive the app's audio element. */
export const playerControllerId = 'fulcrum-player';

export function PlayerProvider({ children, onNote }: { children: ReactNode; onNote: CaptureNote }) {
  const { client, mediaUrl } = useConnection();
  const toast = useToast();
  const [time] = useState(createTimeStore);
  const [episode, setEpisode] = useState<EpisodeDetail | null>(null);
  const [artwork, setArtwork] = useState<string | null>(null);
  const [paused, setPaused] = useState(true);
  const [rate, setRate] = useState(1);
  const [duration, setDuration] = useState<number | null>(null);
  const [playedChanges, setPlayedChanges] = useState<ReadonlyMap<string, boolean>>(() => new Map());
  const { state: stored, current: storedNow, enqueue, setOrder, savePreferences } = useUpNext(client, toast);
  const actions = useMemo(
    () => createPlayerActions({ time, client, mediaUrl, toast, stored: storedNow, setOrder, onNote, setEpisode, setArtwork, setDuration, setPlayedChanges }),
    [time, client, mediaUrl, toast, storedNow, setOrder, onNote],
  );

  // The audio element, handed to the actions before the other effects use it.
  const audio = useRef<HTMLAudioElement>(null);
  useEffect(() => {
    actions.attach(audio.current);
    return () => actions.attach(null);
  }, [actions]);

  const saveSpeed = useRef(savePreferences);
  useEffect(() => {
    saveSpeed.current = savePreferences;
  });
  useEffect(() => {
    const media = actions.element();
    if (!media) return;
    media.preservesPitch = true;
    return followAudio(media, {
      time,
      actions,
      toast,
      setPaused,
      setRate,
      setDuration,
      preferredSpeed: () => storedNow().preferences.speed,
      saveSpeed: (speed) => void saveSpeed.current({ speed }),
    });
  }, [actions, time, toast, storedNow]);

  // The leader's speed, once read (and again whenever it is saved or refused).
  const preferredSpeed = stored.preferences.speed;
  useEffect(() => {
    const media = actions.element();
    if (!media) return;
    media.defaultPlaybackRate = preferredSpeed;
    if (Math.abs(media.playbackRate - preferredSpeed) > 1e-6) media.playbackRate = preferredSpeed;
  }, [actions, preferredSpeed]);

  // After a restart, the episode that was loaded is back in the player, paused where it stopped.
  const lastLoaded = stored.current?.id ?? null;
  const restored = useRef(false);
  useEffect(() => {
    if (!lastLoaded || restored.current) return;
    restored.current = true;
    void actions.restore(lastLoaded);
  }, [actions, lastLoaded]);

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

  useMediaSession(player, actions.element);
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
