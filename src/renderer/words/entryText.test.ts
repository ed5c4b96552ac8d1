import { describe, expect, it } from 'vitest';
import { entryExcerpt, entryTitle } from './entryText';

describe('entry text', () => {
  it('names an untitled entry', () => {
    expect(entryTitle({ title: '  ' })).toBe('Untitled entry');
  });

  it('shows links by their labels and skips headings and unanswered prompts', () => {
    const body = 'With: [Dana \\[AE\\]](person:p1)\n\n## What I asked\n- The ask: update the *CRM*\n- How they will do it: \n\n## Follow-ups\n- ';
    expect(entryExcerpt(body)).toBe('With: Dana [AE] The ask: update the CRM');
  });

  it('keeps plain text and cuts long text', () => {
    expect(entryExcerpt('Asked Dana: how, when, help.\nSecond line')).toBe('Asked Dana: how, when, help. Second line');
    expect(entryExcerpt('x'.repeat(300)).length).toBe(180);
  });
});
