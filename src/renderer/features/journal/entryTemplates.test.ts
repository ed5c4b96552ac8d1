import { describe, expect, it } from 'vitest';
import { inlineLinkIds } from '../../../shared/inlineLinks';
import { entryExcerpt } from '../../words/entryText';
import { caretAfterFill, entryTemplates, fillTemplate, isTemplateId, isTemplateTitle } from './entryTemplates';

describe('entry templates', () => {
  it('offers the three templates by id', () => {
    expect(entryTemplates.map((t) => t.name)).toEqual(['1:1 reflection', 'Weekly balance review', 'Lesson applied']);
    expect(isTemplateId('one-on-one')).toBe(true);
    expect(isTemplateId('nope')).toBe(false);
    expect(isTemplateId(null)).toBe(false);
  });

  it('1:1 reflection asks for the three confirmations, what was shared and mandated, and follow-ups', () => {
    const withDana = fillTemplate('one-on-one', { person: { id: 'p-1', name: 'Dana [AE]' } });
    expect(withDana.title).toBe('1:1 with Dana [AE]');
    expect(withDana.body.split('\n')[0]).toBe('With: [Dana \\[AE\\]](person:p-1)');
    const { title, body } = fillTemplate('one-on-one');
    expect(title).toBe('1:1 reflection');
    for (const part of ['How they will do it', 'When I can expect it', 'The help they asked me for', '## What I shared', '## What I mandated', 'The ask it follows', '## Follow-ups']) {
      expect(body).toContain(part);
    }
  });

  it('a 1:1 reflection’s excerpt shows what was written, not its headings and unanswered prompts', () => {
    const body = fillTemplate('one-on-one').body.replace('With: ', 'With: [Dana \\[AE\\]](person:p1)').replace('- The ask: ', '- The ask: update the *CRM*');
    expect(entryExcerpt(body)).toBe('With: Dana [AE] The ask: update the CRM');
  });

  it('weekly balance review fills the week’s counts and links the mandates made without an ask', () => {
    const { title, body } = fillTemplate('weekly-balance', {
      week: { label: '10 Mar 2025', ask: 3, share: 1, mandate: 2, askShare: 0.5, askTarget: 0.6, mandatesWithoutAsk: [{ id: 'm1', text: 'Update the CRM', personName: 'Dana' }] },
    });
    expect(title).toBe('Weekly balance review, week of 10 Mar 2025');
    expect(body).toContain('- Asks: 3\n- Shares: 1\n- Mandates: 2');
    expect(body).toContain('Asks were 50% of my actions (target 60%), below target');
    expect(inlineLinkIds(body).actionIds).toEqual(['m1']);
    expect(fillTemplate('weekly-balance').body).toContain('## What I will ask next week');
  });

  it('lesson applied links the lesson it was opened from', () => {
    const filled = fillTemplate('lesson-applied', { lesson: { id: 'three-confirmations', title: 'The three confirmations' } });
    expect(filled.title).toBe('Applied: The three confirmations');
    expect(inlineLinkIds(filled.body).lessonIds).toEqual(['three-confirmations']);
    expect(fillTemplate('lesson-applied').title).toBe('Lesson applied');
  });

  it('knows which titles a template wrote', () => {
    expect(isTemplateTitle('')).toBe(true);
    expect(isTemplateTitle('Applied: X')).toBe(true);
    expect(isTemplateTitle('CRM cleanup with Dana')).toBe(false);
  });

  it('puts the caret where the first answer goes', () => {
    expect(caretAfterFill(fillTemplate('one-on-one').body)).toBe('With: '.length);
    expect(caretAfterFill('## The lesson\n\n## What I did')).toBe('## The lesson\n'.length);
    expect(caretAfterFill('Plain')).toBe(5);
  });
});
