// Reminders are checked by a pure function: the clock and the log of raised reminders are injected.
import { describe, expect, it } from 'vitest';
import type { AskAction, CoachingAction, MandateAction } from '../../shared/contract';
import { addDays, weekStartOf } from '../../shared/calendarDays';
import { lastWeeks } from '../balance/balance';
import { checkReminders } from './reminders';

const base = { personId: 'p', personName: 'Dana', notes: '', date: '2024-05-01', closedOn: null, lessonIds: [] as string[], episode: null, flags: [], createdAt: '', updatedAt: '' };
const askDue = (id: string, when: string | null, status: AskAction['status'] = 'open'): AskAction => ({ ...base, id, kind: 'ask', text: `ask ${id}`, status, form: 'request', confirmations: { how: null, when, help: null }, escalatedTo: null });
const mandateDue = (id: string, dueDate: string): MandateAction => ({ ...base, id, kind: 'mandate', text: `mandate ${id}`, status: 'open', dueDate, escalates: null, step: 1 });

describe('checkReminders', () => {
  const actions: CoachingAction[] = [askDue('a', '2024-05-06'), askDue('b', '2024-05-03'), askDue('c', '2024-05-09'), askDue('d', '2024-05-01', 'done'), askDue('e', null), mandateDue('m', '2024-05-06')];

  it('shows what is due today or overdue and notifies each once per day', () => {
    const monday = new Date('2024-05-06T08:00:00');
    const first = checkReminders(actions, new Set(), monday);
    expect(first.today).toBe('2024-05-06');
    expect(first.followUps.map((f) => [f.action.id, f.state])).toEqual([['b', 'overdue'], ['a', 'due-today'], ['m', 'due-today']]);
    expect(first.toNotify.map((f) => f.action.id)).toEqual(['b', 'a', 'm']);

    const later = checkReminders(actions, new Set(['b', 'a', 'm']), new Date('2024-05-06T17:00:00'));
    expect(later.followUps).toHaveLength(3);
    expect(later.toNotify).toEqual([]);

    // The next day everything still open is raised again, and "a" is now overdue by one day.
    const tuesday = checkReminders(actions, new Set(), new Date('2024-05-07T08:00:00'));
    expect(tuesday.toNotify.map((f) => [f.action.id, f.daysLate])).toEqual([['b', 4], ['a', 1], ['m', 1]]);
  });
});

describe('weeks', () => {
  it('start on Monday and end with the week holding today', () => {
    expect(weekStartOf('2024-05-06')).toBe('2024-05-06');
    expect(weekStartOf('2024-05-12')).toBe('2024-05-06');
    expect(weekStartOf('2024-01-02')).toBe('2024-01-01');
    expect(weekStartOf('2023-01-01')).toBe('2022-12-26');
    expect(lastWeeks('2024-05-08', 3)).toEqual(['2024-04-22', '2024-04-29', '2024-05-06']);
    expect(addDays('2024-02-28', 2)).toBe('2024-03-01');
  });
});
