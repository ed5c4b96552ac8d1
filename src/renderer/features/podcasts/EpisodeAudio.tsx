// The episode's audio, with the browser's own accessible controls: it starts where the leader
// stopped last time (or at the moment the address names), saves where it is every few seconds and
// on pause, and marks the episode played when it ends.
import { useEffect, useRef } from 'react';
import type { EpisodeSummary } from '../../../shared/contract';
import { useConnection } from '../../transport/connection';

/** Seconds of listening between two saves of the position. */
const saveEvery = 5;

export function EpisodeAudio({ episode, startAt }: { episode: Pick<EpisodeSummary, 'id' | 'title' | 'positionSeconds'>; startAt: number | null }) {
  const { client, mediaUrl } = useConnection();
  const audio = useRef<HTMLAudioElement>(null);
  const lastSaved = useRef(0);

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

  return <audio ref={audio} controls preload="metadata" src={mediaUrl(episode.id)} aria-label={`Audio of “${episode.title}”`} />;
}
