// Team briefs through the contract: made, reordered, commented, duplicated, deleted with undo, and
// exported to share with the leader's words and the library's text only.
import { describe, expect, it } from 'vitest';
import { coreForEachTest } from '../../../test/support/coreFixture';

const fixture = coreForEachTest();

describe('team briefs', () => {
  it('are made, added to, reordered, commented, duplicated, and deleted with undo', async () => {
    const brief = await fixture.client.briefs.create({ title: 'Q3 kickoff', introduction: 'Three habits for **this quarter**.' });
    expect(brief).toMatchObject({ title: 'Q3 kickoff', lessons: [] });
    await fixture.client.briefs.addLesson({ id: brief.id, lessonId: 'three-confirmations' });
    await fixture.client.briefs.addLesson({ id: brief.id, lessonId: 'crm-compliance' });
    const twice = await fixture.client.briefs.addLesson({ id: brief.id, lessonId: 'three-confirmations' });
    expect(twice.lessons.map((l) => l.lessonId)).toEqual(['three-confirmations', 'crm-compliance']);
    const lesson = await fixture.client.library.lesson({ id: 'crm-compliance' });
    expect(twice.lessons[1]?.title).toBe(lesson.lesson.title);

    const reordered = await fixture.client.briefs.update({
      id: brief.id,
      title: 'Q3 kickoff',
      introduction: 'Three habits for **this quarter**.',
      lessons: [
        { lessonId: 'crm-compliance', comment: 'Our biggest gap.' },
        { lessonId: 'three-confirmations', comment: '' },
      ],
    });
    expect(reordered.lessons.map((l) => [l.lessonId, l.comment])).toEqual([['crm-compliance', 'Our biggest gap.'], ['three-confirmations', '']]);

    const copy = await fixture.client.briefs.duplicate({ id: brief.id });
    expect(copy).toMatchObject({ title: 'Q3 kickoff (copy)', lessons: reordered.lessons });
    expect(copy.id).not.toBe(brief.id);
    await fixture.client.briefs.delete({ id: brief.id });
    expect((await fixture.client.briefs.list()).map((b) => b.title)).toEqual(['Q3 kickoff (copy)']);
    expect(await fixture.client.briefs.restore({ id: brief.id })).toEqual(reordered);
  });

  it('refuses unknown lessons, a lesson twice and an empty title, saving nothing', async () => {
    await expect(fixture.client.briefs.create({ title: 'X', lessons: [{ lessonId: 'no-such-lesson' }] })).rejects.toThrow('No lesson is called "no-such-lesson"');
    await expect(fixture.client.briefs.create({ title: 'X', lessons: [{ lessonId: 'crm-compliance' }, { lessonId: 'crm-compliance' }] })).rejects.toThrow(/Lessons hold a lesson only once/);
    await expect(fixture.client.briefs.create({ title: '  ' })).rejects.toThrow(/Title is required/);
    expect(await fixture.client.briefs.list()).toEqual([]);
  });

  it('exports to share: the introduction, each lesson with its comment, no journal', async () => {
    const dana = await fixture.client.people.create({ name: 'Dana Secretname', relation: 'salesperson' });
    await fixture.client.journal.create({ date: '2025-03-09', body: `Private note about [Dana](person:${dana.id})`, lessonIds: ['crm-compliance'] });
    const brief = await fixture.client.briefs.create({
      title: 'Q3 kickoff',
      introduction: 'Three habits for **this quarter**.\n\n<script>alert(1)</script>',
      lessons: [{ lessonId: 'crm-compliance', comment: 'Our biggest gap. [see](javascript:alert(2))' }, { lessonId: 'three-confirmations' }],
    });
    const doc = await fixture.client.export.document({ kind: 'brief', id: brief.id, format: 'md' });
    expect(doc).toMatchObject({ purpose: 'share', fileName: 'q3-kickoff.md' });
    expect(doc.holds).toBe('Share: 2 lessons from the library with your introduction and comments. No journal text, people or actions.');
    const crm = await fixture.client.library.lesson({ id: 'crm-compliance' });
    const md = doc.content;
    expect(md.split('\n')[0]).toBe('# Q3 kickoff');
    expect(md).toContain('Three habits for **this quarter**.');
    expect(md.indexOf(`## ${crm.lesson.title}`)).toBeLessThan(md.indexOf('## The three confirmations'));
    expect(md).toContain('> Our biggest gap. see');
    expect(md).toContain('\\<script>alert(1)\\</script>'); // kept as escaped text, never as HTML
    expect(md).not.toMatch(/javascript:|(?<!\\)<script>|Private note|Secretname|person:/);
  });

  it('names its file safely on every system, whatever the title', async () => {
    const con = await fixture.client.briefs.create({ title: 'CON', lessons: [{ lessonId: 'crm-compliance' }] });
    expect((await fixture.client.export.document({ kind: 'brief', id: con.id, format: 'md' })).fileName).toBe('_con.md');
    const cyrillic = await fixture.client.briefs.create({ title: 'План на квартал', lessons: [] });
    expect((await fixture.client.export.document({ kind: 'brief', id: cyrillic.id, format: 'html' })).fileName).toBe('план-на-квартал.html');
    const symbols = await fixture.client.briefs.create({ title: '***', lessons: [] });
    expect((await fixture.client.export.document({ kind: 'brief', id: symbols.id, format: 'pdf' })).fileName).toBe('brief.pdf');
  });
});
