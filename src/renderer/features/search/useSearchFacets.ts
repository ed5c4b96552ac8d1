// Shows and tags to filter by, fetched the first time the search panel opens.
import { useEffect, useState } from 'react';
import type { SearchFacets } from '../../../shared/types';
import { useClient } from '../../app/connection';

export function useSearchFacets(wanted: boolean): SearchFacets | null {
  const client = useClient();
  const [facets, setFacets] = useState<SearchFacets | null>(null);
  const [asked, setAsked] = useState(false);
  if (wanted && !asked) setAsked(true);

  useEffect(() => {
    if (!asked) return;
    let current = true;
    client.search.facets().then(
      (value) => current && setFacets(value),
      // Without facets the show and tag selects simply offer "Any"; search still works.
      () => current && setAsked(false),
    );
    return () => {
      current = false;
    };
  }, [asked, client]);

  return facets;
}
