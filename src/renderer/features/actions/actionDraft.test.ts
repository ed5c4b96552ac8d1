// The action form's draft: a mandate proposes the most overdue ask of its person, takes the ask's
// words, and never overrides the leader's own choice or words.
import { describe, expect, it } from 'vitest';
import type { AskAction } from '../../../shared/contract';
import { createInput, emptyDraft, escalating, forPerson, withProposedEscalation } from './actionDraft';

function ask(id: string, personId: string, text: string, lessonIds: string[] = []): AskAction {
  return {
    id, personId, personName: personId, kind: 'ask', text, notes: '', date: '2025-03-01', status: 'open', closedOn: null, lessonIds, episode: null, flags: [],
    createdAt: '2025-03-01T09:00:00.000Z', updatedAt: '2025-03-01T09:00:00.000Z', form: 'request', confirmations: { how: null, when: '2025-03-05', help: null }, escalatedTo: null,
  };
}

// Candidates as the core lists them: the most overdue first.
const candidates = [ask('a1', 'dana', 'Clean the pipeline', ['three-confirmations']), ask('a2', 'dana', 'Update the CRM'), ask('b1', 'sam', 'Send the forecast')];

describe('the ask a mandate proposes', () => {
  it('is the most overdue ask of the chosen person, with its words and lessons', () => {
    const draft = withProposedEscalation(emptyDraft({ kind: 'mandate', personId: 'dana' }), candidates);
    expect(draft).toMatchObject({ escalates: 'a1', escalationChosen: false, text: 'Clean the pipeline', lessonIds: ['three-confirmations'] });
    expect(createInput(draft)).toMatchObject({ kind: 'mandate', escalates: 'a1' });
  });

  it('is nothing for an ask, a share, no person, or a person with no candidate', () => {
    for (const patch of [{ kind: 'ask' as const, personId: 'dana' }, { kind: 'share' as const, personId: 'dana' }, { kind: 'mandate' as const }, { kind: 'mandate' as const, personId: 'lee' }]) {
      expect(withProposedEscalation(emptyDraft(patch), candidates).escalates).toBe('');
    }
  });

  it('leaves "no earlier ask" alone once the leader chose it', () => {
    const chosen = { ...escalating(emptyDraft({ kind: 'mandate', personId: 'dana' }), '', candidates), escalationChosen: true };
    expect(withProposedEscalation(chosen, candidates).escalates).toBe('');
    expect(createInput(chosen)).toMatchObject({ escalates: null });
  });

  it('keeps words the leader wrote, and replaces the words of the previous ask', () => {
    const own = withProposedEscalation(emptyDraft({ kind: 'mandate', personId: 'dana', text: 'Every opportunity dated by Friday' }), candidates);
    expect(own).toMatchObject({ escalates: 'a1', text: 'Every opportunity dated by Friday' });
    const proposed = withProposedEscalation(emptyDraft({ kind: 'mandate', personId: 'dana' }), candidates);
    expect(escalating(proposed, 'a2', candidates)).toMatchObject({ escalates: 'a2', text: 'Update the CRM', lessonIds: [] });
    const afterNone = escalating({ ...escalating(proposed, '', candidates), escalationChosen: true }, 'a2', candidates);
    expect(afterNone).toMatchObject({ escalates: 'a2', text: 'Update the CRM' });
    const ownLessons = { ...proposed, lessonIds: ['coaching-ladders'] };
    expect(escalating(ownLessons, 'a2', candidates).lessonIds).toEqual(['coaching-ladders']);
  });

  it('is proposed afresh for another person, without the words and lessons of the previous one', () => {
    const forDana = withProposedEscalation(emptyDraft({ kind: 'mandate', personId: 'dana' }), candidates);
    const forSam = withProposedEscalation(forPerson(forDana, 'sam', candidates), candidates);
    expect(forSam).toMatchObject({ personId: 'sam', escalates: 'b1', text: 'Send the forecast', lessonIds: [] });
    const forLee = withProposedEscalation(forPerson(forDana, 'lee', candidates), candidates);
    expect(forLee).toMatchObject({ personId: 'lee', escalates: '', text: '', lessonIds: [] });
  });
});
