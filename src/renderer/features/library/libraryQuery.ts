// The library's filters live in the address (`#/library?tag=crm&sort=title`), so tag links, Back
// and reloads all land on the same list.
import type { ItemKind } from '../../../shared/contract';

export type LibrarySort = 'newest' | 'oldest' | 'title';

export interface LibraryFilters {
  kind: ItemKind | '';
  show: string;
  tag: string;
  sort: LibrarySort;
}

const sorts: readonly LibrarySort[] = ['newest', 'oldest', 'title'];

export function filtersFromSearch(search: string): LibraryFilters {
  const params = new URLSearchParams(search);
  const kind = params.get('kind');
  const sort = params.get('sort') as LibrarySort | null;
  return {
    kind: kind === 'episode' || kind === 'article' ? kind : '',
    show: params.get('show') ?? '',
    tag: params.get('tag') ?? '',
    sort: sort && sorts.includes(sort) ? sort : 'newest',
  };
}

export function searchFromFilters(filters: LibraryFilters): string {
  const params = new URLSearchParams();
  if (filters.kind) params.set('kind', filters.kind);
  if (filters.show) params.set('show', filters.show);
  if (filters.tag) params.set('tag', filters.tag);
  if (filters.sort !== 'newest') params.set('sort', filters.sort);
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function kindLabel(kind: ItemKind): string {
  return kind === 'episode' ? 'Episode' : 'Article';
}
