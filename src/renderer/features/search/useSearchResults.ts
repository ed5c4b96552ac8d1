// Search as you type, with no wait after a keystroke: the query is sent at once, or, while an
// answer is still on its way, kept as the one to send when it comes (only the newest: see
// LatestWins). An answer older than the one shown is dropped, so results never jump back to an
// older query; one for a query typed since is shown dimmed until the answer for the box's words
// comes. The first page holds `firstPageSize` hits (few, so each keystroke's answer is small and
// quick to paint); `loadMore` appends `morePageSize` more (the first is not asked again). With filters chosen and no words, it lists what the filters let through. While the
// index is still being built, the same query is asked again each second until the answer is complete.
import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { SearchHit, SearchQuery, SearchResults } from '../../../shared/contract';
import { useClient } from '../../transport/connection';
import { errorText } from '../../ui/useLoad';
import { useToday } from '../../ui/useToday';
import { LatestWins } from './latestWins';
import { dueRange, hasFilters, hitKey, type SearchFilters } from './searchModel';

/** Hits on the first page, asked for at each keystroke. */
export const firstPageSize = 10;
/** Hits each "Show more results" adds. */
export const morePageSize = 20;
/** The most hits one request may ask for (the contract's limit). */
const maxLimit = 200;
/** While the index is still being built after start, ask again this often so results fill in. */
const refreshWhileIndexingMs = 1000;

/** The next page: being fetched, failed, or ready to be asked for. */
export interface MoreResults {
  loading: boolean;
  error: string | null;
  load: () => void;
}

export type SearchState =
  | { status: 'idle' }
  | { status: 'searching'; previous: SearchResults | null }
  /** `more` is null when every hit is shown or the results are not the box's yet. */
  | { status: 'ready'; results: SearchResults; pending: boolean; more: MoreResults | null }
  | { status: 'error'; message: string; retry: () => void };

interface Answer {
  /** The query and filters it answers (see `requestKey`). */
  request: string;
  /** Order of sending: a larger one answers a newer request. */
  sequence: number;
  results?: SearchResults;
  error?: string;
}

type QueryInput = Omit<SearchQuery, 'limit' | 'offset'>;

function queryInput(q: string, filters: SearchFilters, today: string): QueryInput {
  return {
    q,
    kinds: filters.kinds.length ? filters.kinds : undefined,
    modes: filters.modes.length ? filters.modes : undefined,
    shows: filters.show ? [filters.show] : undefined,
    tags: filters.tag ? [filters.tag] : undefined,
    statuses: filters.statuses.length ? filters.statuses : undefined,
    personIds: filters.personId ? [filters.personId] : undefined,
    hasTranscript: filters.hasTranscript || undefined,
    ...dueRange(filters.due, today),
  };
}

/** Appends a page to what is shown, skipping hits already there (ranks may shift while indexing). */
function appendPage(shown: SearchResults, page: SearchResults): SearchResults {
  const seen = new Set(shown.hits.map(hitKey));
  const added: SearchHit[] = page.hits.filter((hit) => !seen.has(hitKey(hit)));
  return { ...page, offset: shown.offset, hits: [...shown.hits, ...added] };
}

/** `onAnswer` is called with each fresh answer to the box's words, after it is shown. */
export function useSearchResults(query: string, filters: SearchFilters, onAnswer?: RefObject<(results: SearchResults) => void>): SearchState {
  const client = useClient();
  const today = useToday();
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [retries, setRetries] = useState(0);
  const [more, setMore] = useState<{ request: string; offset: number; error: string | null } | null>(null);
  const [channel] = useState(() => new LatestWins());
  const latest = useRef(0);
  const shown = useRef<{ request: string; sequence: number } | null>(null);
  const current = useRef('');
  const q = query.trim();
  const request = JSON.stringify([q, filters, filters.due ? today : '']);
  // `request` encodes q, the filters and the day they are read on.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const input = useMemo(() => queryInput(q, filters, today), [request]);
  // Filters alone (no words) list everything they let through.
  const active = q !== '' || hasFilters(filters);

  /** Sends the first `limit` hits of `input` through the channel; the newest answer wins. */
  const ask = useCallback(
    (forRequest: string, forInput: QueryInput, limit: number) => {
      const sequence = ++latest.current;
      const deliver = (next: Answer) => {
        const was = shown.current;
        // Older than what is shown: drop. Not the newest, while the box's own answer is shown: drop.
        if (was && (next.sequence < was.sequence || (next.sequence !== latest.current && was.request === current.current))) return;
        if (next.error !== undefined && next.sequence !== latest.current) return;
        shown.current = { request: next.request, sequence: next.sequence };
        setAnswer(next);
        if (next.results && next.sequence === latest.current) onAnswer?.current(next.results);
      };
      channel.submit(() =>
        client.search.query({ ...forInput, limit, offset: 0 }).then(
          (results) => deliver({ request: forRequest, sequence, results }),
          (error: unknown) => deliver({ request: forRequest, sequence, error: errorText(error) }),
        ),
      );
    },
    [channel, client, onAnswer],
  );

  useEffect(() => {
    current.current = active ? request : '';
    if (active) ask(request, input, firstPageSize);
    // A new query starts again from its first page.
  }, [active, request, input, retries, ask]);

  const results = answer?.request === request ? answer.results : undefined;
  const indexing = results?.indexing !== undefined;
  useEffect(() => {
    if (!active || !indexing || !results) return;
    // Ask again for as many hits as are shown, so pages already added stay.
    const limit = Math.min(maxLimit, Math.max(firstPageSize, results.hits.length));
    const timer = window.setTimeout(() => ask(request, input, limit), refreshWhileIndexingMs);
    return () => window.clearTimeout(timer);
  }, [active, indexing, results, request, input, ask]);

  const loadMore = useCallback(() => {
    if (!results) return;
    const offset = results.hits.length;
    const limit = Math.min(morePageSize, maxLimit);
    setMore({ request, offset, error: null });
    client.search.query({ ...input, limit, offset }).then(
      (page) => {
        setAnswer((was) => (was?.request === request && was.results && was.results.hits.length === offset ? { ...was, results: appendPage(was.results, page) } : was));
        setMore((was) => (was?.request === request && was.offset === offset ? null : was));
      },
      (error: unknown) => setMore((was) => (was?.request === request && was.offset === offset ? { ...was, error: errorText(error) } : was)),
    );
  }, [client, input, request, results]);

  const moreState = useMemo((): MoreResults | null => {
    if (!results || results.hits.length >= results.total) return null;
    const mine = more?.request === request && more.offset === results.hits.length ? more : null;
    return { loading: mine !== null && mine.error === null, error: mine?.error ?? null, load: loadMore };
  }, [results, more, request, loadMore]);

  if (!active) return { status: 'idle' };
  if (answer?.request === request) {
    if (answer.error !== undefined) return { status: 'error', message: answer.error, retry: () => setRetries((n) => n + 1) };
    if (answer.results) return { status: 'ready', results: answer.results, pending: false, more: moreState };
  }
  // While the new answer is on its way, keep showing the last one to avoid flicker.
  if (answer?.results) return { status: 'ready', results: answer.results, pending: true, more: null };
  return { status: 'searching', previous: null };
}
