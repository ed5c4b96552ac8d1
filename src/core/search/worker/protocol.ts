// The messages between the core and its search worker.
import type { SearchQuery } from '../../../shared/contract';
import type { ErrorPayload } from '../../../shared/errors';

/** What the worker needs to open the same journal and library as the core that starts it. */
export interface SearchWorkerSetup {
  dataDir: string;
  contentDir: string;
  nativeBinding?: string;
  /** Save the index in the data folder and load it at the next start (off only in tests of a cold start). */
  persist: boolean;
  /** Start opening the index at once (doors that stay open) instead of at the first query. */
  openAtOnce: boolean;
}

export type ToWorker =
  | { type: 'query'; id: number; query: SearchQuery }
  | { type: 'ready'; id: number }
  /** The core wrote to the journal: read the change log now, before the next query. */
  | { type: 'catch-up' }
  | { type: 'close'; id: number };

export type FromWorker = { type: 'answer'; id: number; value?: unknown; error?: ErrorPayload } | { type: 'log'; line: string };
