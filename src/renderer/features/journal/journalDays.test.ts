import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, isIsoDay, relativeDay } from './journalDays';

describe('journal days', () => {
  it('accepts only real calendar days', () => {
    expect(isIsoDay('2025-03-10')).toBe(true);
    expect(isIsoDay('2024-02-29')).toBe(true);
    expect(isIsoDay('2025-02-29')).toBe(false);
    expect(isIsoDay('2025-3-10')).toBe(false);
    expect(isIsoDay('today')).toBe(false);
  });

  it('steps across months, years and daylight-saving changes', () => {
    expect(addDays('2025-03-31', 1)).toBe('2025-04-01');
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
    expect(addDays('2025-03-30', 1)).toBe('2025-03-31');
    expect(daysBetween('2025-03-01', '2025-04-01')).toBe(31);
  });

  it('names a day relative to today', () => {
    expect(relativeDay('2025-03-10', '2025-03-10')).toBe('Today');
    expect(relativeDay('2025-03-09', '2025-03-10')).toBe('Yesterday');
    expect(relativeDay('2025-03-11', '2025-03-10')).toBe('Tomorrow');
    expect(relativeDay('2025-03-07', '2025-03-10')).toBe('3 days ago');
    expect(relativeDay('2025-03-12', '2025-03-10')).toBe('In 2 days');
  });
});
