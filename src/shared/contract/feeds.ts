// The feeds namespace: the podcasts a leader follows. A feed is subscribed by its address (or from
// OPML), refreshed one feed per call (the doors run several at a time and show progress), and its
// episodes (show notes, chapters, transcripts) are stored, so the library and search work offline.
import { z } from 'zod';
import type { CoachingAction } from './actions';
import type { JournalEntry } from './journal';
import { op, recordId } from './operation';

/** What the last refresh of a feed found, in the words the app shows. */
export const feedStatuses = ['new-episodes', 'unchanged', 'moved', 'gone', 'not-a-feed', 'too-large', 'timed-out', 'offline', 'failed'] as const;
export type FeedStatus = (typeof feedStatuses)[number];

export interface FeedPersonRecord {
  name: string;
  role: string;
  href: string | null;
}

export interface FeedSummary {
  id: string;
  /** The address the feed is fetched from (updated when it moved for good). */
  url: string;
  title: string;
  description: string;
  link: string | null;
  author: string | null;
  /** Whether the show's artwork is stored (fetch it with feeds.artwork). */
  hasArtwork: boolean;
  episodeCount: number;
  /** Episodes found after the first refresh and not opened yet. */
  newCount: number;
  addedAt: string;
  refreshedAt: string | null;
  status: FeedStatus | null;
  /** What the last refresh did, in one plain sentence. */
  statusDetail: string | null;
  /** Whether the leader lets this show's notes show their images (fetched by Fulcrum when opened). */
  remoteImages: boolean;
  /** How many of its newest episodes are kept on disk by themselves after each refresh (0: none). */
  autoDownload: number;
}

export interface EpisodeSummary {
  id: string;
  /** Null once the show was unsubscribed (the episode is kept for the notes that link it). */
  feedId: string | null;
  showTitle: string;
  title: string;
  /** ISO 8601, or null when the feed gave no readable date. */
  publishedAt: string | null;
  durationSeconds: number | null;
  enclosureUrl: string | null;
  hasTranscript: boolean;
  hasChapters: boolean;
  isNew: boolean;
  played: boolean;
  /** Where listening stopped, in seconds (0: from the start). */
  positionSeconds: number;
}

export interface EpisodeChapter {
  start: number;
  title: string;
  url: string | null;
}

export interface EpisodeCue {
  start: number;
  end: number | null;
  speaker: string | null;
  text: string;
}

export interface EpisodeDetail extends EpisodeSummary {
  link: string | null;
  /** The show notes, sanitized like the bundled library. */
  notesHtml: string;
  season: number | null;
  episode: number | null;
  people: FeedPersonRecord[];
  chapters: EpisodeChapter[];
  transcript: EpisodeCue[] | null;
  /** Journal entries that link this episode. */
  backlinks: JournalEntry[];
  /** Asks, shares and mandates that came from it. */
  actions: CoachingAction[];
}

export interface RefreshReport {
  feedId: string;
  title: string;
  status: FeedStatus;
  detail: string;
  newEpisodes: number;
}

/** How often feeds refresh by themselves, in hours (0: never). */
export const refreshEveryHours = [0, 1, 3, 6, 12, 24] as const;

export interface FeedScheduleView {
  everyHours: number;
  /** When the next automatic refresh is due (ISO 8601), or null when it is off. */
  nextAt: string | null;
  lastRun: string | null;
}

const feedUrl = z
  .string()
  .trim()
  .min(1, 'is required')
  .max(2000)
  .refine((value) => /^https?:\/\//i.test(value) && URL.canParse(value), 'must be a web address starting with http:// or https://');

export const feedOperations = {
  'feeds.list': op<FeedSummary[]>()(z.object({})),
  /**
   * Subscribes to a feed by its address, fetching it at once; or from a feed's text (a file read by
   * the CLI, say), whose own address (`atom:link rel="self"`) is kept for refreshing when it has one.
   */
  'feeds.add': op<{ feed: FeedSummary; report: RefreshReport }>()(
    z.union([
      z.object({ url: feedUrl }),
      z.object({ file: z.object({ name: z.string().min(1).max(1000), content: z.string().min(1, 'is empty').max(60_000_000, 'is too large for a feed (more than 60 MB)') }) }),
    ]),
  ),
  /** Fetches one feed (with its new episodes' transcripts and chapters) and says what happened. */
  'feeds.refresh': op<RefreshReport>()(z.object({ id: recordId })),
  /** Unsubscribes. Episodes that journal entries or actions link, or the up-next queue holds, are kept, with the show's title. */
  'feeds.remove': op<{ removed: FeedSummary; keptEpisodes: number }>()(z.object({ id: recordId })),
  /** Subscribes to every feed of an OPML file without fetching them (refresh them next). */
  'feeds.importOpml': op<{ added: FeedSummary[]; alreadyFollowed: string[] }>()(
    z.object({ content: z.string().min(1, 'is empty').max(10_000_000, 'is too large for an OPML file') }),
  ),
  'feeds.exportOpml': op<{ fileName: string; mimeType: string; content: string }>()(z.object({})),
  /** The show's artwork, stored in the data folder, as a data: URL (null when the feed has none). */
  'feeds.artwork': op<{ dataUrl: string | null }>()(z.object({ id: recordId })),
  /** Lets (or stops) this show's notes show their images; off by default: a remote image can be a tracking pixel. */
  'feeds.setRemoteImages': op<FeedSummary>()(z.object({ id: recordId, allowed: z.boolean() })),
  /** Keeps the newest N episodes of a show on disk (within the downloads' disk cap); 0 turns it off. */
  'feeds.setAutoDownload': op<FeedSummary>()(z.object({ id: recordId, newest: z.number().int().min(0, 'must be 0 or more').max(50, 'can be at most 50') })),
  'feeds.schedule': op<FeedScheduleView>()(z.object({})),
  'feeds.setSchedule': op<FeedScheduleView>()(
    z.object({ everyHours: z.number().refine((hours) => (refreshEveryHours as readonly number[]).includes(hours), `must be one of ${refreshEveryHours.join(', ')} (hours; 0 is off)`) }),
  ),
  'episodes.list': op<EpisodeSummary[]>()(
    z.object({
      feedId: recordId.optional(),
      /** Episodes of the show of this title (as the library's show filter gives it). */
      show: z.string().max(500).optional(),
      sort: z.enum(['newest', 'oldest', 'title']).default('newest'),
      limit: z.number().int().min(1).max(5000).default(500),
      offset: z.number().int().min(0).default(0),
    }),
  ),
  'episodes.get': op<EpisodeDetail>()(z.object({ id: recordId })),
  /** Where listening stopped; `finished` marks the episode played and starts it over next time. */
  'episodes.setPosition': op<EpisodeSummary>()(z.object({ id: recordId, seconds: z.number().min(0).max(1_000_000), finished: z.boolean().default(false) })),
  /** Marks an episode opened (it is no longer new) and, when said, played or unplayed. */
  'episodes.mark': op<EpisodeSummary>()(z.object({ id: recordId, played: z.boolean().optional() })),
};
