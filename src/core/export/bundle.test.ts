// Folder exports through the contract and the shared runner every door uses: links between the
// documents of one folder become relative links that work there, every other app link plain words,
// names are unique and safe, and a stopped export yields nothing.
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { linkMarkdown } from '../../shared/inlineLinks';
import { makeBundle, zipOf, type MadeBundle } from '../../shared/exportBundle';
import { coreForEachTest } from '../../../test/support/coreFixture';

const fixture = coreForEachTest();

const textOf = (bundle: MadeBundle, name: string) => {
  const file = bundle.files.find((f) => f.name === name);
  if (!file) throw new Error(`no ${name} in ${bundle.files.map((f) => f.name).join(', ')}`);
  return new TextDecoder().decode(file.bytes);
};

describe('a folder of lessons', () => {
  it('links its documents to each other by relative file names, and names the rest in plain words', async () => {
    const bundle = await makeBundle(fixture.client, {
      items: [
        { kind: 'lesson', id: 'climb-one-step-at-a-time' },
        { kind: 'lesson', id: 'escalate-only-the-gap' },
      ],
      format: 'md',
    });
    expect(bundle.plan.purpose).toBe('share');
    expect(bundle.plan.holds).toMatch(/^Share: 2 documents .*No journal text, people or actions\./);
    expect(bundle.files.map((f) => f.name)).toEqual(['index.md', 'climb-one-step-at-a-time.md', 'escalate-only-the-gap.md']);
    const climb = textOf(bundle, 'climb-one-step-at-a-time.md');
    expect(climb).toContain('[Escalating fairly](escalate-only-the-gap.md)');
    const index = textOf(bundle, 'index.md');
    expect(index).toContain('](climb-one-step-at-a-time.md)');
    expect(index).toContain('](escalate-only-the-gap.md)');
    for (const file of bundle.files) expect(new TextDecoder().decode(file.bytes)).not.toMatch(/(lesson|item|person|action|entry):/);
  });

  it('links a lesson to its item’s file when only the item is in the folder', async () => {
    const bundle = await makeBundle(fixture.client, {
      items: [
        { kind: 'lesson', id: 'climb-one-step-at-a-time' },
        { kind: 'item', id: 'escalating-fairly' },
      ],
      format: 'html',
    });
    expect(textOf(bundle, 'climb-one-step-at-a-time.html')).toMatch(/<a href="escalating-fairly\.html"[^>]*>Escalating fairly<\/a>/);
  });

  it('keeps a link to a document outside the folder as its words', async () => {
    const bundle = await makeBundle(fixture.client, { items: [{ kind: 'lesson', id: 'climb-one-step-at-a-time' }, { kind: 'lesson', id: 'three-confirmations' }], format: 'md' });
    const climb = textOf(bundle, 'climb-one-step-at-a-time.md');
    expect(climb).toMatch(/See\s+Escalating fairly\./);
    expect(climb).not.toContain('.md)');
  });

  it('makes a PDF of every document, links inside the folder as words', async () => {
    const bundle = await makeBundle(fixture.client, { items: [{ kind: 'lesson', id: 'climb-one-step-at-a-time' }, { kind: 'lesson', id: 'escalate-only-the-gap' }], format: 'pdf' });
    expect(bundle.files.map((f) => f.name)).toEqual(['index.pdf', 'climb-one-step-at-a-time.pdf', 'escalate-only-the-gap.pdf']);
    for (const file of bundle.files) {
      expect(strFromU8(file.bytes.subarray(0, 5))).toBe('%PDF-');
      expect(strFromU8(file.bytes, true)).not.toMatch(/\/URI \((?!https?:|mailto:)/);
    }
  });

  it('checks every id before making anything, and refuses file names it did not make', async () => {
    await expect(makeBundle(fixture.client, { items: [{ kind: 'lesson', id: 'three-confirmations' }, { kind: 'lesson', id: 'no-such-lesson' }], format: 'md' })).rejects.toMatchObject({ code: 'not-found' });
    await expect(
      fixture.client.export.document({ kind: 'lesson', id: 'three-confirmations', format: 'md', together: [{ kind: 'lesson', id: 'x', fileName: '../outside.md' }] }),
    ).rejects.toMatchObject({ code: 'invalid-input' });
    await expect(fixture.client.export.bundle({ format: 'md' })).rejects.toMatchObject({ code: 'invalid-input' });
  });

  it('stops between two documents when asked, and yields no file', async () => {
    const controller = new AbortController();
    const seen: number[] = [];
    const run = makeBundle(
      fixture.client,
      { items: ['three-confirmations', 'climb-one-step-at-a-time', 'escalate-only-the-gap'].map((id) => ({ kind: 'lesson' as const, id })), format: 'md' },
      {
        signal: controller.signal,
        onProgress: ({ done, total }) => {
          seen.push(done);
          expect(total).toBe(3);
          if (done === 1) controller.abort();
        },
      },
    );
    await expect(run).rejects.toMatchObject({ code: 'cancelled', message: expect.stringContaining('no file was written') });
    expect(seen).toEqual([0, 1]);
  });
});

describe('a folder of the journal', () => {
  it('holds one file per entry, oldest first, uniquely named, with people as plain names', async () => {
    const dana = await fixture.client.people.create({ name: 'Dana Whitfield', relation: 'salesperson' });
    const body = `Spoke with ${linkMarkdown('person', dana.id, 'Dana Whitfield')} about ${linkMarkdown('lesson', 'three-confirmations', 'the confirmations')}.`;
    await fixture.client.journal.create({ date: '2025-03-05', title: 'Same title', body });
    await fixture.client.journal.create({ date: '2025-03-05', title: 'Same title', body: 'Second note.' });
    await fixture.client.journal.create({ date: '2025-03-01', title: '', body: 'Earlier.' });
    await fixture.client.journal.create({ date: '2025-02-01', title: 'Outside the range', body: 'Not this one.' });

    const bundle = await makeBundle(fixture.client, { journal: { from: '2025-03-01', to: '2025-03-10' }, format: 'md' });
    expect(bundle.plan.purpose).toBe('archive');
    expect(bundle.plan.folderName).toBe('journal-2025-03-01-to-2025-03-10');
    expect(bundle.plan.holds).toMatch(/^Archive: 3 journal entries from 2025-03-01 to 2025-03-10/);
    expect(bundle.files.map((f) => f.name)).toEqual(['index.md', 'journal-2025-03-01.md', 'journal-2025-03-05-same-title.md', 'journal-2025-03-05-same-title-2.md']);
    const sameDay = [textOf(bundle, 'journal-2025-03-05-same-title.md'), textOf(bundle, 'journal-2025-03-05-same-title-2.md')].join('\n');
    expect(sameDay).toContain('Spoke with Dana Whitfield about The three confirmations: how, when and what help.');
    expect(sameDay).toContain('Second note.');
    for (const file of bundle.files) expect(new TextDecoder().decode(file.bytes)).not.toMatch(new RegExp(`${dana.id}|person:|lesson:`));

    const zip = unzipSync(zipOf(bundle));
    expect(Object.keys(zip).filter((name) => !name.endsWith('/')).sort()).toEqual(bundle.files.map((f) => `journal-2025-03-01-to-2025-03-10/${f.name}`).sort());
    expect(strFromU8(zip['journal-2025-03-01-to-2025-03-10/journal-2025-03-01.md'] as Uint8Array)).toContain('Earlier.');
  });

  it('says so in plain words when the range is empty', async () => {
    await expect(fixture.client.export.bundle({ journal: { from: '2025-01-01', to: '2025-01-31' }, format: 'md' })).rejects.toMatchObject({
      code: 'not-found',
      message: expect.stringContaining('no entries or notes from 2025-01-01 to 2025-01-31'),
    });
  });
});
