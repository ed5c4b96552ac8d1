// The search index follows every write: no operation touches it, the stores announce what they
// wrote and the search domain re-reads it. Proven with random sequences of contract writes (people,
// entries, actions, escalations, deletes and restores): afterwards search finds exactly the live
// records, by their current words, and agrees with an index built afresh from the same journal.
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../test/support/tempDirs';
import type { FulcrumClient } from '../../shared/client';
import type { ActionStatus, ResultKind } from '../../shared/contract';
import { FulcrumError } from '../../shared/errors';
import { linkMarkdown } from '../../shared/inlineLinks';
import { createCore, type Core } from '../createCore';
import { inProcessClient } from '../inProcessClient';
import { bundledContentDir } from '../paths';

const now = () => new Date('2025-03-10T09:30:00');

/**
 * Words no stemmer changes and no bundled text holds (consonants only, no "s"), each at least two
 * edits from any other (every letter doubled), so search's typo tolerance never takes one for another.
 */
function tokenOf(n: number): string {
  const letters = 'bcdfghjklmnpqrtvwxz';
  let word = '';
  for (let rest = n; word.length < 6 || rest > 0; rest = Math.floor(rest / letters.length)) word += (letters[rest % letters.length] as string).repeat(2);
  return `qz${word}`;
}

type Op =
  | { op: 'person' }
  | { op: 'renamePerson'; pick: number }
  | { op: 'archivePerson'; pick: number; archived: boolean }
  | { op: 'deletePerson'; pick: number }
  | { op: 'entry'; people: number[] }
  | { op: 'editEntry'; pick: number; people: number[] }
  | { op: 'deleteEntry'; pick: number }
  | { op: 'restoreEntry'; pick: number }
  | { op: 'action'; kind: 'ask' | 'share' | 'mandate'; pick: number; late: boolean }
  | { op: 'editAction'; pick: number }
  | { op: 'setStatus'; pick: number; status: 'open' | 'done' | 'missed' }
  | { op: 'escalate'; pick: number }
  | { op: 'deleteAction'; pick: number }
  | { op: 'restoreAction'; pick: number };

const pick = fc.nat(30);
const someone = fc.array(fc.nat(30), { maxLength: 2 });
const ops: fc.Arbitrary<Op> = fc.oneof(
  { arbitrary: fc.constant({ op: 'person' as const }), weight: 3 },
  fc.record({ op: fc.constant('renamePerson' as const), pick }),
  fc.record({ op: fc.constant('archivePerson' as const), pick, archived: fc.boolean() }),
  fc.record({ op: fc.constant('deletePerson' as const), pick }),
  { arbitrary: fc.record({ op: fc.constant('entry' as const), people: someone }), weight: 2 },
  fc.record({ op: fc.constant('editEntry' as const), pick, people: someone }),
  fc.record({ op: fc.constant('deleteEntry' as const), pick }),
  fc.record({ op: fc.constant('restoreEntry' as const), pick }),
  { arbitrary: fc.record({ op: fc.constant('action' as const), kind: fc.constantFrom('ask' as const, 'share' as const, 'mandate' as const), pick, late: fc.boolean() }), weight: 3 },
  fc.record({ op: fc.constant('editAction' as const), pick }),
  fc.record({ op: fc.constant('setStatus' as const), pick, status: fc.constantFrom('open' as const, 'done' as const, 'missed' as const) }),
  { arbitrary: fc.record({ op: fc.constant('escalate' as const), pick }), weight: 2 },
  fc.record({ op: fc.constant('deleteAction' as const), pick }),
  fc.record({ op: fc.constant('restoreAction' as const), pick }),
);

/** What the test knows of each record: its id, and every word it was ever given. */
interface Known {
  kind: 'person' | 'journal' | 'action';
  id: string;
  words: string[];
}

