import { describe, expect, it } from 'vitest';
import type { AskAction, MandateAction, ShareAction } from './contract';
import { allowedStatusChanges, canClimb, confirmationCount, isMandateCandidate, isOverdue } from './actionRules';

const base = { personId: 'p', personName: 'Dana', text: 'x', notes: '', date: '2025-03-01', closedOn: null, lessonIds: [] as string[], episode: null, flags: [], createdAt: '', updatedAt: '' };
const ask = (status: AskAction['status'], when: string | null, escalatedTo: string | null = null): AskAction => ({ ...base, id: 'a', kind: 'ask', status, form: 'request', confirmations: { how: 'Tuesdays', when, help: ' ' }, escalatedTo });
const mandate = (status: MandateAction['status'], dueDate: string | null): MandateAction => ({ ...base, id: 'm', kind: 'mandate', status, dueDate, escalates: 'a', step: 1 });
const share: ShareAction = { ...base, id: 's', kind: 'share', status: 'done', category: 'story' };
const today = '2025-03-10';

describe('the shared coaching rules', () => {
  it('read due dates, overdue and confirmations', () => {
    expect(isOverdue(ask('open', '2025-03-09'), today)).toBe(true);
    expect(isOverdue(ask('open', today), today)).toBe(false);
    expect(isOverdue(ask('done', '2025-03-01'), today)).toBe(false);
    expect(confirmationCount(ask('open', today))).toBe(2); // blank help does not count
  });

  it('say when a mandate may follow an ask, and when a mandate may climb', () => {
    expect(isMandateCandidate(ask('open', '2025-03-09'), today)).toBe(true);
    expect(isMandateCandidate(ask('open', null), today)).toBe(false);
    expect(isMandateCandidate(ask('missed', null), today)).toBe(true);
    expect(isMandateCandidate(ask('missed', null, 'm'), today)).toBe(false);
    expect(isMandateCandidate(share, today)).toBe(false);
    expect(canClimb(mandate('open', '2025-03-09'), today)).toBe(true);
    expect(canClimb(mandate('open', null), today)).toBe(false);
    expect(canClimb(mandate('missed', null), today)).toBe(true);
    expect(canClimb(mandate('done', '2025-03-01'), today)).toBe(false);
  });

  it('allow open → done | missed and back by hand, nothing for shares or escalated asks', () => {
    expect(allowedStatusChanges(ask('open', null))).toEqual(['done', 'missed']);
    expect(allowedStatusChanges(mandate('missed', null))).toEqual(['open']);
    expect(allowedStatusChanges(ask('escalated', null))).toEqual([]);
    expect(allowedStatusChanges(share)).toEqual([]);
  });
});
