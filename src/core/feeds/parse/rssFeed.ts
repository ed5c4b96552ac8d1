// An RSS 2.0 channel (or RSS 1.0/RDF, whose items sit beside the channel) with the iTunes and
// Podcasting 2.0 tags → a ParsedFeed, before de-duplication. Lenient: what cannot be read is left
// out with a warning, never a reason to drop the whole feed.
import type { FeedPerson, ParsedEpisode, ParsedFeed } from '../feedTypes';
import { parseDuration } from './durations';
import { parseFeedDate } from './feedDates';
import { itunesPeople, podcastPeople } from './feedPeople';
import { httpUrl, selfUrlOf } from './feedUrls';
import type { FeedWarnings } from './feedWarnings';
import { notesOf } from './notes';
import { chaptersOf, episodeNumberOf, imageOf, seasonOf, transcriptsOf } from './podcastExtras';
import { attrOf, childOf, childrenOf, textOf, type XmlElement } from './xmlTree';

export function readRss(root: XmlElement, baseUrl: string, warnings: FeedWarnings): Omit<ParsedFeed, 'warnings'> {
  const channel = childOf(root, 'channel') ?? root;
  const link = httpUrl(channelLinkText(channel), [baseUrl]);
  const bases = [baseUrl, link];
  const hosts = podcastPeople(channel, bases);
  const showPeople = hosts.length > 0 ? hosts : itunesPeople(channel, 'host');
  const items = [...childrenOf(channel, 'item'), ...(channel === root ? [] : childrenOf(root, 'item'))];
  const title = textOf(channel, 'title') || textOf(channel, 'itunes:title');
  if (!title) warnings.add('The feed gives the show no title.');
  const episodes: ParsedEpisode[] = [];
  for (const item of items) {
    const episode = readItem(item, bases, hosts, warnings);
    if (episode) episodes.push(episode);
  }
  return {
    title: title || 'Untitled podcast',
    description: textOf(channel, 'description') || textOf(channel, 'itunes:summary') || textOf(channel, 'itunes:subtitle'),
    link,
    imageUrl: imageOf(channel, bases),
    author:
      textOf(channel, 'itunes:author') ||
      textOf(childOf(channel, 'itunes:owner'), 'itunes:name') ||
      textOf(channel, 'managingeditor') ||
      textOf(channel, 'dc:creator') ||
      null,
    language: textOf(channel, 'language') || textOf(channel, 'dc:language') || null,
    podcastGuid: textOf(channel, 'podcast:guid') || null,
    selfUrl: selfUrlOf(childrenOf(channel, 'atom:link'), textOf(channel, 'itunes:new-feed-url'), bases),
    people: showPeople,
    episodes,
  };
}

/** The first `<link>` with text; a bare `<link href>` (Atom written without its prefix) also counts. */
function channelLinkText(channel: XmlElement): string {
  for (const link of childrenOf(channel, 'link')) {
    const text = link.text.trim() || attrOf(link, 'href');
    if (text) return text;
  }
  return '';
}

function readItem(item: XmlElement, bases: ReadonlyArray<string | null>, showHosts: FeedPerson[], warnings: FeedWarnings): ParsedEpisode | null {
  const notes = notesOf(item);
  const enclosure = enclosureOf(item, bases, warnings);
  const guid = textOf(item, 'guid') || null;
  const rawTitle = textOf(item, 'title') || textOf(item, 'itunes:title');
  if (!rawTitle && !enclosure && !notes) {
    warnings.add('An item with no title, audio or notes was left out.');
    return null;
  }
  const rawDate = textOf(item, 'pubdate') || textOf(item, 'dc:date') || textOf(item, 'published') || textOf(item, 'updated');
  const publishedAt = parseFeedDate(rawDate);
  const title = rawTitle || 'Untitled episode';
  if (rawDate && !publishedAt) warnings.add(`The date of "${title}" could not be read ("${rawDate.slice(0, 60)}").`);
  const people = podcastPeople(item, bases);
  return {
    guid,
    title,
    publishedAt,
    durationSeconds: parseDuration(textOf(item, 'itunes:duration')),
    enclosure,
    link: httpUrl(textOf(item, 'link'), bases),
    notes,
    season: seasonOf(item),
    episode: episodeNumberOf(item),
    imageUrl: imageOf(item, bases),
    people: people.length > 0 ? people : showHosts.length > 0 ? showHosts : itunesPeople(item, 'author'),
    transcripts: transcriptsOf(item, bases),
    chapters: chaptersOf(item, bases),
  };
}

/** The first `<enclosure>` with a web address; `media:content` of audio or video when there is none. */
function enclosureOf(item: XmlElement, bases: ReadonlyArray<string | null>, warnings: FeedWarnings): ParsedEpisode['enclosure'] {
  const candidates = [
    ...childrenOf(item, 'enclosure'),
    ...childrenOf(item, 'media:content').filter((m) => /^(audio|video)/i.test(attrOf(m, 'type') ?? attrOf(m, 'medium') ?? '')),
    ...childrenOf(childOf(item, 'media:group'), 'media:content'),
  ];
  for (const el of candidates) {
    const raw = attrOf(el, 'url') ?? attrOf(el, 'href');
    const url = httpUrl(raw, bases);
    if (!url) {
      if (raw) warnings.add(`An episode's audio address was left out: only web addresses are kept ("${raw.slice(0, 60)}").`);
      continue;
    }
    const length = Number((attrOf(el, 'length') ?? attrOf(el, 'filesize') ?? '').replace(/[^\d]/g, '') || NaN);
    return { url, type: attrOf(el, 'type')?.toLowerCase() ?? null, length: Number.isSafeInteger(length) && length > 0 ? length : null };
  }
  return null;
}
