// Meeting days of a recurring 1:1, and when the next one is due, with plain data.
import { describe, expect, it } from 'vitest';
import type { OneOnOneSchedule } from '../../shared/contract';
import { meetingOnOrAfter, nextOneOnOne } from './schedule';

const weekly: OneOnOneSchedule = { personId: 'p', cadence: 'weekly', day: 5, startsOn: '2025-03-10' }; // Fridays from Monday 10 March
const biweekly: OneOnOneSchedule = { ...weekly, cadence: 'biweekly', day: 2 }; // every other Tuesday
const monthly: OneOnOneSchedule = { ...weekly, cadence: 'monthly', day: 31 };

describe('meeting days', () => {
  it('falls on the weekday every week, from the start', () => {
    expect(meetingOnOrAfter(weekly, '2025-03-01')).toBe('2025-03-14');
    expect(meetingOnOrAfter(weekly, '2025-03-14')).toBe('2025-03-14');
    expect(meetingOnOrAfter(weekly, '2025-03-15')).toBe('2025-03-21');
  });

  it('every other week keeps the weeks counted from the start', () => {
    expect(meetingOnOrAfter(biweekly, '2025-03-10')).toBe('2025-03-11');
    expect(meetingOnOrAfter(biweekly, '2025-03-12')).toBe('2025-03-25');
    expect(meetingOnOrAfter(biweekly, '2025-03-25')).toBe('2025-03-25');
    expect(meetingOnOrAfter(biweekly, '2025-03-26')).toBe('2025-04-08');
  });

  it('monthly takes the last day of a shorter month', () => {
    expect(meetingOnOrAfter(monthly, '2025-03-10')).toBe('2025-03-31');
    expect(meetingOnOrAfter(monthly, '2025-04-01')).toBe('2025-04-30');
    expect(meetingOnOrAfter(monthly, '2025-02-01')).toBe('2025-03-31'); // not before it starts
    expect(meetingOnOrAfter({ ...monthly, day: 29, startsOn: '2024-01-01' }, '2025-02-01')).toBe('2025-02-28');
    expect(meetingOnOrAfter({ ...monthly, day: 5 }, '2025-12-06')).toBe('2026-01-05');
  });
});

describe('the next 1:1', () => {
  it('is upcoming, then due on its day, then overdue until one is held', () => {
    expect(nextOneOnOne(weekly, null, '2025-03-12')).toEqual({ date: '2025-03-14', state: 'upcoming' });
    expect(nextOneOnOne(weekly, null, '2025-03-14')).toEqual({ date: '2025-03-14', state: 'due' });
    expect(nextOneOnOne(weekly, null, '2025-03-20')).toEqual({ date: '2025-03-14', state: 'overdue' });
    // Held on the 14th: the next is the 21st.
    expect(nextOneOnOne(weekly, '2025-03-14', '2025-03-20')).toEqual({ date: '2025-03-21', state: 'upcoming' });
    // Held a day late: the next meeting day still counts.
    expect(nextOneOnOne(weekly, '2025-03-15', '2025-03-21')).toEqual({ date: '2025-03-21', state: 'due' });
  });
});
