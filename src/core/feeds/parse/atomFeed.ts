// An Atom feed → a ParsedFeed, before de-duplication. Podcasts in Atom put the audio in a
// `link rel="enclosure"`; the iTunes and Podcasting 2.0 tags are read here too when present.
import type { FeedPerson, ParsedEpisode, ParsedFeed } from '../feedTypes';
import { parseDuration } from './durations';
import { parseFeedDate } from './feedDates';
import { podcastPeople } from './feedPeople';
import { httpUrl, selfUrlOf } from './feedUrls';
import type { FeedWarnings } from './feedWarnings';
import { markupText } from './markupText';
import { chaptersOf, episodeNumberOf, imageOf, seasonOf, transcriptsOf } from './podcastExtras';
import { attrOf, childOf, childrenOf, innerMarkup, textOf, type XmlElement } from './xmlTree';

/** Atom elements are read without the `atom:` prefix a feed may have given them. */
function unprefixed(el: XmlElement): XmlElement {
  return {
    ...el,
    name: el.name.replace(/^atom:/, ''),
    children: el.children.map(unprefixed),
    content: el.content.map((part) => (typeof part === 'string' ? part : unprefixed(part))),
  };
}

/** An Atom text construct as plain words (titles). */
function plainOf(el: XmlElement | undefined): string {
  if (!el) return '';
  const type = attrOf(el, 'type') ?? 'text';
  if (type === 'xhtml') return markupText(innerMarkup(el));
  if (type === 'html') return markupText(el.text);
  return el.text.replace(/\s+/g, ' ').trim();
}

/** An Atom text construct as notes: HTML stays HTML, XHTML becomes markup, text stays text. */
function notesOf(el: XmlElement | undefined): string {
  if (!el) return '';
  return (attrOf(el, 'type') === 'xhtml' ? innerMarkup(el) : el.text).trim();
}

function linkOf(el: XmlElement, rel: string, bases: ReadonlyArray<string | null>): XmlElement | undefined {
  return childrenOf(el, 'link').find((link) => (attrOf(link, 'rel') ?? 'alternate').toLowerCase() === rel && httpUrl(attrOf(link, 'href'), bases));
}

export function readAtom(rawRoot: XmlElement, baseUrl: string, warnings: FeedWarnings): Omit<ParsedFeed, 'warnings'> {
  const root = unprefixed(rawRoot);
  const link = httpUrl(attrOf(linkOf(root, 'alternate', [baseUrl]), 'href'), [baseUrl]);
  const bases = [baseUrl, link];
  const title = plainOf(childOf(root, 'title'));
  if (!title) warnings.add('The feed gives the show no title.');
  const episodes: ParsedEpisode[] = [];
  for (const entry of childrenOf(root, 'entry')) {
    const episode = readEntry(entry, bases, warnings);
    if (episode) episodes.push(episode);
  }
  const authorName = textOf(childOf(root, 'author'), 'name');
  const people = podcastPeople(root, bases);
  return {
    title: title || 'Untitled podcast',
    description: notesOf(childOf(root, 'subtitle')) || textOf(root, 'itunes:summary'),
    link,
    imageUrl: imageOf(root, bases) ?? httpUrl(textOf(root, 'logo') || textOf(root, 'icon'), bases),
    author: textOf(root, 'itunes:author') || authorName || null,
    language: attrOf(root, 'xml:lang') ?? null,
    podcastGuid: textOf(root, 'podcast:guid') || null,
    selfUrl: selfUrlOf(childrenOf(root, 'link'), textOf(root, 'itunes:new-feed-url'), bases),
    people: people.length > 0 ? people : authorName ? [{ name: authorName, role: 'host', href: null, img: null }] : [],
    episodes,
  };
}

/** `podcast:person`, else the entry's Atom authors (role `author`: Atom says no more). */
function peopleOf(entry: XmlElement, bases: ReadonlyArray<string | null>): FeedPerson[] {
  const people = podcastPeople(entry, bases);
  if (people.length > 0) return people;
  return childrenOf(entry, 'author')
    .map((author) => ({ name: textOf(author, 'name'), role: 'author', href: httpUrl(textOf(author, 'uri'), bases), img: null }))
    .filter((person) => person.name !== '');
}

function readEntry(entry: XmlElement, bases: ReadonlyArray<string | null>, warnings: FeedWarnings): ParsedEpisode | null {
  const enclosureLink = linkOf(entry, 'enclosure', bases);
  const notes = notesOf(childOf(entry, 'content')) || notesOf(childOf(entry, 'summary'));
  const rawTitle = plainOf(childOf(entry, 'title'));
  if (!rawTitle && !enclosureLink && !notes) {
    warnings.add('An entry with no title, audio or notes was left out.');
    return null;
  }
  const title = rawTitle || 'Untitled episode';
  const rawDate = textOf(entry, 'published') || textOf(entry, 'updated');
  const publishedAt = parseFeedDate(rawDate);
  if (rawDate && !publishedAt) warnings.add(`The date of "${title}" could not be read ("${rawDate.slice(0, 60)}").`);
  const length = Number(attrOf(enclosureLink, 'length') ?? NaN);
  return {
    guid: textOf(entry, 'id') || null,
    title,
    publishedAt,
    durationSeconds: parseDuration(textOf(entry, 'itunes:duration')),
    enclosure: enclosureLink
      ? {
          url: httpUrl(attrOf(enclosureLink, 'href'), bases) ?? '',
          type: attrOf(enclosureLink, 'type')?.toLowerCase() ?? null,
          length: Number.isSafeInteger(length) && length > 0 ? length : null,
        }
      : null,
    link: httpUrl(attrOf(linkOf(entry, 'alternate', bases), 'href'), bases),
    notes,
    season: seasonOf(entry),
    episode: episodeNumberOf(entry),
    imageUrl: imageOf(entry, bases),
    people: peopleOf(entry, bases),
    transcripts: transcriptsOf(entry, bases),
    chapters: chaptersOf(entry, bases),
  };
}
