// The search namespace: queries over everything, and the values its filters offer.
import type { OperationsOf } from '../../shared/contract';
import type { Handlers } from '../../shared/dispatch';
import type { LibrarySource } from '../library/librarySource';
import type { PeopleStore } from '../people/peopleStore';
import type { LiveSearch } from './liveSearch';

export interface SearchDeps {
  search: LiveSearch;
  library: LibrarySource;
  people: PeopleStore;
}

export function searchHandlers(d: SearchDeps): Handlers<OperationsOf<'search'>> {
  return {
    'search.query': (query) => d.search.query(query),
    'search.facets': async () => ({
      ...(await d.library()).library.facets(),
      people: d.people.list({ includeArchived: true }).map(({ id, name }) => ({ id, name })),
    }),
  };
}
