// One entry per episode, newest first. An episode repeats when its guid, its audio address or its
// title and date were already seen; a guid shared by episodes with different audio is a broken
// feed's guid, so those episodes are kept and lose the guid (the store then keys them by their audio).
import type { ParsedEpisode } from '../feedTypes';
import type { FeedWarnings } from './feedWarnings';

function sameEpisode(a: ParsedEpisode, b: ParsedEpisode): boolean {
  if (a.enclosure && b.enclosure) return a.enclosure.url === b.enclosure.url;
  return a.title === b.title;
}

export function distinctEpisodes(episodes: ParsedEpisode[], warnings: FeedWarnings): ParsedEpisode[] {
  const byGuid = new Map<string, ParsedEpisode>();
  const enclosures = new Set<string>();
  const titleDates = new Set<string>();
  const kept: ParsedEpisode[] = [];
  let repeats = 0;
  for (const original of episodes) {
    let episode = original;
    if (episode.guid !== null) {
      const first = byGuid.get(episode.guid);
      if (first && sameEpisode(first, episode)) {
        repeats++;
        continue;
      }
      if (first) {
        warnings.add(`Several different episodes share the id "${episode.guid.slice(0, 80)}"; they are told apart by their audio.`);
        episode = { ...episode, guid: null };
      } else {
        byGuid.set(episode.guid, episode);
      }
    }
    const titleDate = episode.publishedAt ? `${episode.title}\u0000${episode.publishedAt}` : null;
    if ((episode.enclosure && enclosures.has(episode.enclosure.url)) || (titleDate && titleDates.has(titleDate))) {
      repeats++;
      continue;
    }
    if (episode.enclosure) enclosures.add(episode.enclosure.url);
    if (titleDate) titleDates.add(titleDate);
    kept.push(episode);
  }
  if (repeats > 0) warnings.add(`${repeats} repeated ${repeats === 1 ? 'episode was' : 'episodes were'} shown once.`);
  return newestFirst(kept);
}

/** Newest first; episodes without a date keep their feed order after the dated ones. */
export function newestFirst(episodes: ParsedEpisode[]): ParsedEpisode[] {
  return episodes
    .map((episode, index) => ({ episode, index, time: episode.publishedAt ? Date.parse(episode.publishedAt) : -Infinity }))
    .sort((a, b) => b.time - a.time || a.index - b.index)
    .map(({ episode }) => episode);
}
