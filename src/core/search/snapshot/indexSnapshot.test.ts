import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { SearchDocument, TextSource } from '../searchDocument';
import { SearchIndex } from '../searchIndex';
import { loadSnapshot, saveSnapshot, snapshotFolder, snapshotVersion } from './indexSnapshot';

const folders: string[] = [];
function dataDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'fulcrum-snapshot-'));
  folders.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const fingerprint = { journalId: 'journal-1', seq: 42, writer: 'w', library: 'lib-hash' };

const vocabulary = 'pipeline pipelines buyer buyers confirm confirmation coaching coach forecast forecasting deal deals escalate escalation mandate mandates share sharing quota territory champion objection review reviews renewal discount hygiene onboarding'.split(' ');
const kinds = ['lesson', 'episode', 'article', 'journal', 'note'] as const;

/** A small library of documents made from a few sales words, the same every run. */
class Library {
  readonly docs: SearchDocument[] = [];
  constructor(size: number) {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const pick = () => vocabulary[Math.floor(next() * vocabulary.length)] as string;
    for (let n = 0; n < size; n++) {
      const kind = kinds[n % kinds.length] as (typeof kinds)[number];
      const mode = kind === 'lesson' ? (['ask', 'share', 'mandate'] as const)[n % 3] : undefined;
      this.docs.push({ id: this.idOf(n), kind, title: `${pick()} ${pick()} ${pick()}`, keywords: [pick(), `show ${n % 7}`], body: Array.from({ length: 60 }, pick).join(' '), show: `show ${n % 7}`, tags: [`tag${n % 5}`], ...(mode ? { mode } : {}) });
    }
  }
  idOf(n: number): string {
    return `doc-${n}`;
  }
  document(n: number): SearchDocument {
    return this.docs[n] as SearchDocument;
  }
  textSource(): TextSource {
    const texts = new Map(this.docs.map((doc) => [doc.id, doc.body]));
    return (doc) => texts.get(doc.id) ?? '';
  }
}

function builtIndex(docs = 300) {
  const corpus = new Library(docs);
  const index = new SearchIndex(corpus.textSource());
  for (let n = 0; n < docs; n++) index.add(corpus.document(n));
  // A replaced and a removed document leave retired numbers behind: they must stay unreachable.
  index.add({ ...corpus.document(3), body: 'rewritten with the word xqreplaced only' });
  index.remove(`${corpus.document(4).kind}:${corpus.idOf(4)}`);
  return { corpus, index };
}

const queries = ['pipeline', 'pi', 'confirm buyer', 'coaching forecast deal ', 'xqreplaced', 'escalat', 'mandte ', 'show 3'];

describe('the saved search index', () => {
  it('answers every query after loading exactly as the index that was saved', async () => {
    const { corpus, index } = builtIndex();
    const dir = dataDir();
    const saved = await saveSnapshot(dir, index, fingerprint);
    expect(saved.bytes).toBeGreaterThan(0);
    const loaded = loadSnapshot(dir, corpus.textSource());
    if ('problem' in loaded) throw new Error(loaded.problem);
    expect(loaded.fingerprint).toEqual(fingerprint);
    expect(loaded.index.size).toBe(index.size);
    for (const q of queries) {
      for (const filters of [{}, { kinds: ['lesson' as const] }, { tags: ['tag2'] }, { modes: ['share' as const] }, { shows: ['show 3'] }]) {
        const query = { q, limit: 20, ...filters };
        expect(loaded.index.search(query)).toEqual(index.search(query));
      }
    }
    // The old text of the replaced document is not found; its new text is.
    expect(loaded.index.search({ q: 'xqreplaced', limit: 5 }).hits.map((h) => h.id)).toEqual([corpus.idOf(3)]);
    expect([...loaded.index.documents()].some((doc) => doc.id === corpus.idOf(4))).toBe(false);
  });

  it('keeps taking edits after loading', async () => {
    const { corpus, index } = builtIndex(50);
    const dir = dataDir();
    await saveSnapshot(dir, index, fingerprint);
    const corpusText = corpus.textSource();
    const loaded = loadSnapshot(dir, (doc) => (doc.id === 'new-entry' ? 'Nothing else.' : corpusText(doc)));
    if ('problem' in loaded) throw new Error(loaded.problem);
    loaded.index.add({ id: 'new-entry', kind: 'journal', title: 'Quarterly xqzebra review', keywords: [], body: 'Nothing else.' });
    expect(loaded.index.search({ q: 'xqzeb', limit: 5 }).hits.map((h) => h.id)).toEqual(['new-entry']);
  });

  it('saves a loaded index again, with terms never asked for copied as they were, and loads it the same', async () => {
    const { corpus, index } = builtIndex();
    const dir = dataDir();
    await saveSnapshot(dir, index, fingerprint);
    const first = loadSnapshot(dir, corpus.textSource());
    if ('problem' in first) throw new Error(first.problem);
    // Some terms are decoded by a query, one by an edit; the rest stay as saved.
    first.index.search({ q: 'pipeline', limit: 5 });
    first.index.add({ id: 'doc-new', kind: 'journal', title: 'Escalation note', keywords: [], body: 'escalate the quota review' });
    index.add({ id: 'doc-new', kind: 'journal', title: 'Escalation note', keywords: [], body: 'escalate the quota review' });
    await saveSnapshot(dir, first.index, fingerprint, { now: new Date(Date.now() + 1000) });
    const second = loadSnapshot(dir, corpus.textSource());
    if ('problem' in second) throw new Error(second.problem);
    for (const q of [...queries, 'escalat', 'quota review']) expect(second.index.search({ q, limit: 30 })).toEqual(index.search({ q, limit: 30 }));
  });

  it('says why a missing, damaged or foreign index cannot be used', async () => {
    const { corpus, index } = builtIndex(50);
    const dir = dataDir();
    expect(loadSnapshot(dir, corpus.textSource())).toEqual({ problem: 'no saved index yet' });

    const { generation } = await saveSnapshot(dir, index, fingerprint);
    const body = path.join(dir, snapshotFolder, generation, 'body.bin');
    const bytes = readFileSync(body);
    bytes[Math.floor(bytes.length / 2)] = (bytes[Math.floor(bytes.length / 2)] as number) ^ 0xff;
    writeFileSync(body, bytes);
    expect(loadSnapshot(dir, corpus.textSource())).toEqual({ problem: 'the saved index cannot be read: body.bin is damaged (its size or checksum does not match)' });

    const again = await saveSnapshot(dir, index, fingerprint, { now: new Date(Date.now() + 1000) });
    const manifestFile = path.join(dir, snapshotFolder, again.generation, 'manifest.json');
    writeFileSync(manifestFile, readFileSync(manifestFile, 'utf8').replace(`"version": ${snapshotVersion}`, '"version": 999'));
    expect(loadSnapshot(dir, corpus.textSource())).toEqual({ problem: `the saved index has format 999, this version reads ${snapshotVersion}` });
  });
});
