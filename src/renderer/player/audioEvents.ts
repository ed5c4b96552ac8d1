// What the app's audio element's events do: the time store follows playback; playing, paused, the
// speed and the length reach the UI; the position is saved every few seconds of listening, on
// pause, after a seek while paused and when the page goes; a speed that settles becomes the
// leader's preference; the end finishes the episode; a failure is said in words.
import type { ToastInput } from '../ui/Toasts';
import { mediaErrorText } from './mediaErrors';
import { clampRate, type PlayerActions } from './playerActions';
import type { TimeStore } from './timeStore';

/** Seconds of listening between two saves of the position. */
const saveEvery = 5;
/** How long the speed must stay put before it is saved as the leader's preference. */
const speedSettleMs = 700;

export interface AudioFollowers {
  time: TimeStore;
  actions: PlayerActions;
  toast: (toast: ToastInput) => void;
  setPaused: (paused: boolean) => void;
  setRate: (rate: number) => void;
  setDuration: (duration: number | null) => void;
  /** The speed saved as the leader's, and how to save another. */
  preferredSpeed: () => number;
  saveSpeed: (speed: number) => void;
}

/** Listens to the element; returns a function that stops. */
export function followAudio(media: HTMLAudioElement, f: AudioFollowers): () => void {
  let speedTimer: number | undefined;
  const save = () => void f.actions.savePosition();
  const onTime = () => {
    f.time.set(media.currentTime);
    const loaded = f.actions.loaded();
    if (loaded && !media.paused && Math.abs(media.currentTime - loaded.savedAt) >= saveEvery) save();
  };
  const onSeeked = () => {
    f.time.set(media.currentTime);
    if (media.paused && f.actions.loaded()) save();
  };
  const onPlay = () => f.setPaused(false);
  const onPause = () => {
    f.setPaused(true);
    if (!media.ended && f.actions.loaded()) save();
  };
  const onRate = () => {
    const chosen = media.playbackRate;
    f.setRate(chosen);
    media.defaultPlaybackRate = chosen; // the next episode starts at this speed too
    window.clearTimeout(speedTimer);
    speedTimer = window.setTimeout(() => {
      const settled = Math.abs(chosen - media.playbackRate) < 1e-6;
      if (settled && Math.abs(chosen - f.preferredSpeed()) > 1e-6) f.saveSpeed(clampRate(chosen));
    }, speedSettleMs);
  };
  const onDuration = () => f.setDuration(Number.isFinite(media.duration) ? media.duration : null);
  const onEnded = () => void f.actions.finish();
  const onError = () => {
    const reason = mediaErrorText(media.error);
    const loaded = f.actions.loaded();
    if (reason && loaded) f.toast({ message: `“${loaded.episode.title}” could not be played: ${reason}`, tone: 'error' });
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
    window.clearTimeout(speedTimer);
  };
}
