// `fulcrum feed add|list|refresh|remove`, `fulcrum episodes` and `fulcrum opml import|export`: the
// podcasts a leader follows, from the command line. A refresh prints one line per feed and exits 1
// when any feed failed (offline, gone, not a feed…), 0 otherwise.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { FulcrumClient } from '../shared/client';
import type { EpisodeSummary, FeedStatus, FeedSummary, RefreshReport } from '../shared/contract';
import { FulcrumError } from '../shared/errors';
import { refreshFeeds } from '../shared/feedRefresh';
import { asInput, need, numeric, print, UsageError, writeNewFile, type FlagValues, type Output } from './commandKit';

type WithClient = <T>(work: (client: FulcrumClient) => Promise<T>) => Promise<T>;

/** Statuses after which a feed is fine: the others make `feed refresh` exit 1. */
const fine = new Set<FeedStatus>(['new-episodes', 'unchanged', 'moved']);

const duration = (seconds: number | null) => {
  if (seconds === null) return '';
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = Math.floor(seconds % 60);
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}` : `${m}:${String(s).padStart(2, '0')}`;
};

function formatFeeds(feeds: FeedSummary[]): string {
  if (feeds.length === 0) return 'You follow no feeds yet. Add one with: fulcrum feed add https://example.com/feed.xml\n';
  return feeds
    .map((f) => `${f.id}  ${f.title}\n    ${f.url}\n    ${f.episodeCount} episode${f.episodeCount === 1 ? '' : 's'} · ${f.refreshedAt ? `refreshed ${f.refreshedAt.slice(0, 16).replace('T', ' ')}: ${f.statusDetail ?? f.status}` : 'not refreshed yet'}\n`)
    .join('');
}

function formatEpisodes(episodes: EpisodeSummary[]): string {
  if (episodes.length === 0) return 'No episodes yet. Refresh your feeds with: fulcrum feed refresh\n';
  return episodes
    .map((e) => {
      const extras = [e.hasTranscript ? 'transcript' : '', e.hasChapters ? 'chapters' : ''].filter(Boolean).join(', ');
      return `${e.id}  ${e.publishedAt?.slice(0, 10) ?? '          '}  ${duration(e.durationSeconds).padStart(8)}  ${e.showTitle}: ${e.title}${extras ? ` (${extras})` : ''}\n`;
    })
    .join('');
}

const reportLine = (r: RefreshReport) => `${fine.has(r.status) ? 'ok    ' : 'FAILED'}  ${r.title}: ${r.detail}\n`;

export async function feedCommand(sub: string | undefined, rest: string[], values: FlagValues, withClient: WithClient, out: Output, err: Output): Promise<void> {
  switch (sub) {
    case 'add': {
      const given = need(rest[0], 'feed add needs a feed address or a feed file, e.g. fulcrum feed add https://example.com/feed.xml');
      const input = /^https?:\/\//i.test(given) ? { url: given } : { file: { name: path.basename(given), content: await readFeedFile(given) } };
      const { feed, report } = await withClient((c) => c.feeds.add(input));
      return print(out, values.json, { feed, report }, () => `Following “${feed.title}” (${feed.id}). ${report.detail}\n`);
    }
    case 'list':
    case undefined: {
      const feeds = await withClient((c) => c.feeds.list());
      return print(out, values.json, feeds.map(({ id, title, url, episodeCount, refreshedAt, status, statusDetail }) => ({ id, title, url, episodeCount, refreshedAt, status, statusDetail })), () => formatFeeds(feeds));
    }
    case 'refresh': {
      const reports = await withClient(async (c) => {
        const ids = rest[0] ? [(await c.feeds.list()).find((f) => f.id === rest[0])?.id ?? rest[0]] : (await c.feeds.list()).map((f) => f.id);
        if (ids.length === 0) throw new UsageError('you follow no feeds yet; add one with fulcrum feed add URL');
        return refreshFeeds(c, ids, { onProgress: ({ done, total, report }) => values.json || err.write(`${done}/${total} ${reportLine(report)}`) });
      });
      const failed = reports.filter((r) => !fine.has(r.status));
      print(out, values.json, reports, () => `Refreshed ${reports.length} feed${reports.length === 1 ? '' : 's'}: ${reports.reduce((n, r) => n + r.newEpisodes, 0)} new episodes${failed.length ? `, ${failed.length} failed` : ''}.\n`);
      if (failed.length > 0) throw new FulcrumError('unavailable', `${failed.length} feed${failed.length === 1 ? '' : 's'} could not be refreshed: ${failed.map((r) => `${r.title} (${r.status})`).join(', ')}`);
      return;
    }
    case 'remove': {
      const id = need(rest[0], 'feed remove needs the id of a feed (fulcrum feed list shows them)');
      const { removed, keptEpisodes } = await withClient((c) => c.feeds.remove({ id }));
      const kept = keptEpisodes ? ` ${keptEpisodes} episode${keptEpisodes === 1 ? ' that your notes link or your queue holds was' : 's that your notes link or your queue holds were'} kept.` : '';
      return print(out, values.json, { removed, keptEpisodes }, () => `Unsubscribed from “${removed.title}”.${kept}\n`);
    }
    default:
      throw new UsageError(`unknown feed command "${sub}"; use feed add, feed list, feed refresh [ID] or feed remove ID`);
  }
}

export async function episodesCommand(values: FlagValues, withClient: WithClient, out: Output): Promise<void> {
  const episodes = await withClient((c) => c.episodes.list(asInput({ feedId: values.feed, limit: numeric(values.limit) })));
  const rows = episodes.map(({ id, title, showTitle, publishedAt, durationSeconds, enclosureUrl, hasTranscript, hasChapters }) => ({ id, title, show: showTitle, date: publishedAt, durationSeconds, enclosureUrl, hasTranscript, hasChapters }));
  print(out, values.json, rows, () => formatEpisodes(episodes));
}

/**
 * `fulcrum download EPISODE_ID [--wait]`: keeps an episode on disk for offline listening. The
 * command line has no background to leave a download running in, so it always waits (`--wait`
 * says so explicitly), showing progress on stderr; Ctrl+C pauses it, and running it again resumes.
 */
export async function downloadCommand(episodeId: string | undefined, values: FlagValues, withClient: WithClient, out: Output, err: Output): Promise<void> {
  const id = need(episodeId, 'download needs the id of an episode (fulcrum episodes lists them)');
  const view = await withClient(async (c) => {
    const started = await c.downloads.start({ episodeId: id });
    if (started.state === 'done') return started;
    const pause = () => void c.downloads.pause({ episodeId: id });
    process.once('SIGINT', pause);
    const ticker = setInterval(() => {
      void c.downloads.get({ episodeId: id }).then((v) => v.state === 'downloading' && err.write(`Downloading ${sizeOf(v.bytes)}${v.total ? ` of ${sizeOf(v.total)}` : ''}\n`));
    }, 1000);
    try {
      return await c.downloads.wait({ episodeId: id });
    } finally {
      clearInterval(ticker);
      process.removeListener('SIGINT', pause);
    }
  });
  if (view.state !== 'done') throw new FulcrumError('unavailable', `“${view.title}” was not downloaded: ${view.detail ?? view.state}${view.state === 'paused' || view.state === 'failed' ? ' Run the command again to resume.' : ''}`);
  print(out, values.json, view, () => `Downloaded “${view.title}” (${sizeOf(view.bytes)}); it plays offline now.\n`);
}

const sizeOf = (bytes: number) => (bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`);

