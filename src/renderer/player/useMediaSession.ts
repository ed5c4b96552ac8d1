// Tells the operating system what plays (navigator.mediaSession): the episode as a track with the
// show's artwork, playing or paused, where it is, and handlers for its buttons and the keyboard's
// media keys (play, pause, skip, seek, previous/next chapter or the next queued episode).
import { useEffect, useRef } from 'react';
import type { Player } from './playerContext';
import { metadataOf, nextTrackMove, positionStateOf, previousTrackMove, sessionHandlers } from './mediaSessionModel';

const session = (): MediaSession | null => ('mediaSession' in navigator ? navigator.mediaSession : null);

export function useMediaSession(player: Player, audio: () => HTMLAudioElement | null): void {
  const latest = useRef(player);
  useEffect(() => {
    latest.current = player;
  });
  const { episode, artwork, paused } = player;
  const chapters = episode?.chapters ?? [];
  const offersNext = chapters.length > 1 || player.queue.length > 0;
  const offersPrevious = episode !== null;

  useEffect(() => {
    const media = session();
    if (!media) return;
    media.metadata = episode && typeof MediaMetadata !== 'undefined' ? new MediaMetadata(metadataOf(episode, artwork)) : null;
  }, [episode, artwork]);

  useEffect(() => {
    const media = session();
    if (media) media.playbackState = episode ? (paused ? 'paused' : 'playing') : 'none';
  }, [episode, paused]);

  useEffect(() => {
    const media = session();
    if (!media || !episode) return;
    const now = () => latest.current.currentTime();
    const move = (target: ReturnType<typeof previousTrackMove>) => {
      if (target?.kind === 'seek') latest.current.seek(target.to);
      else if (target?.kind === 'queue') void latest.current.playNextInQueue();
    };
    const handlers = sessionHandlers(
      {
        play: () => latest.current.play(),
        pause: () => latest.current.pause(),
        skip: (direction, seconds) => latest.current.skip(direction, seconds),
        seekTo: (seconds) => latest.current.seek(seconds),
        previous: () => move(previousTrackMove(latest.current.episode?.chapters ?? [], now())),
        next: () => move(nextTrackMove(latest.current.episode?.chapters ?? [], now(), latest.current.queue.length)),
      },
      { previous: offersPrevious, next: offersNext },
    );
    for (const [action, handler] of handlers) {
      try {
        media.setActionHandler(action, handler);
      } catch {
        // An action this browser does not know (older engines lack some): the others still work.
      }
    }
    return () => {
      for (const [action] of handlers) {
        try {
          media.setActionHandler(action, null);
        } catch {
          // as above
        }
      }
    };
  }, [episode, offersNext, offersPrevious]);

  // The position: when it jumps, when the speed changes, and when playback starts or stops (the
  // system moves it along by itself in between).
  useEffect(() => {
    const media = session();
    const element = audio();
    if (!media || !element) return;
    const update = () => {
      const state = positionStateOf(element.duration, element.currentTime, element.playbackRate);
      try {
        media.setPositionState(state ?? undefined);
      } catch {
        // A state the engine refuses (a length it does not know yet): the next event sets it.
      }
    };
    const events = ['loadedmetadata', 'durationchange', 'ratechange', 'seeked', 'play', 'pause'] as const;
    events.forEach((name) => element.addEventListener(name, update));
    return () => events.forEach((name) => element.removeEventListener(name, update));
  }, [audio]);
}
