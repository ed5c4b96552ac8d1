// One show: its artwork and description, what its last refresh found, and its episodes, newest
// first, new and unplayed ones marked; refresh it or unsubscribe (notes that link its episodes stay).
import { useState } from 'react';
import { Link } from 'wouter';
import { navigate } from '../../navigation/hashLocation';
import { useClient } from '../../transport/connection';
import { Loaded } from '../../ui/LoadState';
import { useToast } from '../../ui/Toasts';
import { errorText, useLoad } from '../../ui/useLoad';
import { usePageTitle } from '../../ui/usePageTitle';
import { EpisodeRow } from '../../widgets/EpisodeRow';
import { Artwork } from './Artwork';
import { StatusLine } from './StatusLine';
import './podcasts.css';

export function ShowPage({ id }: { id: string }) {
  const client = useClient();
  const toast = useToast();
  const [busy, setBusy] = useState(false);
  const show = useLoad(`show:${id}`, async () => {
    const feed = (await client.feeds.list()).find((f) => f.id === id);
    if (!feed) throw new Error('You do not follow this show any more. Its episodes that your notes link are still in search.');
    return { feed, episodes: await client.episodes.list({ feedId: id }) };
  });
  usePageTitle(show.status === 'ready' ? show.value.feed.title : 'Podcast');

  const refresh = async () => {
    setBusy(true);
    try {
      const report = await client.feeds.refresh({ id });
      toast({ message: `${report.title}: ${report.detail}`, tone: ['new-episodes', 'unchanged', 'moved'].includes(report.status) ? 'success' : 'info', duration: 8000 });
      show.reload();
    } catch (error) {
      toast({ message: errorText(error), tone: 'error' });
    } finally {
      setBusy(false);
    }
  };

  const allowImages = async (allowed: boolean) => {
    try {
      await client.feeds.setRemoteImages({ id, allowed });
      show.reload();
    } catch (error) {
      toast({ message: `Nothing changed. ${errorText(error)}`, tone: 'error' });
    }
  };

  const keepNewest = async (newest: number) => {
    try {
      await client.feeds.setAutoDownload({ id, newest });
      toast({ message: newest ? `The newest ${newest === 1 ? 'episode is' : `${newest} episodes are`} kept on disk after each refresh, within your downloads’ disk cap.` : 'Episodes of this show are no longer downloaded by themselves.', tone: 'success' });
      show.reload();
    } catch (error) {
      toast({ message: `Nothing changed. ${errorText(error)}`, tone: 'error' });
    }
  };

  const unsubscribe = async (title: string) => {
    if (!window.confirm(`Unsubscribe from “${title}”? Its episodes leave the library, except those your journal entries or actions link.`)) return;
    try {
      const { keptEpisodes } = await client.feeds.remove({ id });
      toast({ message: `Unsubscribed from “${title}”.${keptEpisodes ? ` ${keptEpisodes} episode${keptEpisodes === 1 ? '' : 's'} that your notes link or your queue holds stayed.` : ''}`, tone: 'success' });
      navigate('/podcasts');
    } catch (error) {
      toast({ message: `Nothing changed. ${errorText(error)}`, tone: 'error' });
    }
  };

  return (
    <div className="page show-page">
      <Loaded load={show} loadingLabel="Loading the show…">
        {({ feed, episodes }) => (
          <>
            <header className="show-header">
              <Artwork feed={feed} size={140} />
              <div>
                <p className="eyebrow">
                  <Link href="/podcasts">Podcasts</Link>
                </p>
                <h1>{feed.title}</h1>
                {feed.author && <p className="muted">{feed.author}</p>}
                {feed.description && <p className="show-description">{feed.description}</p>}
                <p className="podcast-status">
                  {feed.status && <StatusLine status={feed.status} />} {feed.statusDetail}
                </p>
                <label className="remote-images-choice">
                  <input type="checkbox" checked={feed.remoteImages} onChange={(event) => void allowImages(event.target.checked)} /> Show the images in this show’s notes{' '}
                  <span className="muted">(Fulcrum fetches them when you open an episode; the show’s servers can tell. Off, they show as words.)</span>
                </label>
                <label className="auto-download-choice">
                  Keep on disk by itself:{' '}
                  <select value={feed.autoDownload} onChange={(event) => void keepNewest(Number(event.target.value))}>
                    {[0, 1, 3, 5, 10].map((n) => (
                      <option key={n} value={n}>
                        {n === 0 ? 'No episodes' : n === 1 ? 'The newest episode' : `The newest ${n} episodes`}
                      </option>
                    ))}
                  </select>
                </label>
                <div className="header-buttons">
                  <button type="button" className="button" disabled={busy} aria-busy={busy} onClick={() => void refresh()}>
                    Refresh
                  </button>
                  <button type="button" className="button button-danger-quiet" onClick={() => void unsubscribe(feed.title)}>
                    Unsubscribe…
                  </button>
                </div>
              </div>
            </header>
            <section aria-labelledby="episodes-heading">
              <h2 id="episodes-heading">Episodes</h2>
              {episodes.length === 0 ? (
                <p className="muted">No episodes yet: refresh the show to fetch them.</p>
              ) : (
                <ul className="episode-list">
                  {episodes.map((episode) => (
                    <EpisodeRow key={episode.id} episode={episode} />
                  ))}
                </ul>
              )}
            </section>
          </>
        )}
      </Loaded>
    </div>
  );
}
