// The search box at the top of every page: results as you type, grouped by kind, driven by the
// keyboard (↑ ↓ Enter Esc) or the mouse. Ctrl/Cmd+K focuses it from anywhere.
import { useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useLocation } from 'wouter';
import type { SearchHit, SearchResults } from '../../../shared/contract';
import { currentPath, navigate } from '../../navigation/hashLocation';
import { SearchPanel } from './SearchPanel';
import { groupHits, hitKey, optionId, noFilters, routeOfHit, type SearchFilters } from './searchModel';
import { useSearchFacets } from './useSearchFacets';
import { markSearchKey, searchResultsCommitted } from './searchTiming';
import { useSearchResults } from './useSearchResults';
import './search.css';

export function SearchBar() {
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<SearchFilters>(noFilters);
  // The panel belongs to the page it was opened on: moving to another page closes it.
  const [path] = useLocation();
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === path;
  const setOpen = (value: boolean) => setOpenOn(value ? path : null);
  const [activeKey, setActiveKey] = useState<string | null>(null);
  const [briefFor, setBriefFor] = useState<SearchHit | null>(null);
  const openWhenReady = useRef(false);
  const input = useRef<HTMLInputElement>(null);
  const container = useRef<HTMLDivElement>(null);
  const listboxId = useId();

  const onAnswer = useRef<(results: SearchResults) => void>(() => undefined);
  const state = useSearchResults(query, filters, onAnswer);
  const facets = useSearchFacets(open);
  const fresh = state.status === 'ready' && !state.pending;
  const results = state.status === 'ready' ? state.results : null;
  // Grouped once per answer, not once per keystroke.
  const groups = useMemo(() => (results ? groupHits(results.hits) : []), [results]);
  const flat = useMemo(() => groups.flatMap((group) => group.hits), [groups]);
  // Nothing is active until the user moves; Enter then opens the top hit.
  const activeIndex = fresh && activeKey ? flat.findIndex((hit) => hitKey(hit) === activeKey) : -1;
  const activeHit = activeIndex >= 0 ? flat[activeIndex] : undefined;

  const openHit = (hit: SearchHit) => {
    setOpen(false);
    openWhenReady.current = false;
    input.current?.blur();
    navigate(routeOfHit(hit));
  };

  // Enter pressed before the answer came: open the top hit as soon as it is there.
  useEffect(() => {
    // Enter was pressed before this answer came: open its top hit now.
    onAnswer.current = (results) => {
      if (!openWhenReady.current) return;
      openWhenReady.current = false;
      const first = groupHits(results.hits)[0]?.hits[0];
      if (first) openHit(first);
    };
  });

  // The answer to the box's words is in the DOM: the typing benchmark's keystroke → paint measure.
  useLayoutEffect(() => {
    if (open && fresh && results) searchResultsCommitted(query.trim(), results.hits.length);
  });

  // Stable, so the memoised result rows do not re-render on each keystroke.
  const activate = useCallback((hit: SearchHit) => setActiveKey(hitKey(hit)), []);
  const openLatest = useRef(openHit);
  useEffect(() => {
    openLatest.current = openHit;
  });
  const openStable = useCallback((hit: SearchHit) => openLatest.current(hit), []);
  const briefMenuFor = useCallback((hit: SearchHit | null) => {
    setBriefFor(hit);
    if (!hit) input.current?.focus();
  }, []);

  useEffect(() => {
    if (activeHit && open) document.getElementById(optionId(activeHit))?.scrollIntoView({ block: 'nearest' });
  }, [activeHit, open]);

  useEffect(() => {
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        input.current?.focus();
        input.current?.select();
        setOpenOn(currentPath());
      }
    };
    const onPointerDown = (event: PointerEvent) => {
      if (!container.current?.contains(event.target as Node)) setOpenOn(null);
    };
    window.addEventListener('keydown', onKeyDown);
    document.addEventListener('pointerdown', onPointerDown);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('pointerdown', onPointerDown);
    };
  }, []);

  const move = (by: number) => {
    setOpen(true);
    if (!fresh || flat.length === 0) return;
    const from = activeIndex === -1 ? (by > 0 ? -1 : 0) : activeIndex;
    const next = flat[(from + by + flat.length) % flat.length];
    if (next) setActiveKey(hitKey(next));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      move(1);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      move(-1);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const target = activeHit ?? (fresh ? flat[0] : undefined);
      if (target) openHit(target);
      else if (query.trim()) openWhenReady.current = true;
    } else if (event.altKey && event.code === 'KeyB') {
      event.preventDefault();
      const target = activeHit ?? (fresh ? flat[0] : undefined);
      if (target?.kind === 'lesson') setBriefFor(target);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      if (briefFor) setBriefFor(null);
      else if (query) {
        setQuery('');
        setActiveKey(null);
      } else {
        setOpen(false);
        input.current?.blur();
      }
    }
  };

  const expanded = open;
  return (
    <div
      className={`search-bar ${expanded ? 'open' : ''}`}
      ref={container}
      onBlur={(event) => {
        const next = event.relatedTarget as Node | null;
        if (next && !container.current?.contains(next)) setOpen(false);
      }}
    >
      <div className="search-field">
        <svg className="search-icon" width="18" height="18" viewBox="0 0 24 24" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
          <circle cx="11" cy="11" r="7" />
          <path d="m20 20-3.5-3.5" />
        </svg>
        <input
          ref={input}
          type="search"
          aria-label="Search the library"
          placeholder="Search lessons, episodes, articles and your journal"
          autoComplete="off"
          spellCheck={false}
          aria-autocomplete="list"
          aria-controls={expanded && fresh && flat.length > 0 ? listboxId : undefined}
          aria-activedescendant={expanded && activeHit ? optionId(activeHit) : undefined}
          value={query}
          onChange={(event) => {
            markSearchKey(event.target.value);
            setQuery(event.target.value);
            setActiveKey(null);
            setOpen(true);
          }}
          onFocus={() => setOpen(true)}
          onKeyDown={onKeyDown}
        />
        {query ? (
          <button type="button" className="search-clear" aria-label="Clear search" onClick={() => { setQuery(''); input.current?.focus(); }}>
            ×
          </button>
        ) : (
          <kbd className="search-kbd" aria-hidden="true">
            {navigator.platform.startsWith('Mac') ? '⌘K' : 'Ctrl K'}
          </kbd>
        )}
      </div>
      {expanded && (
        <SearchPanel
          listboxId={listboxId}
          query={query}
          state={state}
          groups={groups}
          activeKey={activeHit ? hitKey(activeHit) : null}
          filters={filters}
          facets={facets}
          onFilters={setFilters}
          onActivate={activate}
          onOpen={openStable}
          briefFor={briefFor}
          onBriefFor={briefMenuFor}
        />
      )}
    </div>
  );
}
