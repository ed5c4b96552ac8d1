// What the feeds domain reads from the web, as plain data: a parsed feed and its episodes, their
// transcripts and chapters, and the outcome of fetching a URL. The parsers (parse/) and the
// fetcher (fetch/) produce these; the store and the refresh turn them into rows and statuses.

/** A host or a guest, from `podcast:person` or iTunes. */
export interface FeedPerson {
  name: string;
  /** `host`, `guest`, or another Podcasting 2.0 role, lowercase. */
  role: string;
  href: string | null;
  img: string | null;
}

export interface FeedTranscriptRef {
  url: string;
  /** MIME type as declared: text/vtt, application/x-subrip (or application/srt), application/json, text/html, text/plain. */
  type: string;
  language: string | null;
  /** `captions` when the transcript is captions. */
  rel: string | null;
}

export interface ParsedEpisode {
  /** As the feed gives it (`guid`, or Atom `id`), trimmed; null when missing or empty. */
  guid: string | null;
  title: string;
  /** ISO 8601 (UTC), or null when the date is missing or unreadable. */
  publishedAt: string | null;
  durationSeconds: number | null;
  /** Only http/https enclosures are kept. */
  enclosure: { url: string; type: string | null; length: number | null } | null;
  /** The episode's web page (http/https only). */
  link: string | null;
  /** The show notes as the feed gives them (HTML or text), NOT sanitized: the store sanitizes. */
  notes: string;
  season: number | null;
  episode: number | null;
  imageUrl: string | null;
  people: FeedPerson[];
  transcripts: FeedTranscriptRef[];
  chapters: { url: string; type: string } | null;
}

export interface ParsedFeed {
  title: string;
  description: string;
  /** The show's web page (http/https only). */
  link: string | null;
  imageUrl: string | null;
  author: string | null;
  language: string | null;
  /** Podcasting 2.0 `podcast:guid` of the show. */
  podcastGuid: string | null;
  /** The feed's own address (`atom:link rel="self"`, or `itunes:new-feed-url`), when it says it. */
  selfUrl?: string | null;
  people: FeedPerson[];
  /** Newest first, de-duplicated by guid, then enclosure URL, then title + date. */
  episodes: ParsedEpisode[];
  /** What the parser had to overlook (a bad date, an item with no title…), in plain words. */
  warnings: string[];
}

/** One line of a transcript. */
export interface TranscriptCue {
  /** Seconds from the start. */
  start: number;
  end: number | null;
  speaker: string | null;
  text: string;
}

export interface Chapter {
  /** Seconds from the start. */
  start: number;
  title: string;
  url: string | null;
  img: string | null;
}

/** One subscription in an OPML file. */
export interface OpmlOutline {
  title: string;
  url: string;
}

/** Why a fetch gave nothing to use, in the words the refresh status uses. */
export type FetchFailure = 'offline' | 'timed-out' | 'too-large' | 'gone' | 'not-found' | 'http-error' | 'too-many-redirects' | 'bad-url';

export type FetchOutcome =
  | {
      kind: 'ok';
      body: Buffer;
      contentType: string | null;
      etag: string | null;
      lastModified: string | null;
      /** Where the content came from after redirects. */
      finalUrl: string;
      /** Set when every redirect on the way was permanent (301/308): the new address to store. */
      movedTo: string | null;
    }
  | { kind: 'not-modified'; movedTo: string | null }
  | { kind: 'failed'; reason: FetchFailure; detail: string };

export interface FetchOptions {
  etag?: string | null;
  lastModified?: string | null;
  /** Whole request, headers to last byte. */
  timeoutMs?: number;
  /** Cap on the bytes received (compressed). */
  maxBytes?: number;
  /** Cap on the bytes after decompression. */
  maxDecodedBytes?: number;
  maxRedirects?: number;
  signal?: AbortSignal;
  /** The Accept header. */
  accept?: string;
  /** The User-Agent header; by default one naming Fulcrum. */
  userAgent?: string;
  /** What is fetched, for the words of a failure: "feed" (the default), "transcript", "artwork"… */
  subject?: string;
}

/** How the feeds domain fetches (fetch/fetchResource in the app; tests may pass their own). */
export type Fetcher = (url: string, options?: FetchOptions) => Promise<FetchOutcome>;
