// The search namespace: queries over everything, and the values its filters offer.
import type { OperationsOf } from '../../shared/contract';
import type { Handlers } from '../../shared/dispatch';
import type { LibrarySource } from '../library/librarySource';
import type { PeopleStore } from '../people/peopleStore';
import type { FeedStore } from '../feeds/feedStore';
import type { SearchService } from './searchService';

export interface SearchDeps {
  search: SearchService;
  library: LibrarySource;
  people: PeopleStore;
  feeds: FeedStore;
}

export function searchHandlers(d: SearchDeps): Handlers<OperationsOf<'search'>> {
  return {
    'search.query': (query) => d.search.query(query),
    'search.facets': async () => {
      const facets = (await d.library()).library.facets();
      const shows = new Set([...facets.shows, ...d.feeds.listFeeds().map((feed) => feed.title).filter(Boolean)]);
      return {
        ...facets,
        shows: [...shows].sort((a, b) => a.localeCompare(b)),
        people: d.people.list({ includeArchived: true }).map(({ id, name }) => ({ id, name })),
      };
    },
  };
}
