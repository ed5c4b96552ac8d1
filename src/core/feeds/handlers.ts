// The feeds and episodes namespaces: subscribing (by address, from a file or from OPML), one feed's
// refresh per call, unsubscribing, and the episodes with their notes, chapters and transcripts.
import type { EpisodeDetail, FeedSummary, OperationsOf } from '../../shared/contract';
import type { Handlers } from '../../shared/dispatch';
import { FulcrumError } from '../../shared/errors';
import { artworkDataUrl, imageDataUrl, removeArtwork } from './artwork';
import { fetchExtras } from './episodeExtras';
import { episodeSummary } from './episodeSummary';
import type { FeedStore, StoredFeed } from './feedStore';
import { opmlOf, parseOpml } from './parse/opml';
import { parseFeed } from './parse/parseFeed';
import type { Fetcher } from './feedTypes';
import { refreshFeed } from './refreshFeed';
import { withoutRemoteImages, withRemoteImages } from './showNotes';
import type { FeedSchedule } from './feedSchedule';
import type { JournalStore } from '../journal/journalStore';
import type { ActionStore } from '../actions/actionStore';

export interface FeedDeps {
  /** After unsubscribing: what else goes with the episodes (their downloads). */
  afterRemove?: () => Promise<void>;
  /** After a refresh: what follows from it (the show's automatic downloads). */
  afterRefresh?: (feedId: string) => Promise<void>;
  actions: ActionStore;
  schedule: FeedSchedule;
  now: () => Date;
  store: FeedStore;
  journal: JournalStore;
  fetch: Fetcher;
  dataDir: string;
}

function summaryOf(feed: StoredFeed): FeedSummary {
  const { imageUrl: _imageUrl, artworkFile, etag: _etag, lastModified: _lastModified, ...shown } = feed;
  return { ...shown, title: feed.title || feed.url, hasArtwork: artworkFile !== null };
}

const scheduleView = (d: FeedDeps) => ({ everyHours: d.schedule.everyHours(), nextAt: d.schedule.nextAt(d.now()), lastRun: d.schedule.lastRun() });

/** Refusals that mean the address is not a podcast feed at all: the subscription is not kept. */
const notKept = new Set(['not-a-feed', 'gone', 'failed', 'too-large']);

export function feedHandlers(d: FeedDeps): Handlers<OperationsOf<'feeds'> | OperationsOf<'episodes'>> {
  const deps = { store: d.store, fetch: d.fetch, dataDir: d.dataDir };
  const fetchImage = async (url: string) => {
    const outcome = await d.fetch(url, { maxBytes: 2 * 1024 * 1024, maxDecodedBytes: 2 * 1024 * 1024, timeoutMs: 10_000, accept: 'image/png, image/jpeg, image/gif, image/webp' });
    return outcome.kind === 'ok' ? imageDataUrl(outcome.body) : null;
  };
  const refuseFollowed = (url: string) => {
    const existing = d.store.findFeedByUrl(url);
    if (existing) throw new FulcrumError('conflict', `You already follow this feed (“${existing.title || existing.url}”).`);
  };

  return {
    'feeds.list': () => d.store.listFeeds().map(summaryOf),
    'feeds.add': async (input) => {
      if ('url' in input) {
        refuseFollowed(input.url);
        const feed = d.store.createFeed(input.url);
        const report = await refreshFeed(feed, deps);
        if (notKept.has(report.status)) {
          d.store.removeFeed(feed.id);
          throw new FulcrumError('invalid-input', `${input.url} was not added. ${report.detail}`);
        }
        return { feed: summaryOf(d.store.feed(feed.id)), report };
      }
      // A feed's text (a file): parsed first, so a file that is not a feed adds nothing.
      const parsed = parseFeed(input.file.content, '');
      const url = parsed.selfUrl && /^https?:\/\//i.test(parsed.selfUrl) ? parsed.selfUrl : `file:${input.file.name}`;
      refuseFollowed(url);
      const feed = d.store.createFeed(url, parsed.title);
      const report = await refreshFeed(feed, deps, { parsed });
      return { feed: summaryOf(d.store.feed(feed.id)), report };
    },
    'feeds.refresh': async ({ id }) => {
      const report = await refreshFeed(d.store.feed(id), deps);
      await d.afterRefresh?.(id);
      return report;
    },
    'feeds.setAutoDownload': async ({ id, newest }) => {
      const feed = d.store.setAutoDownload(id, newest);
      await d.afterRefresh?.(id);
      return summaryOf(feed);
    },
    'feeds.remove': async ({ id }) => {
      const { removed, keptEpisodes } = d.store.removeFeed(id);
      await removeArtwork(removed, d.dataDir);
      await d.afterRemove?.();
      return { removed: summaryOf(removed), keptEpisodes };
    },
    'feeds.importOpml': ({ content }) => {
      const added: FeedSummary[] = [];
      const alreadyFollowed: string[] = [];
      for (const outline of parseOpml(content)) {
        if (d.store.findFeedByUrl(outline.url)) alreadyFollowed.push(outline.url);
        else added.push(summaryOf(d.store.createFeed(outline.url, outline.title)));
      }
      return { added, alreadyFollowed };
    },
    'feeds.exportOpml': () => ({
      fileName: 'fulcrum-subscriptions.opml',
      mimeType: 'text/x-opml',
      content: opmlOf(d.store.listFeeds().filter((feed) => /^https?:\/\//i.test(feed.url)).map((feed) => ({ title: feed.title || feed.url, url: feed.url })), 'Fulcrum subscriptions'),
    }),
    'feeds.setRemoteImages': ({ id, allowed }) => summaryOf(d.store.setRemoteImages(id, allowed)),
    'feeds.schedule': () => scheduleView(d),
    'feeds.setSchedule': ({ everyHours }) => {
      d.schedule.setEveryHours(everyHours);
      return scheduleView(d);
    },
    'feeds.artwork': async ({ id }) => ({ dataUrl: await artworkDataUrl(d.store.feed(id), d.dataDir) }),
    'episodes.list': (query) => d.store.episodes(query).map(episodeSummary),
    'episodes.get': async ({ id }): Promise<EpisodeDetail> => {
      let episode = d.store.episode(id);
      // Extras not fetched yet (an old episode of a long back catalogue): fetched now, unless the
      // show's last refresh found the network gone (opening an episode offline must not wait).
      const offline = episode.feedId ? d.store.findFeed(episode.feedId)?.status === 'offline' : true;
      if (!offline && ((episode.transcriptUrl && !episode.hasTranscript) || (episode.chaptersUrl && !episode.hasChapters))) {
        await fetchExtras([episode], deps);
        episode = d.store.episode(id);
      }
      return {
        ...episodeSummary(episode),
        link: episode.link,
        notesHtml: episode.feedId && d.store.findFeed(episode.feedId)?.remoteImages ? await withRemoteImages(episode.notesHtml, fetchImage) : withoutRemoteImages(episode.notesHtml),
        season: episode.season,
        episode: episode.episode,
        people: episode.people,
        chapters: d.store.chapters(id),
        transcript: d.store.transcript(id),
        backlinks: d.journal.list({ episodeId: id, limit: 1000 }),
        actions: d.actions.list({ episodeId: id }),
      };
    },
    'episodes.mark': ({ id, played }) => episodeSummary(d.store.markEpisode(id, played)),
    'episodes.setPosition': ({ id, seconds, finished }) => episodeSummary(d.store.setPosition(id, seconds, finished)),
  };
}