/** Runs the operations through the contract; refusals by the rules are part of the game. */
async function play(client: FulcrumClient, sequence: Op[]): Promise<Known[]> {
  let counter = 0;
  const word = () => tokenOf(counter++);
  const known: Known[] = [];
  const of = (kind: Known['kind'], n: number) => {
    const list = known.filter((k) => k.kind === kind);
    return list.length ? (list[n % list.length] as Known) : null;
  };
  const linksTo = (people: number[]) => people.map((n) => of('person', n)).filter((p): p is Known => p !== null);
  const entryBody = (text: string, people: Known[]) => `${text} ${people.map((p) => linkMarkdown('person', p.id, p.words.at(-1) as string)).join(' ')}`;
  for (const step of sequence) {
    try {
      switch (step.op) {
        case 'person': {
          const name = word();
          known.push({ kind: 'person', id: (await client.people.create({ name, relation: 'salesperson' })).id, words: [name] });
          break;
        }
        case 'renamePerson': {
          const person = of('person', step.pick);
          if (!person) break;
          const name = word();
          await client.people.update({ id: person.id, name, relation: 'salesperson' });
          person.words.push(name);
          break;
        }
        case 'archivePerson': {
          const person = of('person', step.pick);
          if (person) await client.people.archive({ id: person.id, archived: step.archived });
          break;
        }
        case 'deletePerson': {
          const person = of('person', step.pick);
          if (person) await client.people.delete({ id: person.id });
          break;
        }
        case 'entry': {
          const text = word();
          const entry = await client.journal.create({ date: '2025-03-09', body: entryBody(text, linksTo(step.people)) });
          known.push({ kind: 'journal', id: entry.id, words: [text] });
          break;
        }
        case 'editEntry': {
          const entry = of('journal', step.pick);
          if (!entry) break;
          const text = word();
          await client.journal.update({ id: entry.id, date: '2025-03-08', body: entryBody(text, linksTo(step.people)) });
          entry.words.push(text);
          break;
        }
        case 'deleteEntry':
        case 'restoreEntry': {
          const entry = of('journal', step.pick);
          if (entry) await (step.op === 'deleteEntry' ? client.journal.delete({ id: entry.id }) : client.journal.restore({ id: entry.id }));
          break;
        }
        case 'action': {
          const person = of('person', step.pick);
          if (!person) break;
          const text = word();
          const dated = step.late ? { date: '2025-03-01' } : {};
          const input =
            step.kind === 'ask'
              ? { kind: step.kind, confirmations: { when: step.late ? '2025-03-03' : '2025-03-20', how: word() } }
              : step.kind === 'share'
                ? { kind: step.kind, category: 'idea' as const }
                : { kind: step.kind, dueDate: step.late ? '2025-03-04' : null };
          const action = await client.actions.create({ personId: person.id, text, ...dated, ...input });
          known.push({ kind: 'action', id: action.id, words: [text] });
          break;
        }
        case 'editAction': {
          const action = of('action', step.pick);
          if (!action) break;
          const text = word();
          await client.actions.update({ id: action.id, text, notes: word() });
          action.words.push(text);
          break;
        }
        case 'setStatus': {
          const action = of('action', step.pick);
          if (action) await client.actions.setStatus({ id: action.id, status: step.status });
          break;
        }
        case 'escalate': {
          const action = of('action', step.pick);
          if (!action) break;
          const { mandate } = await client.actions.escalate({ id: action.id });
          known.push({ kind: 'action', id: mandate.id, words: [...action.words] });
          break;
        }
        case 'deleteAction':
        case 'restoreAction': {
          const action = of('action', step.pick);
          if (action) await (step.op === 'deleteAction' ? client.actions.delete({ id: action.id }) : client.actions.restore({ id: action.id }));
          break;
        }
      }
    } catch (error) {
      if (!(error instanceof FulcrumError) || error.code === 'internal') throw error;
    }
  }
  return known;
}

