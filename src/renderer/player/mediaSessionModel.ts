// What the operating system's media controls are told (the Media Session API): the episode as a
// track (title, show as artist, artwork), where playback is, and which buttons do what. Chromium,
// and so Electron, hands these to MPRIS on Linux, the System Media Transport Controls on Windows
// and Now Playing on macOS, and routes the keyboard's media keys to the handlers. Pure: the
// provider applies it to `navigator.mediaSession`.
import { nextChapterStart, previousChapterStart } from './chapterNavigation';
import type { EpisodeChapter } from '../../shared/contract';

export interface SessionTrack {
  title: string;
  showTitle: string;
}

/** The metadata of an episode: title, the show as artist, the show's artwork (a data: URL) when stored. */
export function metadataOf(track: SessionTrack, artwork: string | null): MediaMetadataInit {
  const type = artwork ? /^data:([^;,]+)/.exec(artwork)?.[1] : undefined;
  return {
    title: track.title,
    artist: track.showTitle,
    album: track.showTitle,
    artwork: artwork ? [{ src: artwork, sizes: '512x512', ...(type ? { type } : {}) }] : [],
  };
}

/** A position state the API accepts (it throws on others), or null while the length is unknown. */
export function positionStateOf(duration: number, position: number, rate: number): MediaPositionState | null {
  if (!Number.isFinite(duration) || duration <= 0 || !Number.isFinite(position) || !(rate > 0)) return null;
  return { duration, position: Math.min(Math.max(position, 0), duration), playbackRate: rate };
}

/** Where "previous" and "next" go: a chapter's start, the next episode of the queue, or nowhere. */
export type TrackMove = { kind: 'seek'; to: number } | { kind: 'queue' } | null;

export function previousTrackMove(chapters: readonly Pick<EpisodeChapter, 'start'>[], at: number): TrackMove {
  if (chapters.length === 0) return at > 0 ? { kind: 'seek', to: 0 } : null;
  const to = previousChapterStart(chapters, at);
  return { kind: 'seek', to: to ?? 0 };
}

export function nextTrackMove(chapters: readonly Pick<EpisodeChapter, 'start'>[], at: number, queued: number): TrackMove {
  const to = nextChapterStart(chapters, at);
  if (to !== null) return { kind: 'seek', to };
  return queued > 0 ? { kind: 'queue' } : null;
}

export interface SessionControls {
  play: () => void;
  pause: () => void;
  /** Back or forward by `seconds`, or by the leader's skip length when the system gives none. */
  skip: (direction: 'back' | 'forward', seconds?: number) => void;
  seekTo: (seconds: number) => void;
  previous: () => void;
  next: () => void;
}

/** The action handlers, with null for an action that has nothing to do (the system greys it out). */
export function sessionHandlers(controls: SessionControls, offers: { previous: boolean; next: boolean }): Array<[MediaSessionAction, MediaSessionActionHandler | null]> {
  return [
    ['play', () => controls.play()],
    ['pause', () => controls.pause()],
    ['stop', () => controls.pause()],
    ['seekbackward', (details) => controls.skip('back', details.seekOffset ?? undefined)],
    ['seekforward', (details) => controls.skip('forward', details.seekOffset ?? undefined)],
    ['seekto', (details) => (details.seekTime === undefined || details.seekTime === null ? undefined : controls.seekTo(details.seekTime))],
    ['previoustrack', offers.previous ? () => controls.previous() : null],
    ['nexttrack', offers.next ? () => controls.next() : null],
  ];
}
