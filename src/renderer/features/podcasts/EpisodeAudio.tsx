// The episode's audio, with the browser's own accessible controls: it starts where the leader
// stopped last time (or at the moment the address names), saves where it is every few seconds and
// on pause, and marks the episode played when it ends. "Note at 1:23" (or the N key) writes a
// journal entry at the moment being heard, quoting what is said then.
import { useEffect, useRef, useState } from 'react';
import { clockTime } from '../../../shared/clockTime';
import type { EpisodeSummary } from '../../../shared/contract';
import { navigate } from '../../navigation/hashLocation';
import { useConnection } from '../../transport/connection';

/** Seconds of listening between two saves of the position. */
const saveEvery = 5;

export function EpisodeAudio({ episode, startAt }: { episode: Pick<EpisodeSummary, 'id' | 'title' | 'positionSeconds'>; startAt: number | null }) {
  const { client, mediaUrl } = useConnection();
  const audio = useRef<HTMLAudioElement>(null);
  const lastSaved = useRef(0);
  const [now, setNow] = useState(0);

  const noteHere = () => {
    const at = Math.floor(audio.current?.currentTime ?? 0);
    audio.current?.pause();
    navigate(`/journal/new?episode=${encodeURIComponent(episode.id)}&t=${at}`);
  };

  // N takes a note at the moment heard, wherever the focus is, unless the leader is typing.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      const typing = target?.closest('input, textarea, select, [contenteditable="true"]');
      if (event.key.toLowerCase() !== 'n' || event.ctrlKey || event.metaKey || event.altKey || typing) return;
      event.preventDefault();
      noteHere();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  useEffect(() => {
    const element = audio.current;
    if (!element) return;
    const save = (finished = false) => {
      lastSaved.current = element.currentTime;
      void client.episodes.setPosition({ id: episode.id, seconds: finished ? 0 : element.currentTime, finished }).catch(() => undefined);
    };
    const onLoaded = () => {
      const resumeAt = startAt ?? episode.positionSeconds;
      if (resumeAt > 0 && resumeAt < element.duration) element.currentTime = resumeAt;
    };
    const onTime = () => {
      setNow(Math.floor(element.currentTime));
      if (Math.abs(element.currentTime - lastSaved.current) >= saveEvery) save();
    };
    const onPause = () => {
      if (!element.ended) save();
    };
    const onEnded = () => save(true);
    element.addEventListener('loadedmetadata', onLoaded);
    element.addEventListener('timeupdate', onTime);
    element.addEventListener('pause', onPause);
    element.addEventListener('ended', onEnded);
    return () => {
      element.removeEventListener('loadedmetadata', onLoaded);
      element.removeEventListener('timeupdate', onTime);
      element.removeEventListener('pause', onPause);
      element.removeEventListener('ended', onEnded);
    };
  }, [client, episode.id, episode.positionSeconds, startAt]);

  return (
    <div className="episode-audio">
      <audio ref={audio} controls preload="metadata" src={mediaUrl(episode.id)} aria-label={`Audio of “${episode.title}”`} />
      <button type="button" className="button button-small" onClick={noteHere} aria-keyshortcuts="N">
        Note at {clockTime(now)} <kbd aria-hidden="true">N</kbd>
      </button>
    </div>
  );
}
