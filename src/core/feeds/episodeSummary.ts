// What the contract shows of a stored episode: its summary, without what only refreshing needs.
import type { EpisodeSummary } from '../../shared/contract';
import type { StoredEpisode } from './feedStore';

export function episodeSummary({ id, feedId, showTitle, title, publishedAt, durationSeconds, enclosureUrl, hasTranscript, hasChapters, isNew, played, positionSeconds }: StoredEpisode): EpisodeSummary {
  return { id, feedId, showTitle, title, publishedAt, durationSeconds, enclosureUrl, hasTranscript, hasChapters, isNew, played, positionSeconds };
}
