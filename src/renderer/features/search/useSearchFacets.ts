// Shows, tags and people to filter by, fetched each time the search panel opens (people change).
import { useEffect, useState } from 'react';
import type { SearchFacets } from '../../../shared/contract';
import { useClient } from '../../transport/connection';

export function useSearchFacets(wanted: boolean): SearchFacets | null {
  const client = useClient();
  const [facets, setFacets] = useState<SearchFacets | null>(null);

  useEffect(() => {
    if (!wanted) return;
    let current = true;
    client.search.facets().then(
      (value) => current && setFacets(value),
      // Without facets the selects simply offer "Any"; search still works.
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [wanted, client]);

  return facets;
}
