import { describe, expect, it } from 'vitest';
import { inlineLinkIds } from './inlineLinks';
import { caretAfterFill, dropEmptySections, entryTemplates, fillTemplate, isTemplateId, isTemplateTitle } from './entryTemplates';

describe('entry templates', () => {
  it('offers the three templates by id', () => {
    expect(entryTemplates.map((t) => t.name)).toEqual(['1:1 reflection', 'Weekly balance review', 'Lesson applied']);
    expect(isTemplateId('one-on-one')).toBe(true);
    expect(isTemplateId('nope')).toBe(false);
    expect(isTemplateId(null)).toBe(false);
  });

  it('a 1:1 fills itself: the person, their open asks with the confirmations given and how late, what the last 1:1 left open, the lesson', () => {
    const { title, body } = fillTemplate('one-on-one', {
      person: { id: 'p-1', name: 'Dana [AE]' },
      today: '2025-03-14',
      openAsks: [
        { id: 'a1', text: 'Update the CRM', confirmations: { how: 'An hour each morning', when: '2025-03-12', help: 'Cover the demo' } },
        { id: 'a2', text: 'Book the QBR', confirmations: { how: null, when: null, help: null } },
      ],
      carriedOver: { items: ['Pipeline review prep'], from: '2025-03-07' },
      lesson: { id: 'three-confirmations', title: 'The three confirmations' },
    });
    expect(title).toBe('1:1 with Dana [AE]');
    expect(body.split('\n').slice(0, 2)).toEqual(['With: [Dana \\[AE\\]](person:p-1)', 'Applying: [The three confirmations](lesson:three-confirmations)']);
    expect(body).toContain('## Carried over from 2025-03-07\n- [ ] Pipeline review prep');
    expect(body).toContain('- [Update the CRM](action:a1): how: An hour each morning; when: 2025-03-12 (2 days late); help: Cover the demo');
    expect(body).toContain('- [Book the QBR](action:a2): how: not confirmed yet; when: not confirmed yet; help: not confirmed yet');
    expect(inlineLinkIds(body)).toMatchObject({ personIds: ['p-1'], actionIds: ['a1', 'a2'], lessonIds: ['three-confirmations'] });
    for (const part of ['## Topics', 'ask: ', 'share: ', 'mandate: ', '## Reflections (private)', '## Next time']) expect(body).toContain(part);
  });

  it('a 1:1 saved unfilled keeps what it knew and drops every empty prompt and heading', () => {
    const filled = fillTemplate('one-on-one', { person: { id: 'p-1', name: 'Dana' }, carriedOver: { items: ['Forecast'], from: '2025-03-07' } }).body;
    expect(dropEmptySections(filled)).toBe('With: [Dana](person:p-1)\n\n## Carried over from 2025-03-07\n- [ ] Forecast');
    expect(dropEmptySections(fillTemplate('one-on-one').body)).toBe('');
    const answered = fillTemplate('one-on-one', { person: { id: 'p-1', name: 'Dana' } }).body.replace('## Topics\n- ', '## Topics\n- Territory split').replace('## Reflections (private)\n', '## Reflections (private)\nShe seemed tired.');
    expect(dropEmptySections(answered)).toBe('With: [Dana](person:p-1)\n\n## Topics\n- Territory split\n\n## Reflections (private)\nShe seemed tired.');
  });

  it('drops nested empty sections, keeps sections with words or code, and never touches code', () => {
    expect(dropEmptySections('# Week\n\n## Empty\n\n### Also empty\n- \n\n## Kept\nWords')).toBe('# Week\n\n## Empty\n\n## Kept\nWords');
    expect(dropEmptySections('## Topics\n\n### Also empty\n- \n\n## Kept\nWords')).toBe('## Kept\nWords');
    // A heading of the leader's own, with nothing under it yet, is theirs to keep.
    expect(dropEmptySections('Notes.\n\n# A heading')).toBe('Notes.\n\n# A heading');
    expect(dropEmptySections('## Code\n```\n- \n## not a heading\n```')).toBe('## Code\n```\n- \n## not a heading\n```');
    expect(dropEmptySections('Plain text, no headings.\n- \n- [ ] \n- [x] done')).toBe('Plain text, no headings.\n- [x] done');
    expect(dropEmptySections('## Only heading\n- ')).toBe('');
    expect(dropEmptySections('## Only heading')).toBe('## Only heading');
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
