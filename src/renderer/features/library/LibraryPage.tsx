// The library: every episode and article, filtered by kind, show and tag, sorted as asked; and
// beside them, the episodes of the podcasts the leader follows (by show and date, new ones marked).
import { Link, useSearch } from 'wouter';
import { useClient } from '../../transport/connection';
import { usePageTitle } from '../../ui/usePageTitle';
import { navigate } from '../../navigation/hashLocation';
import { Loaded } from '../../ui/LoadState';
import { useLoad } from '../../ui/useLoad';
import { EpisodeRow } from '../../widgets/EpisodeRow';
import { ItemCard } from './ItemCard';
import { LibraryToolbar } from './LibraryToolbar';
import { filtersFromSearch, searchFromFilters, type LibraryFilters } from './libraryQuery';
import './library.css';

export function LibraryPage() {
  const client = useClient();
  const filters = filtersFromSearch(useSearch());
  usePageTitle('Library');
  const items = useLoad(`library:${JSON.stringify(filters)}`, () =>
    client.library.list({ kind: filters.kind || undefined, show: filters.show || undefined, tag: filters.tag || undefined, sort: filters.sort }),
  );
  const facets = useLoad('facets', () => client.search.facets(), { marksReady: false });
  // Followed shows' episodes have no tags or kind of their own: they show unless a tag or "articles" is picked.
  const withPodcasts = filters.tag === '' && filters.kind !== 'article';
  const podcasts = useLoad(`library-podcasts:${JSON.stringify(filters)}`, async () =>
    withPodcasts ? client.episodes.list({ ...(filters.show ? { show: filters.show } : {}), sort: filters.sort, limit: 100 }) : [],
  );
  const setFilters = (next: LibraryFilters) => navigate(`/library${searchFromFilters(next)}`, { replace: true });
  const filtered = filters.kind !== '' || filters.show !== '' || filters.tag !== '';

  return (
    <div className="page library-page">
      <header className="page-header">
        <h1>Library</h1>
        <p className="page-subtitle">Episode notes and articles on sales leadership: what to ask, what to share, and when to mandate.</p>
      </header>
      <LibraryToolbar filters={filters} facets={facets.status === 'ready' ? facets.value : null} onChange={setFilters} />
      <Loaded load={items} loadingLabel="Loading the library…">
        {(list) =>
          list.length === 0 && !(podcasts.status === 'ready' && podcasts.value.length > 0) ? (
            <div className="empty-state">
              <h2>Nothing matches these filters</h2>
              <p>{filtered ? 'Try another show or tag, or clear the filters to see the whole library.' : 'The content pack has no items yet.'}</p>
              {filtered && (
                <button type="button" className="button" onClick={() => setFilters({ kind: '', show: '', tag: '', sort: filters.sort })}>
                  Clear filters
                </button>
              )}
            </div>
          ) : (
            <>
              <p className="result-count" role="status">
                {list.length} {list.length === 1 ? 'item' : 'items'}
                {filtered ? ' match' : ''}
              </p>
              <ul className="item-list">
                {list.map((item) => (
                  <ItemCard key={item.id} item={item} />
                ))}
              </ul>
              {podcasts.status === 'ready' && podcasts.value.length > 0 && (
                <section className="library-podcasts" aria-labelledby="library-podcasts-heading">
                  <h2 id="library-podcasts-heading">From your podcasts</h2>
                  <ul className="episode-list">
                    {podcasts.value.map((episode) => (
                      <EpisodeRow key={episode.id} episode={episode} showShow />
                    ))}
                  </ul>
                  <p className="muted">
                    <Link href="/podcasts">All your podcasts</Link>
                  </p>
                </section>
              )}
            </>
          )
        }
      </Loaded>
    </div>
  );
}
