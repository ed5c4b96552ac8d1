import { describe, expect, it } from 'vitest';
import type { SearchQuery } from '../../shared/contract';
import type { SearchDocument } from './searchDocument';
import { SearchIndex } from './searchIndex';

const docs: SearchDocument[] = [
  { id: 'ask-first', kind: 'lesson', title: 'Asking is the default', keywords: ['leadership'], body: 'Request clearly and respectfully. Confirmation follows.', itemId: 'ep', mode: 'ask', show: 'Show A', tags: ['asking'] },
  { id: 'mandate-later', kind: 'lesson', title: 'Mandate only after an ask', keywords: ['accountability'], body: 'When the request was ignored, require exactly the missing work.', itemId: 'ep', mode: 'mandate', show: 'Show A', tags: ['mandating'] },
  { id: 'pipeline', kind: 'article', title: 'Pipeline reviews', keywords: ['forecast'], body: 'Questions about buyer actions beat interrogation. Opportunities need current data in the CRM.', show: 'Field Notes', tags: ['pipeline'] },
  { id: 'ep', kind: 'episode', title: 'The balance of a sales leader', keywords: ['Dave Host'], body: 'Sharing, mandating and asking.', show: 'Show A', tags: ['asking', 'mandating'] },
];

function makeIndex(extra: SearchDocument[] = []) {
  const texts = new Map([...docs, ...extra].map((d) => [`${d.kind}:${d.id}`, d.body]));
  const index = new SearchIndex((doc) => texts.get(doc.key) ?? '');
  for (const doc of [...docs, ...extra]) index.add(doc);
  return { index, texts };
}

const query = (q: string, more: Partial<SearchQuery> = {}): SearchQuery => ({ q, limit: 30, ...more });
const ids = (index: SearchIndex, q: string, more: Partial<SearchQuery> = {}) => index.search(query(q, more)).hits.map((h) => h.id);

describe('SearchIndex typo tolerance', () => {
  it('finds a word of five letters or more typed one edit wrong, and marks the word it meant', () => {
    const { index } = makeIndex();
    expect(ids(index, 'interogation ')).toEqual(['pipeline']);
    expect(ids(index, 'pipelnie ')).toEqual(['pipeline']);
    const hit = index.search(query('confirmaton ')).hits[0];
    expect(hit?.id).toBe('ask-first');
    expect(hit?.snippet.slice(hit.marks[0]?.[0], hit.marks[0]?.[1])).toBe('Confirmation');
  });

  it('corrects the word being typed as a prefix, but never short words or words that match', () => {
    const { index } = makeIndex();
    expect(ids(index, 'interrp')).toEqual(['pipeline']);
    expect(ids(index, 'asj ')).toEqual([]);
    // "mandat" starts real words: it is a prefix, not a typo of anything.
    expect(ids(index, 'mandat')).toEqual(['mandate-later', 'ep']);
  });

  it('ranks what a typo found below what the words typed found', () => {
    const { index } = makeIndex([
      { id: 'exact', kind: 'journal', title: 'Forcast call', keywords: [], body: 'We spelled it forcast.' },
      { id: 'both', kind: 'journal', title: 'Buyer notes', keywords: [], body: 'The buyer signed.' },
    ]);
    // "forcast" exists as typed: only that entry, no correction to "forecast".
    expect(ids(index, 'forcast ')).toEqual(['exact']);
    // "buyer" matches exactly and "sigend" is corrected: the entry with both leads.
    expect(ids(index, 'buyer sigend ')[0]).toBe('both');
  });
});

