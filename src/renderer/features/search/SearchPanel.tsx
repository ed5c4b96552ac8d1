// What opens under the search box: filters, a line while the index is still being built, then
// results, a hint, or "No results"; under the results, "Show more results" fetches the next page.
import { useId, useState } from 'react';
import type { SearchFacets, SearchHit } from '../../../shared/contract';
import { BriefMenu } from '../../widgets/AddToBriefButton';
import { ExportFolderDialog } from '../../widgets/ExportFolderDialog';
import { SearchFiltersBar } from './SearchFiltersBar';
import { SearchResultList } from './SearchResultList';
import { hasFilters, indexingNotice, type HitGroup, type SearchFilters } from './searchModel';
import type { MoreResults, SearchState } from './useSearchResults';

interface Props {
  listboxId: string;
  query: string;
  state: SearchState;
  groups: HitGroup[];
  activeKey: string | null;
  filters: SearchFilters;
  facets: SearchFacets | null;
  onFilters: (filters: SearchFilters) => void;
  onActivate: (hit: SearchHit) => void;
  onOpen: (hit: SearchHit) => void;
  /** The lesson whose "Add to brief" menu is open, if any. */
  briefFor: SearchHit | null;
  onBriefFor: (hit: SearchHit | null) => void;
}

/** The hits that can be shared as documents: lessons and library items (never journal, people or actions). */
function shareableHits(state: SearchState): Array<{ kind: 'lesson' | 'item'; id: string }> {
  if (state.status !== 'ready') return [];
  return state.results.hits.flatMap((hit): Array<{ kind: 'lesson' | 'item'; id: string }> =>
    hit.kind === 'lesson' ? [{ kind: 'lesson', id: hit.id }] : hit.kind === 'episode' || hit.kind === 'article' ? [{ kind: 'item', id: hit.id }] : [],
  );
}

const count = new Intl.NumberFormat('en');

/** The next page, on demand: a button (for the keyboard too) with how many of the hits are shown. */
function ShowMore({ more, shown, total }: { more: MoreResults; shown: number; total: number }) {
  const countId = useId();
  return (
    <div className="search-more">
      <span id={countId} className="search-more-count">
        {count.format(shown)} of {count.format(total)}
      </span>
      <button
        type="button"
        className="button button-small"
        aria-describedby={countId}
        aria-disabled={more.loading || undefined}
        onClick={() => !more.loading && more.load()}
      >
        {more.error ? 'Try again to show more results' : 'Show more results'}
      </button>
      {more.loading && <span className="search-more-loading">Loading…</span>}
      {more.error && (
        <p className="search-error" role="alert">
          {more.error}
        </p>
      )}
    </div>
  );
}

export function SearchPanel(props: Props) {
  const { state, query, filters, briefFor } = props;
  const [exporting, setExporting] = useState(false);
  const indexing = state.status === 'ready' ? state.results.indexing : undefined;
  const shareable = shareableHits(state);
  const more = state.status === 'ready' && props.groups.length > 0 ? state.more : null;
  return (
    <div className="search-panel">
      <SearchFiltersBar filters={filters} facets={props.facets} onChange={props.onFilters} />
      {indexing && (
        <div className="search-indexing">
          <p role="status">{indexingNotice(indexing)}</p>
          <progress value={Math.min(indexing.indexed, indexing.total)} max={Math.max(1, indexing.total)} aria-label="Indexing the library" />
        </div>
      )}
      {/* Focusable so the list can also be scrolled with the keyboard; arrows in the box move the choice. */}
      <div className="search-body" tabIndex={0} role="region" aria-label="Search results, scrollable">
        {state.status === 'idle' && (
          <p className="search-hint">Type a word or two, or pick a filter. Results appear as you type, from lessons, episodes, articles and your journal.</p>
        )}
        {(state.status === 'searching' || (state.status === 'ready' && state.pending && props.groups.length === 0)) && (
          <p className="search-hint">Searching…</p>
        )}
        {state.status === 'error' && (
          <div className="search-hint search-error" role="alert">
            <p>{state.message}</p>
            <button type="button" className="button button-small" onClick={state.retry}>
              Retry
            </button>
          </div>
        )}
        {state.status === 'ready' && props.groups.length === 0 && !state.pending && (
          <div className="search-empty" role="status">
            <p className="search-empty-title">{query.trim() ? `No results for “${query.trim()}”` : 'Nothing matches these filters'}</p>
            <p className="search-hint">
              {hasFilters(filters)
                ? 'Try clearing the filters, or use fewer or different words.'
                : 'Try fewer or different words, or a shorter form such as “mandat” or “coach”.'}
            </p>
          </div>
        )}
        {state.status === 'ready' && props.groups.length > 0 && (
          <SearchResultList
            id={props.listboxId}
            groups={props.groups}
            activeKey={props.activeKey}
            stale={state.pending}
            onActivate={props.onActivate}
            onOpen={props.onOpen}
            onAddToBrief={props.onBriefFor}
          />
        )}
        {more && state.status === 'ready' && <ShowMore more={more} shown={state.results.hits.length} total={state.results.total} />}
      </div>
      {briefFor && (
        <div className="search-brief" onKeyDown={(event) => event.key === 'Escape' && (event.stopPropagation(), props.onBriefFor(null))}>
          <p className="search-brief-title">Add “{briefFor.title}” to:</p>
          <BriefMenu key={briefFor.id} lessonId={briefFor.id} autoFocus className="search-brief-menu" onDone={() => props.onBriefFor(null)} />
        </div>
      )}
      {state.status === 'ready' && props.groups.length > 0 && (
        <div className="search-footer">
          <span aria-hidden="true">
            {state.results.total > state.results.hits.length
              ? `${count.format(state.results.hits.length)} of ${count.format(state.results.total)} results`
              : `${state.results.total} ${state.results.total === 1 ? 'result' : 'results'}`}
          </span>
          <span aria-hidden="true">
            <kbd>↑</kbd>
            <kbd>↓</kbd> to move · <kbd>Enter</kbd> to open · <kbd>Alt</kbd>+<kbd>B</kbd> add to a brief · <kbd>Esc</kbd> to clear
          </span>
          {shareable.length > 0 && (
            <button type="button" className="button button-small search-export" aria-haspopup="dialog" onClick={() => setExporting(true)}>
              Export {shareable.length === 1 ? 'this result' : `these ${shareable.length} results`}…
            </button>
          )}
        </div>
      )}
      {exporting && shareable.length > 0 && (
        <ExportFolderDialog title={query.trim() ? `Export the results for “${query.trim()}”` : 'Export these results'} contents={{ items: shareable }} offersJournal onClose={() => setExporting(false)} />
      )}
    </div>
  );
}
