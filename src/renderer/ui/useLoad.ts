// Loads data for a page: tracks loading/ready/error, ignores answers that arrive after the inputs
// changed, and offers a retry. The first answer to settle marks the app ready.
import { useCallback, useEffect, useRef, useState } from 'react';
import { markAppReady } from './appReady';

export type Load<T> =
  | { status: 'loading'; retry: () => void; reload: () => void }
  | { status: 'error'; error: string; retry: () => void; reload: () => void }
  | { status: 'ready'; value: T; retry: () => void; reload: () => void };

type Settled<T> = { status: 'loading' } | { status: 'error'; error: string } | { status: 'ready'; value: T };

export function errorText(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  return 'Something went wrong. Please try again.';
}

/** `key` identifies the request: when it changes, the data is fetched again. */
export function useLoad<T>(key: string, fetcher: () => Promise<T>, options: { marksReady?: boolean } = {}): Load<T> {
  const marksReady = options.marksReady ?? true;
  const [state, setState] = useState<Settled<T> & { key: string }>({ status: 'loading', key });
  const [attempt, setAttempt] = useState(0);
  const fetcherRef = useRef(fetcher);
  useEffect(() => {
    fetcherRef.current = fetcher;
  });

  useEffect(() => {
    let current = true;
    fetcherRef
      .current()
      .then((value) => current && setState({ status: 'ready', value, key }))
      .catch((error: unknown) => current && setState({ status: 'error', error: errorText(error), key }))
      .finally(() => current && marksReady && markAppReady());
    return () => {
      current = false;
    };
  }, [key, attempt, marksReady]);

  /** Shows the spinner again, then refetches. */
  const retry = useCallback(() => {
    setState((s) => ({ status: 'loading', key: s.key }));
    setAttempt((n) => n + 1);
  }, []);
  /** Refetches quietly, keeping what is shown until the answer arrives. */
  const reload = useCallback(() => setAttempt((n) => n + 1), []);

  // A new key shows loading until its own answer arrives, never the previous page's data.
  const settled: Settled<T> = state.key === key ? state : { status: 'loading' };
  return { ...settled, retry, reload };
}