describe('SearchIndex', () => {
  it('matches title prefixes from the first characters', () => {
    const { index } = makeIndex();
    expect(ids(index, 'pi')).toEqual(['pipeline']);
    expect(ids(index, 'mand')[0]).toBe('mandate-later');
  });

  it('matches prefixes inside long text through the term dictionary', () => {
    const { index } = makeIndex();
    // "interrogation" only occurs in a body; the body index holds whole words, the dictionary expands it.
    expect(ids(index, 'interr')).toEqual(['pipeline']);
    // A finished word (followed by a space) is not treated as a prefix.
    expect(ids(index, 'interr ')).toEqual([]);
  });

  it('matches word forms through stems', () => {
    const { index } = makeIndex();
    expect(ids(index, 'confirmations ')).toEqual(['ask-first']);
    expect(ids(index, 'requests ')).toEqual(expect.arrayContaining(['ask-first', 'mandate-later']));
  });

  it('finds a document whose query words fall in different fields', () => {
    const { index } = makeIndex();
    // "pipeline" is in the title, "buyer" only in the body.
    expect(ids(index, 'pipeline buyer')[0]).toBe('pipeline');
  });

  it('ranks by how many query words match instead of requiring all of them', () => {
    const { index } = makeIndex();
    const results = index.search(query('how do I require the missing work from my team'));
    expect(results.terms).toEqual(['require', 'missing', 'work', 'team']);
    expect(results.hits[0]?.id).toBe('mandate-later');
    expect(results.hits[0]?.matched).toBe(3);
  });

  it('puts the lesson naming a concept before the item that contains it', () => {
    const { index } = makeIndex();
    expect(ids(index, 'mandate')[0]).toBe('mandate-later');
  });

  it('filters by kind, mode, show and tag', () => {
    const { index } = makeIndex();
    expect(ids(index, 'ask', { kinds: ['episode'] })).toEqual(['ep']);
    expect(ids(index, 'ask', { modes: ['mandate'] })).toEqual(['mandate-later']);
    expect(ids(index, 'data', { shows: ['Field Notes'] })).toEqual(['pipeline']);
    expect(ids(index, 'ask', { tags: ['mandating'] }).sort()).toEqual(['ep', 'mandate-later']);
    expect(ids(index, 'ask', { tags: ['pipeline'] })).toEqual([]);
  });

  it('highlights matched words in titles and snippets', () => {
    const { index } = makeIndex();
    const hit = index.search(query('pipeline interrogation')).hits[0]!;
    expect(hit.titleMarks.map(([s, e]) => hit.title.slice(s, e))).toEqual(['Pipeline']);
    expect(hit.marks.map(([s, e]) => hit.snippet.slice(s, e))).toEqual(['interrogation']);
  });

  it('indexes added, changed and removed documents incrementally', () => {
    const { index, texts } = makeIndex();
    const entry: SearchDocument = { id: 'e1', kind: 'journal', title: 'Monday', keywords: [], body: 'Talked with Dana about her quota.' };
    texts.set('journal:e1', entry.body);
    index.add(entry);
    expect(ids(index, 'quo')).toEqual(['e1']);
    const edited = { ...entry, body: 'Talked with Dana about territory planning.' };
    texts.set('journal:e1', edited.body);
    index.add(edited);
    expect(ids(index, 'quota ')).toEqual([]);
    expect(ids(index, 'territ')).toEqual(['e1']);
    index.remove('journal:e1');
    expect(ids(index, 'territ')).toEqual([]);
    expect(ids(index, 'dana ')).toEqual([]);
    expect(index.size).toBe(docs.length);
    expect(index.retired).toBe(2); // the first version, then the removed one
    index.add({ ...entry, body: 'Back again with Dana.' });
    expect(ids(index, 'dana ')).toEqual(['e1']);
    expect(index.search(query('dana ')).total).toBe(1);
  });

  it('reports totals before the limit and returns nothing for an empty query', () => {
    const { index } = makeIndex();
    const limited = index.search(query('ask', { limit: 1 }));
    expect(limited.hits).toHaveLength(1);
    expect(limited.total).toBeGreaterThan(1);
    expect(index.search(query('   ')).hits).toEqual([]);
  });

  it('finds the document holding a rare word even when its other words are in every document', () => {
    // 700 documents share "forecast ritual"; only one also has "xquorvalent". Every document holding
    // a query word is counted (no cut-off), and the rare word weighs most.
    const common: SearchDocument[] = Array.from({ length: 700 }, (_, i) => ({ id: `c${i}`, kind: 'article', title: `Note ${i}`, keywords: [], body: 'forecast ritual forecast ritual weekly' }));
    const planted: SearchDocument = { id: 'planted', kind: 'article', title: 'Quarter close', keywords: [], body: `${'filler words here '.repeat(50)} the xquorvalent forecast ritual` };
    const { index } = makeIndex([...common, planted]);
    const results = index.search(query('the xquorvalent forecast ritual'));
    expect(results.hits[0]?.id).toBe('planted');
    expect(results.hits[0]?.matched).toBe(3);
    expect(results.total).toBe(702); // and the article keyed "forecast"
  });

  it('returns the same leaders from a large candidate set as a full sort would', () => {
    // 1,200 documents match "coaching"; every 100th also matches "ladder" (and ranks first).
    const many: SearchDocument[] = Array.from({ length: 1200 }, (_, i) => ({
      id: `m${String(i).padStart(4, '0')}`, kind: 'article', title: `Note ${i}`, keywords: [], body: i % 100 === 0 ? 'coaching ladder' : 'coaching '.repeat(1 + (i % 3)),
    }));
    const { index } = makeIndex(many);
    const results = index.search(query('coaching ladder ', { limit: 15 }));
    expect(results.total).toBe(1200);
    expect(results.hits.slice(0, 12).map((h) => h.id).sort()).toEqual(Array.from({ length: 12 }, (_, i) => `m${String(i * 100).padStart(4, '0')}`));
    expect(results.hits.slice(0, 12).every((h) => h.matched === 2)).toBe(true);
    expect(results.hits.slice(12).every((h) => h.matched === 1)).toBe(true);
    expect(results.hits).toHaveLength(15);
  });

  it('weighs a rare word above a common one when both match once', () => {
    const common: SearchDocument[] = Array.from({ length: 50 }, (_, i) => ({ id: `c${i}`, kind: 'article', title: `Note ${i}`, keywords: [], body: 'territory' }));
    const { index } = makeIndex([...common, { id: 'rare', kind: 'article', title: 'Note rare', keywords: [], body: 'escalation' }, { id: 'both', kind: 'article', title: 'Note both', keywords: [], body: 'territory escalation' }]);
    expect(ids(index, 'territory escalation ').slice(0, 2)).toEqual(['both', 'rare']);
  });

  it('rewards query words that stand together in a title', () => {
    const { index } = makeIndex([
      { id: 'scattered', kind: 'article', title: 'Review notes: the pipeline of a quarter', keywords: [], body: '' },
      { id: 'together', kind: 'article', title: 'Running a pipeline review', keywords: [], body: '' },
    ]);
    expect(ids(index, 'pipeline review ')[0]).toBe('together');
  });

  it('lists everything that passes the filters when there are no words', () => {
    const { index } = makeIndex();
    expect(ids(index, '', { kinds: ['lesson'] }).sort()).toEqual(['ask-first', 'mandate-later']);
    expect(ids(index, '', { tags: ['pipeline'] })).toEqual(['pipeline']);
    const listed = index.search(query('', { shows: ['Show A'] }));
    expect(listed.total).toBe(3);
    expect(listed.hits[0]?.kind).toBe('lesson'); // lessons first
    expect(listed.hits[0]?.snippet.length).toBeGreaterThan(0);
  });

  it('indexes in batches without blocking', async () => {
    const index = new SearchIndex(() => '');
    const many = Array.from({ length: 450 }, (_, i): SearchDocument => ({ id: `d${i}`, kind: 'article', title: `Doc ${i}`, keywords: [], body: `word${i} common` }));
    await index.addAll(many, 100);
    expect(index.size).toBe(450);
    expect(ids(index, 'word449 ')).toEqual(['d449']);
  });
});

