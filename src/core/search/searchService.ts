// What the rest of the core asks of search, whether the index lives in this thread (tests, the
// in-process core) or in a worker thread (the app's doors and the CLI): one contract, two homes.
import type { SearchQuery, SearchResults } from '../../shared/contract';

export interface SearchService {
  query(query: SearchQuery): Promise<SearchResults>;
  /** Opens the index (loading or building it) if nobody has yet; resolves when every record is in. */
  ready(): Promise<void>;
  /** Saves what is not saved yet and lets go of the journal. */
  close(): Promise<void>;
}
