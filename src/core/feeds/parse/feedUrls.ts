import { attrOf, type XmlElement } from './xmlTree';
// Addresses found in a feed: relative ones resolved against where the feed came from (or, when
// that is not a web address, the show's own page); only http and https are kept, so nothing a feed
// says can point the app at a script, a local file or inline data.

const isWeb = (url: URL): boolean => url.protocol === 'http:' || url.protocol === 'https:';

function parsed(text: string, base?: string): URL | null {
  try {
    return base === undefined ? new URL(text) : new URL(text, base);
  } catch {
    return null;
  }
}

/** An absolute http(s) URL string, or null. Relative addresses are resolved against the first web base. */
export function httpUrl(raw: string | null | undefined, bases: ReadonlyArray<string | null> = []): string | null {
  const text = (raw ?? '').trim().replace(/[\r\n\t]/g, '');
  if (!text) return null;
  const absolute = parsed(text);
  if (absolute) return isWeb(absolute) ? absolute.href : null; // another scheme is never rebased
  for (const base of bases) {
    const baseUrl = base ? parsed(base) : null;
    if (!baseUrl || !isWeb(baseUrl)) continue;
    const url = parsed(text, baseUrl.href);
    if (url && isWeb(url)) return url.href;
  }
  return null;
}

/**
 * The feed's own address, when it says it: an `itunes:new-feed-url` (the show moved), else the
 * `link rel="self"` among `links` (RSS's `atom:link`, or Atom's `link`). http/https only.
 */
export function selfUrlOf(links: readonly XmlElement[], newFeedUrl: string, bases: ReadonlyArray<string | null>): string | null {
  const moved = httpUrl(newFeedUrl, bases);
  if (moved) return moved;
  const self = links.find((link) => (attrOf(link, 'rel') ?? '').toLowerCase() === 'self');
  return self ? httpUrl(attrOf(self, 'href'), bases) : null;
}
