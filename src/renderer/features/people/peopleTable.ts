// The people list's rows: filtered to a team or a manager's reports, and sorted by any column. Pure.
import type { PersonGlance } from '../../../shared/contract';

export const sortKeys = ['name', 'openAsks', 'overdue', 'mandates', 'askShare', 'lastOneOnOne', 'nextOneOnOne'] as const;
export type SortKey = (typeof sortKeys)[number];
export interface Sort {
  key: SortKey;
  descending: boolean;
}

/** `team:<name>` or `manager:<person id>`; '' for everyone. */
export type PeopleFilter = string;

export function filterPeople(rows: readonly PersonGlance[], filter: PeopleFilter): PersonGlance[] {
  if (filter.startsWith('team:')) return rows.filter((row) => row.person.team === filter.slice(5));
  if (filter.startsWith('manager:')) return rows.filter((row) => row.person.managerId === filter.slice(8));
  return [...rows];
}

/** What a column sorts by; people with nothing to show sort last either way. */
function valueOf(row: PersonGlance, key: SortKey): string | number | null {
  switch (key) {
    case 'name':
      return row.person.name.toLocaleLowerCase();
    case 'openAsks':
      return row.openAsks;
    case 'overdue':
      return row.overdue;
    case 'mandates':
      return row.mandatesThisQuarter;
    case 'askShare':
      return row.askShare;
    case 'lastOneOnOne':
      return row.lastOneOnOne;
    case 'nextOneOnOne':
      return row.nextOneOnOne?.date ?? null;
  }
}

export function sortPeople(rows: readonly PersonGlance[], sort: Sort): PersonGlance[] {
  const direction = sort.descending ? -1 : 1;
  return [...rows].sort((a, b) => {
    const x = valueOf(a, sort.key);
    const y = valueOf(b, sort.key);
    if (x === null || y === null) {
      if (x !== y) return x === null ? 1 : -1;
    } else if (x !== y) {
      return (x < y ? -1 : 1) * direction;
    }
    return a.person.name.localeCompare(b.person.name);
  });
}

/** Clicking a column sorts by it; clicking it again turns the order round. Counts start highest first. */
export function nextSort(current: Sort, key: SortKey): Sort {
  if (current.key === key) return { key, descending: !current.descending };
  return { key, descending: key !== 'name' && key !== 'nextOneOnOne' };
}
