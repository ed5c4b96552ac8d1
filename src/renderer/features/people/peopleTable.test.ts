import { describe, expect, it } from 'vitest';
import type { PersonGlance } from '../../../shared/contract';
import { filterPeople, nextSort, sortPeople } from './peopleTable';

function glance(name: string, patch: Partial<PersonGlance> & { team?: string; managerId?: string | null } = {}): PersonGlance {
  const { team = '', managerId = null, ...rest } = patch;
  return {
    person: { id: name.toLowerCase(), name, role: '', relation: 'salesperson', notes: '', team, managerId, archived: false, createdAt: '', updatedAt: '' },
    openAsks: 0, overdue: 0, mandatesThisQuarter: 0, askShare: null, lastOneOnOne: null, nextOneOnOne: null, reports: 0,
    ...rest,
  };
}

const rows = [
  glance('Dana', { openAsks: 2, askShare: 0.5, team: 'West', managerId: 'sam', nextOneOnOne: { date: '2025-05-16', state: 'upcoming' } }),
  glance('Lee', { openAsks: 5, team: 'East', managerId: 'sam', nextOneOnOne: { date: '2025-05-12', state: 'overdue' } }),
  glance('Sam', { askShare: 0.9, team: 'West' }),
];

describe('the people table', () => {
  it('filters to a team or a manager\'s reports', () => {
    expect(filterPeople(rows, 'team:West').map((r) => r.person.name)).toEqual(['Dana', 'Sam']);
    expect(filterPeople(rows, 'manager:sam').map((r) => r.person.name)).toEqual(['Dana', 'Lee']);
    expect(filterPeople(rows, '')).toHaveLength(3);
  });

  it('sorts by a column either way, people with nothing to show last', () => {
    expect(sortPeople(rows, { key: 'openAsks', descending: true }).map((r) => r.person.name)).toEqual(['Lee', 'Dana', 'Sam']);
    expect(sortPeople(rows, { key: 'askShare', descending: false }).map((r) => r.person.name)).toEqual(['Dana', 'Sam', 'Lee']);
    expect(sortPeople(rows, { key: 'askShare', descending: true }).map((r) => r.person.name)).toEqual(['Sam', 'Dana', 'Lee']);
    expect(sortPeople(rows, { key: 'nextOneOnOne', descending: false }).map((r) => r.person.name)).toEqual(['Lee', 'Dana', 'Sam']);
    expect(sortPeople(rows, { key: 'name', descending: true }).map((r) => r.person.name)).toEqual(['Sam', 'Lee', 'Dana']);
  });

  it('turns the order round on a second click; counts start highest first, names and dates first-first', () => {
    expect(nextSort({ key: 'name', descending: false }, 'name')).toEqual({ key: 'name', descending: true });
    expect(nextSort({ key: 'name', descending: false }, 'overdue')).toEqual({ key: 'overdue', descending: true });
    expect(nextSort({ key: 'overdue', descending: true }, 'nextOneOnOne')).toEqual({ key: 'nextOneOnOne', descending: false });
  });
});