describe('SearchIndex prefixes on later pages', () => {
  // 60 documents hold 30 common words starting with "qu" (more than a prefix expands to at first);
  // one holds the rare "quxzorbian".
  const common = Array.from({ length: 30 }, (_, i) => `qu${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}ment`).join(' ');
  function library() {
    const docs: SearchDocument[] = [];
    for (let n = 0; n < 60; n++) docs.push({ id: `common-${n}`, kind: 'journal', title: `Quarter review ${n}`, keywords: [], body: `The quota and the quarter, quickly. ${common}` });
    docs.push({ id: 'rare', kind: 'journal', title: 'Notes', keywords: [], body: 'Only here: the quxzorbian method.' });
    docs.push({ id: 'rare-lesson', kind: 'lesson', title: 'Lesson', keywords: [], body: 'The quxzorbian lesson.' });
    const index = new SearchIndex(() => '');
    for (const doc of docs) index.add(doc);
    return index;
  }

  it('reach a document holding each word the prefix begins, within the filters, after the first page', () => {
    const index = library();
    const first = index.search(query('qu', { limit: 20 })).hits.map((h) => h.id);
    expect(first).not.toContain('rare');
    const deep = index.search(query('qu', { limit: 40, kinds: ['journal'] })).hits.map((h) => h.id);
    expect(deep).toContain('rare');
    expect(deep).not.toContain('rare-lesson');
    expect(index.search(query('qu', { limit: 40, kinds: ['lesson'] })).hits.map((h) => h.id)).toEqual(['rare-lesson']);
  });

  it('reach every rare word the prefix begins in few places, through the documents holding the most of them', () => {
    const index = library();
    const rare = Array.from({ length: 40 }, (_, i) => `quz${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}ian`);
    const bodies = new Map<string, string>();
    // Each word alone in a document added first, and four at a time in documents added later.
    rare.forEach((word, i) => bodies.set(`single-${i}`, `Only ${word} here.`));
    for (let j = 0; j < 10; j++) bodies.set(`packed-${j}`, `Four of them: ${rare.slice(4 * j, 4 * j + 4).join(', ')}.`);
    for (const [id, body] of bodies) index.add({ id, kind: 'journal', title: 'Notes', keywords: [], body });
    // 20 best matches, then 20 places of which 15 cover words: enough only by picking the packed documents.
    const hits = index.search(query('qu', { limit: 40 })).hits.map((h) => h.id);
    const uncovered = rare.filter((word) => !hits.some((id) => bodies.get(id)?.includes(word)));
    expect(uncovered).toEqual([]);
  });

  it('never repeat or skip a hit from one page to the next', () => {
    const index = library();
    const all = index.search(query('qu', { limit: 62 })).hits.map((h) => h.id);
    expect(new Set(all).size).toBe(all.length);
    const paged = [0, 20, 40].flatMap((offset) => index.search(query('qu', { limit: 20, offset })).hits.map((h) => h.id));
    expect(paged).toEqual(all.slice(0, 60));
  });
});

describe('SearchIndex filters by mode and tag', () => {
  it('follows a document replaced with other tags and mode, and one removed', () => {
    const { index } = makeIndex();
    expect(ids(index, 'ask', { tags: ['asking'] })).toEqual(['ask-first', 'ep']);
    expect(ids(index, 'ask', { modes: ['mandate'] })).toEqual(['mandate-later']);
    index.add({ ...(docs[0] as SearchDocument), tags: ['escalating'], mode: 'mandate' });
    expect(ids(index, 'ask', { tags: ['asking'] })).toEqual(['ep']);
    expect(ids(index, 'ask', { tags: ['escalating'] })).toEqual(['ask-first']);
    expect(ids(index, 'ask', { modes: ['mandate'] }).sort()).toEqual(['ask-first', 'mandate-later']);
    index.remove('lesson:ask-first');
    expect(ids(index, 'ask', { tags: ['escalating'] })).toEqual([]);
    expect(ids(index, '', { tags: ['escalating'] })).toEqual([]);
  });
});
