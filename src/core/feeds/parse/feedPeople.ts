// Hosts and guests: Podcasting 2.0 `podcast:person` first; iTunes only names an author, so a show's
// `itunes:author` becomes its hosts and an episode's its `author`s (iTunes says no more than that).
import type { FeedPerson } from '../feedTypes';
import { httpUrl } from './feedUrls';
import { attrOf, childrenOf, deepText, textOf, type XmlElement } from './xmlTree';

export function podcastPeople(el: XmlElement | undefined, bases: ReadonlyArray<string | null>): FeedPerson[] {
  const people: FeedPerson[] = [];
  for (const person of childrenOf(el, 'podcast:person')) {
    const name = deepText(person).replace(/\s+/g, ' ');
    if (!name) continue;
    people.push({
      name,
      role: (attrOf(person, 'role') ?? 'host').toLowerCase(),
      href: httpUrl(attrOf(person, 'href'), bases),
      img: httpUrl(attrOf(person, 'img'), bases),
    });
  }
  return people;
}

/** `A, B & C and D` → the names; one name when there is nothing to split on. */
export function authorNames(text: string): string[] {
  return text
    .split(/\s*(?:,|;|&|\band\b)\s*/i)
    .map((name) => name.trim())
    .filter((name) => name.length > 0);
}

export function itunesPeople(el: XmlElement | undefined, role: string): FeedPerson[] {
  return authorNames(textOf(el, 'itunes:author')).map((name) => ({ name, role, href: null, img: null }));
}
