// Search as you type: waits ~80 ms after the last keystroke, and drops any answer that arrives
// after a newer query was sent, so results never jump back to an older query. With filters chosen
// and no words, it lists what the filters let through. While the index is still being built, the
// same query is asked again each second until the answer is complete.
import { useEffect, useRef, useState, type RefObject } from 'react';
import type { SearchResults } from '../../../shared/contract';
import { useClient } from '../../transport/connection';
import { errorText } from '../../ui/useLoad';
import { useToday } from '../../ui/useToday';
import { dueRange, hasFilters, type SearchFilters } from './searchModel';

const debounceMs = 80;
const resultLimit = 40;
/** While the index is still being built after start, ask again this often so results fill in. */
const refreshWhileIndexingMs = 1000;

export type SearchState =
  | { status: 'idle' }
  | { status: 'searching'; previous: SearchResults | null }
  | { status: 'ready'; results: SearchResults; pending: boolean }
  | { status: 'error'; message: string; retry: () => void };

interface Answer {
  request: string;
  results?: SearchResults;
  error?: string;
}

/** `onAnswer` is called with each fresh answer, after it is shown. */
export function useSearchResults(query: string, filters: SearchFilters, onAnswer?: RefObject<(results: SearchResults) => void>): SearchState {
  const client = useClient();
  const today = useToday();
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [attempt, setAttempt] = useState(0);
  const latest = useRef(0);
  const q = query.trim();
  const request = JSON.stringify([q, filters, filters.due ? today : '']);
  // Filters alone (no words) list everything they let through.
  const active = q !== '' || hasFilters(filters);

  useEffect(() => {
    if (!active) return;
    const sequence = ++latest.current;
    const timer = window.setTimeout(() => {
      client.search
        .query({
          q,
          kinds: filters.kinds.length ? filters.kinds : undefined,
          modes: filters.modes.length ? filters.modes : undefined,
          shows: filters.show ? [filters.show] : undefined,
          tags: filters.tag ? [filters.tag] : undefined,
          statuses: filters.statuses.length ? filters.statuses : undefined,
          personIds: filters.personId ? [filters.personId] : undefined,
          hasTranscript: filters.hasTranscript || undefined,
          ...dueRange(filters.due, today),
          limit: resultLimit,
        })
        .then(
          (results) => {
            if (sequence !== latest.current) return;
            setAnswer({ request, results });
            onAnswer?.current(results);
          },
          (error: unknown) => sequence === latest.current && setAnswer({ request, error: errorText(error) }),
        );
    }, debounceMs);
    return () => window.clearTimeout(timer);
    // `request` already encodes q and filters.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [request, attempt, client, onAnswer]);

  const indexing = answer?.request === request && answer.results?.indexing !== undefined;
  useEffect(() => {
    if (!active || !indexing) return;
    const timer = window.setTimeout(() => setAttempt((n) => n + 1), refreshWhileIndexingMs);
    return () => window.clearTimeout(timer);
  }, [active, indexing, answer]);

  if (!active) return { status: 'idle' };
  if (answer?.request === request) {
    if (answer.error !== undefined) return { status: 'error', message: answer.error, retry: () => setAttempt((n) => n + 1) };
    if (answer.results) return { status: 'ready', results: answer.results, pending: false };
  }
  // While the new answer is on its way, keep showing the last one to avoid flicker.
  if (answer?.results) return { status: 'ready', results: answer.results, pending: true };
  return { status: 'searching', previous: null };
}
