// A podcast feed (RSS 2.0 with iTunes and Podcasting 2.0 tags, RSS 1.0, or Atom) as bytes or text →
// a ParsedFeed. Anything that is not a feed is refused in plain words; everything else is read
// leniently (see rssFeed.ts, atomFeed.ts and the fixtures' tests for what real feeds do).
import { FulcrumError } from '../../../shared/errors';
import type { ParsedFeed } from '../feedTypes';
import { readAtom } from './atomFeed';
import { distinctEpisodes } from './episodeList';
import { feedText, stripBom } from './feedText';
import { FeedWarnings } from './feedWarnings';
import { readRss } from './rssFeed';
import { readXml, type XmlElement } from './xmlTree';

const notAFeed = (what: string): FulcrumError =>
  new FulcrumError('invalid-input', `This address gives ${what}, not a podcast feed. Check the address, or look on the show's site for its RSS feed.`);

/** Refuses what is plainly not XML before the parser sees it, naming what it is. */
function refuseNonXml(text: string): void {
  const start = text.trimStart();
  if (!start) throw notAFeed('an empty page');
  if (start.startsWith('{') || start.startsWith('[')) throw notAFeed('JSON data');
  if (!start.startsWith('<')) throw notAFeed('something that is not a feed');
  const head = start.slice(0, 2048).toLowerCase();
  const htmlAt = head.search(/<html[\s>]|<!doctype html/);
  const feedAt = head.search(/<(?:[a-z0-9_-]+:)?(?:rss|feed|rdf)[\s>]/);
  if (htmlAt !== -1 && (feedAt === -1 || htmlAt < feedAt)) throw notAFeed('a web page');
}

function kindOf(root: XmlElement | null): 'rss' | 'atom' | null {
  const name = root?.name.replace(/^[^:]*:/, '');
  if (name === 'rss' || name === 'rdf') return 'rss';
  if (name === 'feed') return 'atom';
  return null;
}

export function parseFeed(input: string | Uint8Array, baseUrl: string): ParsedFeed {
  const text = stripBom(typeof input === 'string' ? input : feedText(input));
  refuseNonXml(text);
  let root: XmlElement | null;
  try {
    root = readXml(text.trimStart());
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0]?.slice(0, 120) : '';
    throw new FulcrumError('invalid-input', `This feed is damaged and could not be read (${detail}). Try again later, or tell the show's publisher.`);
  }
  const kind = kindOf(root);
  if (root === null || kind === null) {
    throw notAFeed(root?.name === 'html' ? 'a web page' : root?.name === 'opml' ? 'an OPML subscription list' : 'an XML document');
  }
  if (kind === 'rss' && !root.children.some((c) => c.name === 'channel')) {
    throw new FulcrumError('invalid-input', 'This feed has no channel, so it holds no show to follow. Check the address with the show\'s publisher.');
  }
  const warnings = new FeedWarnings();
  const feed = kind === 'rss' ? readRss(root, baseUrl, warnings) : readAtom(root, baseUrl, warnings);
  const episodes = distinctEpisodes(feed.episodes, warnings);
  return { ...feed, episodes, warnings: warnings.list() };
}
