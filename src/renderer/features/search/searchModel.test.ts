import { describe, expect, it } from 'vitest';
import { dueRange, hasFilters, noFilters } from './searchModel';

describe('dueRange', () => {
  it('turns a due window into the inclusive date range the core filters by', () => {
    expect(dueRange('', '2025-03-10')).toEqual({});
    expect(dueRange('overdue', '2025-03-01')).toEqual({ dueTo: '2025-02-28' });
    expect(dueRange('today', '2025-03-10')).toEqual({ dueFrom: '2025-03-10', dueTo: '2025-03-10' });
    expect(dueRange('week', '2025-12-29')).toEqual({ dueFrom: '2025-12-29', dueTo: '2026-01-04' });
  });

  it('counts a due window as a filter', () => {
    expect(hasFilters(noFilters)).toBe(false);
    expect(hasFilters({ ...noFilters, due: 'overdue' })).toBe(true);
  });
});
