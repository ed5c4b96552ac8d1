// What opens under the search box: filters, a line while the index is still being built, then
// results, a hint, or "No results".
import type { SearchFacets, SearchHit } from '../../../shared/contract';
import { SearchFiltersBar } from './SearchFiltersBar';
import { SearchResultList } from './SearchResultList';
import { hasFilters, indexingNotice, type HitGroup, type SearchFilters } from './searchModel';
import type { SearchState } from './useSearchResults';

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
}

export function SearchPanel(props: Props) {
  const { state, query, filters } = props;
  const indexing = state.status === 'ready' ? state.results.indexing : undefined;
  return (
    <div className="search-panel">
      <SearchFiltersBar filters={filters} facets={props.facets} onChange={props.onFilters} />
      {indexing && (
        <p className="search-indexing" role="status">
          {indexingNotice(indexing)}
        </p>
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
          />
        )}
      </div>
      {state.status === 'ready' && props.groups.length > 0 && (
        <div className="search-footer" aria-hidden="true">
          <span>
            {state.results.total > state.results.hits.length
              ? `Top ${state.results.hits.length} of ${state.results.total} results`
              : `${state.results.total} ${state.results.total === 1 ? 'result' : 'results'}`}
          </span>
          <span>
            <kbd>↑</kbd>
            <kbd>↓</kbd> to move · <kbd>Enter</kbd> to open · <kbd>Esc</kbd> to clear
          </span>
        </div>
      )}
    </div>
  );
}
