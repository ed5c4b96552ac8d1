import { describe, expect, it } from 'vitest';
import { dueRange, hasFilters, indexingNotice, noFilters } from './searchModel';

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

describe('indexingNotice', () => {
  it('says how far the index got and that results may be incomplete', () => {
    expect(indexingNotice({ indexed: 1200, total: 14000 })).toBe('Indexing the library… 1,200 of 14,000 — results may be incomplete');
    expect(indexingNotice({ indexed: 0, total: 35 })).toBe('Indexing the library… 0 of 35 — results may be incomplete');
  });

  it('never counts past the total', () => {
    expect(indexingNotice({ indexed: 14010, total: 14000 })).toBe('Indexing the library… 14,000 of 14,000 — results may be incomplete');
  });
});
