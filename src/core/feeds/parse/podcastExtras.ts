// What an RSS item says beyond RSS itself: transcripts, chapters, season and episode numbers and
// artwork, from the Podcasting 2.0 namespace with the iTunes tags as the fallback.
import type { FeedTranscriptRef, ParsedEpisode } from '../feedTypes';
import { httpUrl } from './feedUrls';
import { attrOf, childOf, childrenOf, textOf, type XmlElement } from './xmlTree';

export function transcriptsOf(item: XmlElement, bases: ReadonlyArray<string | null>): FeedTranscriptRef[] {
  const refs: FeedTranscriptRef[] = [];
  for (const el of childrenOf(item, 'podcast:transcript')) {
    const url = httpUrl(attrOf(el, 'url'), bases);
    if (!url || refs.some((r) => r.url === url)) continue;
    refs.push({
      url,
      type: (attrOf(el, 'type') ?? '').toLowerCase(),
      language: attrOf(el, 'language'),
      rel: attrOf(el, 'rel')?.toLowerCase() ?? null,
    });
  }
  return refs;
}

export function chaptersOf(item: XmlElement, bases: ReadonlyArray<string | null>): ParsedEpisode['chapters'] {
  for (const el of childrenOf(item, 'podcast:chapters')) {
    const url = httpUrl(attrOf(el, 'url'), bases);
    if (url) return { url, type: (attrOf(el, 'type') ?? 'application/json+chapters').toLowerCase() };
  }
  return null;
}

/** A whole or decimal number ≥ 0 (`podcast:episode` may be `1.5`), or null. */
export function numberOf(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d+(?:\.\d+)?$/.test(trimmed)) return null;
  return Number(trimmed);
}

export function seasonOf(item: XmlElement): number | null {
  return numberOf(textOf(item, 'podcast:season')) ?? numberOf(textOf(item, 'itunes:season'));
}

export function episodeNumberOf(item: XmlElement): number | null {
  return numberOf(textOf(item, 'podcast:episode')) ?? numberOf(textOf(item, 'itunes:episode'));
}

/** `itunes:image`, then RSS `image/url`, then `media:thumbnail`. */
export function imageOf(el: XmlElement | undefined, bases: ReadonlyArray<string | null>): string | null {
  const itunes = childrenOf(el, 'itunes:image').map((image) => httpUrl(attrOf(image, 'href') ?? attrOf(image, 'url') ?? image.text, bases));
  const rss = httpUrl(textOf(childOf(el, 'image'), 'url') || (childOf(el, 'image')?.text ?? ''), bases);
  const media = httpUrl(attrOf(childOf(el, 'media:thumbnail'), 'url'), bases);
  return itunes.find((url) => url !== null) ?? rss ?? media;
}