/** The record as it now is through the contract (null once deleted), with its current words. */
async function current(client: FulcrumClient, record: Known): Promise<{ words: string; personId?: string; linked?: string[] } | null> {
  try {
    if (record.kind === 'person') return { words: (await client.people.get({ id: record.id })).person.name };
    if (record.kind === 'journal') {
      const entry = await client.journal.get({ id: record.id });
      return { words: entry.body, linked: entry.personIds };
    }
    const { action } = await client.actions.get({ id: record.id });
    return { words: `${action.text} ${action.notes}`, personId: action.personId };
  } catch (error) {
    if (error instanceof FulcrumError && error.code === 'not-found') return null;
    throw error;
  }
}

const hitIds = async (client: FulcrumClient, q: string, kinds: ResultKind[], statuses?: ActionStatus[]) =>
  (await client.search.query({ q, kinds, limit: 200, ...(statuses ? { statuses } : {}) })).hits.map((h) => h.id).sort();

let temp: Awaited<ReturnType<typeof makeTempDir>>;
beforeEach(async () => {
  temp = await makeTempDir();
});
afterEach(async () => {
  await temp.cleanup();
});

describe('search follows every write', () => {
  it('finds exactly the live records by their current words after any sequence of writes', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(ops, { minLength: 1, maxLength: 25 }), async (sequence) => {
        const dataDir = `${temp.dir}/run-${run++}`;
        const core = await createCore({ dataDir, contentDir: bundledContentDir(), now });
        let fresh: Core | undefined;
        try {
          await core.searchReady(); // built before the writes, so it must follow them
          const client = inProcessClient(core.handlers);
          const known = await play(client, sequence);
          const kinds: Record<Known['kind'], ResultKind> = { person: 'person', journal: 'journal', action: 'action' };
          for (const record of known) {
            const now = await current(client, record);
            for (const word of record.words) {
              const found = (await hitIds(client, word, [kinds[record.kind]])).includes(record.id);
              expect(found, `${record.kind} ${record.id} by "${word}" (now: ${now?.words ?? 'deleted'})`).toBe(now !== null && now.words.includes(word));
            }
          }
          // Names travel: an action and an entry are found by their person's current name.
          const people = new Map<string, string>();
          for (const record of known) if (record.kind === 'person') people.set(record.id, record.words.at(-1) as string);
          for (const record of known) {
            const now = await current(client, record);
            if (!now) continue;
            for (const personId of [now.personId, ...(now.linked ?? [])]) {
              const name = personId ? people.get(personId) : undefined;
              if (name) expect(await hitIds(client, name, [kinds[record.kind]])).toContain(record.id);
            }
          }
          // The library is there beside the journal.
          expect(await hitIds(client, 'three confirmations', ['lesson'])).toContain('three-confirmations');
          // And everything agrees with an index built afresh from the journal as it now is.
          fresh = await createCore({ dataDir, contentDir: bundledContentDir(), now });
          const rebuilt = inProcessClient(fresh.handlers);
          const words = [...new Set(known.flatMap((k) => k.words))];
          for (const word of words) expect(await hitIds(client, word, ['person', 'journal', 'action'])).toEqual(await hitIds(rebuilt, word, ['person', 'journal', 'action']));
          for (const status of ['open', 'done', 'missed', 'escalated'] as const) {
            expect(await hitIds(client, '', ['action'], [status])).toEqual(await hitIds(rebuilt, '', ['action'], [status]));
          }
        } finally {
          fresh?.close();
          core.close();
        }
      }),
      { numRuns: 25 },
    );
  }, 120_000);

  it('keeps writes made while the index is still being built in the background', async () => {
    const dataDir = `${temp.dir}/background`;
    const seeding = await createCore({ dataDir, contentDir: bundledContentDir(), now });
    const seed = inProcessClient(seeding.handlers);
    const first = await seed.journal.create({ date: '2025-03-09', body: `${tokenOf(0)} first` });
    for (let i = 1; i < 1200; i++) await seed.journal.create({ date: '2025-03-09', body: `${tokenOf(i)} filler` });
    seeding.close();

    const core = await createCore({ dataDir, contentDir: bundledContentDir(), now, indexing: 'background' });
    try {
      const client = inProcessClient(core.handlers);
      const early = await client.search.query({ q: tokenOf(5000), kinds: ['journal'] });
      const written: string[] = [];
      let sawProgress = early.indexing !== undefined;
      for (let i = 0; i < 20; i++) {
        written.push((await client.journal.create({ date: '2025-03-10', body: `${tokenOf(5000)} written during the build` })).id);
        if (i === 3) await client.journal.update({ id: first.id, date: '2025-03-09', body: `${tokenOf(6000)} rewritten during the build` });
        sawProgress ||= (await client.search.query({ q: 'x', kinds: ['journal'] })).indexing !== undefined;
        await new Promise((resolve) => setImmediate(resolve)); // let the build take a turn between writes
      }
      expect(sawProgress, 'searches during the build say how far it got').toBe(true);
      await core.searchReady();
      const after = await client.search.query({ q: tokenOf(5000), kinds: ['journal'], limit: 50 });
      expect(after.indexing).toBeUndefined();
      expect(after.hits.map((h) => h.id).sort()).toEqual(written.sort());
      expect(await hitIds(client, tokenOf(6000), ['journal'])).toEqual([first.id]);
      expect(await hitIds(client, tokenOf(0), ['journal'])).toEqual([]);
      expect(await hitIds(client, tokenOf(1199), ['journal'])).toHaveLength(1);
    } finally {
      core.close();
    }
  }, 120_000);
});

