// The shows a leader follows: add one by its address, bring subscriptions from another podcast app
// (OPML) or take them there, and refresh them all with a line per feed saying what happened.
import { useRef, useState, type FormEvent } from 'react';
import { Link } from 'wouter';
import type { FeedSummary, RefreshReport } from '../../../shared/contract';
import { refreshFeeds } from '../../../shared/feedRefresh';
import { useConnection } from '../../transport/connection';
import { formatMoment } from '../../ui/formatDate';
import { Loaded } from '../../ui/LoadState';
import { useToast } from '../../ui/Toasts';
import { errorText, useLoad } from '../../ui/useLoad';
import { usePageTitle } from '../../ui/usePageTitle';
import { Artwork } from './Artwork';
import { DiskUse } from './DiskUse';
import { ScheduleChoice } from './ScheduleChoice';
import { StatusLine } from './StatusLine';
import '../../widgets/episode-row.css';
import './podcasts.css';

const plural = (n: number, one: string, many: string) => `${n.toLocaleString()} ${n === 1 ? one : many}`;

export function PodcastsPage() {
  usePageTitle('Podcasts');
  const { client, saveDocument } = useConnection();
  const toast = useToast();
  const feeds = useLoad('feeds', () => client.feeds.list());
  const [address, setAddress] = useState('');
  const [adding, setAdding] = useState(false);
  const [addError, setAddError] = useState<string | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number; reports: RefreshReport[] } | null>(null);
  const stopRefresh = useRef<AbortController | null>(null);
  const opmlInput = useRef<HTMLInputElement>(null);

  const add = async (event: FormEvent) => {
    event.preventDefault();
    setAdding(true);
    setAddError(null);
    try {
      const { feed, report } = await client.feeds.add({ url: address.trim() });
      toast({ message: `Following “${feed.title}”. ${report.detail}`, tone: 'success', duration: 8000 });
      setAddress('');
      feeds.reload();
    } catch (error) {
      setAddError(errorText(error));
    } finally {
      setAdding(false);
    }
  };

  const refresh = async (list: FeedSummary[]) => {
    const stop = new AbortController();
    stopRefresh.current = stop;
    setProgress({ done: 0, total: list.length, reports: [] });
    try {
      const reports = await refreshFeeds(
        client,
        list.map((feed) => feed.id),
        { signal: stop.signal, onProgress: ({ done, total, report }) => setProgress((p) => ({ done, total, reports: [...(p?.reports ?? []), report] })) },
      );
      const fresh = reports.reduce((n, r) => n + r.newEpisodes, 0);
      const failed = reports.filter((r) => !['new-episodes', 'unchanged', 'moved'].includes(r.status)).length;
      toast({ message: `Refreshed ${plural(reports.length, 'feed', 'feeds')}: ${plural(fresh, 'new episode', 'new episodes')}${failed ? `; ${failed} could not be refreshed (see each feed)` : ''}.`, tone: failed ? 'info' : 'success', duration: 8000 });
    } catch (error) {
      toast({ message: `The refresh stopped. ${errorText(error)}`, tone: 'error', duration: 8000 });
    } finally {
      stopRefresh.current = null;
      feeds.reload();
    }
  };

  const importOpml = async (file: File) => {
    try {
      const { added, alreadyFollowed } = await client.feeds.importOpml({ content: await file.text() });
      toast({ message: `Added ${plural(added.length, 'feed', 'feeds')} from ${file.name}${alreadyFollowed.length ? ` (${alreadyFollowed.length} already followed)` : ''}. Refreshing them now…`, tone: 'success', duration: 8000 });
      feeds.reload();
      if (added.length > 0) await refresh(added);
    } catch (error) {
      toast({ message: `Nothing was imported. ${errorText(error)}`, tone: 'error', duration: 10_000 });
    }
  };

  const exportOpml = async () => {
    try {
      const opml = await client.feeds.exportOpml();
      const outcome = await saveDocument({ ...opml, purpose: 'archive', holds: 'Your subscriptions, for another podcast app.', preview: '' });
      toast({ message: outcome.message, tone: outcome.saved ? 'success' : 'info' });
    } catch (error) {
      toast({ message: `Nothing was exported. ${errorText(error)}`, tone: 'error' });
    }
  };

  const busy = progress !== null && progress.done < progress.total;
  return (
    <div className="page podcasts-page">
      <header className="page-header page-header-actions">
        <div>
          <h1>Podcasts</h1>
          <p className="page-subtitle">The shows you learn from. Their episodes, show notes, chapters and transcripts are kept here, to read and search offline.</p>
        </div>
        <div className="header-buttons">
          <button type="button" className="button" onClick={() => opmlInput.current?.click()}>
            Import OPML…
          </button>
          <input
            ref={opmlInput}
            type="file"
            hidden
            accept=".opml,.xml,text/x-opml,text/xml"
            aria-label="OPML file to import"
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file) void importOpml(file);
            }}
          />
          <button type="button" className="button" onClick={() => void exportOpml()}>
            Export OPML
          </button>
        </div>
      </header>

      <form className="podcast-add" onSubmit={(event) => void add(event)}>
        <label htmlFor="feed-address">Add a podcast by its feed address</label>
        <div className="podcast-add-row">
          <input id="feed-address" type="url" inputMode="url" placeholder="https://example.com/feed.xml" value={address} required onChange={(event) => setAddress(event.target.value)} aria-describedby={addError ? 'feed-address-error' : undefined} />
          <button type="submit" className="button button-primary" disabled={adding || !address.trim()} aria-busy={adding}>
            {adding ? 'Adding…' : 'Add'}
          </button>
        </div>
        {addError && (
          <p id="feed-address-error" className="podcast-add-error" role="alert">
            {addError}
          </p>
        )}
      </form>

      <ScheduleChoice />
      <DiskUse />

      <Loaded load={feeds} loadingLabel="Loading your podcasts…">
        {(list) =>
          list.length === 0 ? (
            <p className="muted">You follow no podcasts yet. Add one by its feed address, or import the OPML file your podcast app exports.</p>
          ) : (
            <>
              <div className="podcast-toolbar">
                <button type="button" className="button" disabled={busy} onClick={() => void refresh(list)}>
                  Refresh all
                </button>
                {busy && (
                  <>
                    <progress max={progress.total} value={progress.done} aria-label="Refreshing feeds" />
                    <span role="status">
                      Refreshed {progress.done} of {progress.total}…
                    </span>
                    <button type="button" className="button button-small" onClick={() => stopRefresh.current?.abort()}>
                      Stop
                    </button>
                  </>
                )}
              </div>
              {progress && progress.reports.length > 0 && (
                <ul className="refresh-log" aria-label="What the refresh found">
                  {progress.reports.map((report) => (
                    <li key={report.feedId}>
                      <StatusLine status={report.status} /> <strong>{report.title}</strong>: {report.detail}
                    </li>
                  ))}
                </ul>
              )}
              <ul className="podcast-list">
                {list.map((feed) => (
                  <li key={feed.id} className="podcast-card">
                    <Artwork feed={feed} size={72} />
                    <div className="podcast-card-body">
                      <h2>
                        <Link href={`/podcasts/${feed.id}`}>{feed.title}</Link>
                      </h2>
                      <p className="muted">
                        {plural(feed.episodeCount, 'episode', 'episodes')}
                        {feed.newCount > 0 && <span className="new-badge">{feed.newCount} new</span>}
                        {feed.author && ` · ${feed.author}`}
                      </p>
                      <p className="podcast-status">
                        {feed.status && <StatusLine status={feed.status} />} {feed.refreshedAt ? `${formatMoment(feed.refreshedAt)}: ${feed.statusDetail ?? ''}` : 'Not refreshed yet.'}
                      </p>
                    </div>
                  </li>
                ))}
              </ul>
            </>
          )
        }
      </Loaded>
    </div>
  );
}
