// Ranking on the real bundled library: a query naming a concept, or a natural question, finds the
// lesson about it first.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadLibrary } from '../library/loadLibrary';
import { bundledContentDir } from '../paths';
import { libraryDocuments } from './documents';
import { SearchIndex } from './searchIndex';

let index: SearchIndex;
beforeAll(async () => {
  const { library } = await loadLibrary(bundledContentDir());
  index = new SearchIndex((doc) => library.findLesson(doc.id)?.section.text ?? library.findItem(doc.id)?.summary.summary ?? '');
  await index.addAll(libraryDocuments(library));
});

const first = (q: string, kinds?: Array<'lesson'>) => index.search({ q, limit: 5, ...(kinds ? { kinds } : {}) }).hits[0]?.id;

describe('search on the bundled library', () => {
  it.each([
    ['three confirmations', 'three-confirmations'],
    ['crm compliance', 'crm-compliance'],
    ['share without strings', 'share-without-strings'],
    ['customer homework', 'tie-homework-to-the-timeline'],
  ])('"%s" puts %s first', (q, id) => {
    expect(first(q)).toBe(id);
  });

  it.each([
    ['three confrim', 'three confirm'],
    ['confrimations', 'confirmations'],
    ['compliacne crm', 'compliance crm'],
    ['mandat after an unanswred ask', 'mandate after an unanswered ask'],
  ])('forgives the typo in "%s": the same lesson leads as for "%s"', (typo, meant) => {
    expect(first(typo)).toBe(first(meant));
  });

  it('finds the three confirmations lesson for "confrim"', () => {
    expect(index.search({ q: 'confrim', limit: 10 }).hits.map((h) => h.id)).toContain('three-confirmations');
  });

  it('answers a natural question with its lesson', () => {
    const top = index.search({ q: 'what do I do when a rep ignores what I asked', limit: 5 }).hits.map((h) => h.id);
    expect(top.slice(0, 3)).toContain('mandate-after-an-unanswered-ask');
  });

  it('finds results from the first characters', () => {
    expect(index.search({ q: 'm', limit: 5 }).hits.length).toBeGreaterThan(0);
    expect(index.search({ q: 'confi', limit: 5, kinds: ['lesson'] }).hits.map((h) => h.id)).toContain('three-confirmations');
  });
});