export async function opmlCommand(sub: string | undefined, rest: string[], values: FlagValues, withClient: WithClient, out: Output): Promise<void> {
  if (sub === 'import') {
    const file = path.resolve(need(rest[0], 'opml import needs an OPML file, e.g. fulcrum opml import subscriptions.opml'));
    const content = await readFile(file, 'utf8').catch(() => {
      throw new FulcrumError('not-found', `could not read ${file}`);
    });
    const { added, alreadyFollowed } = await withClient((c) => c.feeds.importOpml({ content }));
    return print(out, values.json, { added, alreadyFollowed }, () => `Added ${added.length} feed${added.length === 1 ? '' : 's'}${alreadyFollowed.length ? ` (${alreadyFollowed.length} already followed)` : ''}. Fetch their episodes with: fulcrum feed refresh\n`);
  }
  if (sub === 'export') {
    const file = path.resolve(need(values.out, 'opml export needs --out FILE, the file to write'));
    const opml = await withClient((c) => c.feeds.exportOpml());
    await writeNewFile(file, opml.content, values.force);
    return print(out, values.json, { file }, () => `Exported your subscriptions to ${file}\n`);
  }
  throw new UsageError(`unknown opml command "${sub ?? ''}"; use opml import FILE or opml export --out FILE`);
}

async function readFeedFile(given: string): Promise<string> {
  const file = path.resolve(given);
  try {
    return await readFile(file, 'utf8');
  } catch {
    throw new FulcrumError('not-found', `${file} is neither a web address (http:// or https://) nor a file that can be read`);
  }
}