describe('closing the core during a background build', () => {
  it('stops the build quietly', async () => {
    const dataDir = `${temp.dir}/closing`;
    const seeding = await createCore({ dataDir, contentDir: bundledContentDir(), now });
    const seed = inProcessClient(seeding.handlers);
    for (let i = 0; i < 1000; i++) await seed.journal.create({ date: '2025-03-09', body: `${tokenOf(i)} entry` });
    seeding.close();
    const core = await createCore({ dataDir, contentDir: bundledContentDir(), now, indexing: 'background' });
    const ready = core.searchReady();
    await new Promise((resolve) => setImmediate(resolve));
    core.close();
    await expect(ready).resolves.toBeUndefined();
  });
});

describe('search follows other processes', () => {
  it('finds what the CLI writes to the same data folder while the app runs, and forgets what it deletes', async () => {
    const dataDir = `${temp.dir}/shared`;
    const app = await createCore({ dataDir, contentDir: bundledContentDir(), now, indexing: 'background' });
    const cli = await createCore({ dataDir, contentDir: bundledContentDir(), now });
    try {
      await app.searchReady();
      const appClient = inProcessClient(app.handlers);
      const cliClient = inProcessClient(cli.handlers);
      const found = (word: string) => hitIds(appClient, word, ['journal', 'person', 'lesson']);
      const eventually = async (word: string, expected: string[]) => {
        for (let waited = 0; JSON.stringify(await found(word)) !== JSON.stringify(expected); waited += 50) {
          if (waited > 5000) throw new Error(`"${word}" did not reach the app's search within 5 s: ${JSON.stringify(await found(word))}`);
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      };
      const entry = await cliClient.journal.create({ date: '2025-03-10', body: `${tokenOf(7000)} written by the CLI` });
      await eventually(tokenOf(7000), [entry.id]);
      const person = await cliClient.people.create({ name: tokenOf(7001), relation: 'customer' });
      await eventually(tokenOf(7001), [person.id]);
      const lesson = await cliClient.lessons.create({ title: `Own ${tokenOf(7002)}` });
      await eventually(tokenOf(7002), [lesson.id].sort());
      await cliClient.journal.delete({ id: entry.id });
      await eventually(tokenOf(7000), []);
    } finally {
      cli.close();
      app.close();
    }
  });
});
