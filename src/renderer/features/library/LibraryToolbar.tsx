// Filters and sort order above the library list.
import type { SearchFacets } from '../../../shared/contract';
import { MenuSelect } from '../../ui/MenuSelect';
import type { LibraryFilters, LibrarySort } from './libraryQuery';

interface Props {
  filters: LibraryFilters;
  facets: SearchFacets | null;
  onChange: (filters: LibraryFilters) => void;
}

const kinds = [
  { value: '', label: 'All' },
  { value: 'episode', label: 'Episodes' },
  { value: 'article', label: 'Articles' },
] as const;

const sortChoices = [
  { value: 'newest', label: 'Newest first' },
  { value: 'oldest', label: 'Oldest first' },
  { value: 'title', label: 'Title A–Z' },
];

export function LibraryToolbar({ filters, facets, onChange }: Props) {
  // A show or tag from an old link may not be in the facets; keep it selectable.
  const shows = withValue(facets?.shows ?? [], filters.show);
  const tags = withValue(facets?.tags ?? [], filters.tag);
  return (
    <div className="toolbar" role="group" aria-label="Filter and sort the library">
      <div className="segmented" role="group" aria-label="Kind">
        {kinds.map((kind) => (
          <button key={kind.value} type="button" aria-pressed={filters.kind === kind.value} className={filters.kind === kind.value ? 'pressed' : ''} onClick={() => onChange({ ...filters, kind: kind.value })}>
            {kind.label}
          </button>
        ))}
      </div>
      <MenuSelect
        label="Show"
        value={filters.show}
        choices={[{ value: '', label: 'All shows' }, ...shows.map((show) => ({ value: show, label: show }))]}
        onChange={(show) => onChange({ ...filters, show })}
      />
      <MenuSelect
        label="Tag"
        value={filters.tag}
        choices={[{ value: '', label: 'All tags' }, ...tags.map((tag) => ({ value: tag, label: tag }))]}
        onChange={(tag) => onChange({ ...filters, tag })}
      />
      <MenuSelect className="toolbar-end" label="Sort" value={filters.sort} choices={sortChoices} onChange={(sort) => onChange({ ...filters, sort: sort as LibrarySort })} />
    </div>
  );
}

function withValue(list: string[], value: string): string[] {
  return value && !list.includes(value) ? [value, ...list] : list;
}
