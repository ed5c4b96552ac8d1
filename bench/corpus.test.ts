import { describe, expect, it } from 'vitest';
import { words } from '../src/core/search/text';
import { Corpus, Random, buildVocabulary, markerSpecs, salesWords } from './corpus';
import { buildQueryMix, oneEdit } from './queries';

// A small vocabulary keeps construction quick; the shape is the same as the benchmark's 40k.
const make = (seed = 7, docs = 40) => new Corpus({ docs, words: 400, vocabulary: 5000, seed });

describe('benchmark corpus', () => {
  it('is deterministic: the same seed gives the same documents, another seed others', () => {
    const a = [...make().documents()];
    const b = [...make().documents()];
    expect(b).toEqual(a);
    const other = make(8).document(3);
    expect(other.body).not.toBe(a[3]?.body);
  });

  it('regenerates any document from its number alone, whatever the corpus size', () => {
    const corpus = make();
    const sequential = [...corpus.documents(0, 12)];
    expect(corpus.document(11)).toEqual(sequential[11]);
    expect(corpus.body(5)).toBe(sequential[5]?.body);
    // Documents without markers do not depend on how many documents there are.
    const bigger = make(7, 400);
    expect(bigger.document(1)).toEqual(corpus.document(1));
    const text = corpus.textSource()({ key: '', id: corpus.idOf(9), kind: 'episode', title: '', tags: [], keywords: "" });
    expect(text).toBe(corpus.body(9));
  });

  it('respects the word count roughly and has 5–10 word titles', () => {
    const corpus = make();
    const counts = [...corpus.documents()].map((d) => words(d.body).length);
    const mean = counts.reduce((x, y) => x + y, 0) / counts.length;
    expect(mean).toBeGreaterThan(400 * 0.9);
    expect(mean).toBeLessThan(400 * 1.15);
    for (const count of counts) expect(count).toBeGreaterThan(400 * 0.75);
    for (const doc of corpus.documents(0, 20)) {
      const titleLength = words(doc.title).length;
      expect(titleLength).toBeGreaterThanOrEqual(5);
      expect(titleLength).toBeLessThanOrEqual(11);
      expect(doc.tags?.length).toBeGreaterThan(0);
      expect(doc.show).toBeTruthy();
    }
  });

  it('plants each marker word exactly where stated, and nowhere else', () => {
    const corpus = make();
    expect(corpus.markers).toHaveLength(markerSpecs.length);
    for (const marker of corpus.markers) {
      expect(marker.docNumber).toBe(Math.floor(marker.share * corpus.docs));
      const doc = corpus.document(marker.docNumber);
      expect(doc.id).toBe(marker.id);
      expect(doc.kind).toBe(marker.kind);
      const field = marker.field === 'title' ? doc.title : marker.field === 'keywords' ? doc.keywords.join(' ') : doc.body;
      expect(words(field)).toContain(marker.word);
      if (marker.phrase) expect(doc.body.toLowerCase()).toContain(marker.phrase);
    }
    const markerWords = new Set(markerSpecs.map((m) => m.word));
    for (const doc of corpus.documents()) {
      const all = words(`${doc.title} ${doc.keywords.join(' ')} ${doc.body}`);
      const found = all.filter((w) => markerWords.has(w) || w.startsWith('x'));
      const planted = corpus.markers.filter((m) => m.id === doc.id).map((m) => m.word);
      expect([...new Set(found)].sort()).toEqual(planted.sort());
    }
  });

  it('draws from a Zipf-like vocabulary of distinct forms including the sales words', () => {
    const vocabulary = buildVocabulary(5000, 1);
    expect(new Set(vocabulary.words).size).toBe(5000);
    for (const word of ['pipeline', 'forecast', 'quota', 'mandate', 'crm']) expect(vocabulary.words).toContain(word);
    expect(vocabulary.words.some((w) => w.startsWith('x'))).toBe(false);
    const random = new Random(3);
    const frequency = new Map<string, number>();
    for (let i = 0; i < 20_000; i++) {
      const word = vocabulary.sample(random);
      frequency.set(word, (frequency.get(word) ?? 0) + 1);
    }
    // Rank 1 is drawn about twice as often as rank 2… roughly: the top word far beats a mid-rank one.
    const top = frequency.get(vocabulary.words[0] as string) ?? 0;
    const mid = frequency.get(vocabulary.words[500] as string) ?? 0;
    expect(top).toBeGreaterThan(20 * Math.max(1, mid));
    expect(salesWords.length).toBeGreaterThan(280);
  });

  it('builds the same query mix for the same seed', () => {
    const corpus = make();
    const a = buildQueryMix(corpus, 70, 1);
    expect(buildQueryMix(corpus, 70, 1)).toEqual(a);
    expect(a.some((q) => q.query.kinds)).toBe(true);
    expect(a.filter((q) => q.classes.includes('typing: all keys')).length).toBeGreaterThanOrEqual(10);
  });

  it('makes typos one edit away from a word of the document they name, and zero-hit words no document has', () => {
    const corpus = make();
    const mix = buildQueryMix(corpus, 140, 2);
    const typos = mix.filter((q) => q.classes.includes('one typo'));
    expect(typos.length).toBeGreaterThanOrEqual(19);
    for (const { query, intent } of typos) {
      const typo = query.q.trim();
      expect(intent).toBeDefined();
      expect(typo.length).toBeGreaterThanOrEqual(5);
      expect(typo).not.toBe(intent?.word);
      expect(oneEditApart(typo, intent?.word ?? '')).toBe(true);
      const doc = corpus.document(intent?.docNumber ?? -1);
      expect(words(`${doc.title} ${doc.body}`)).toContain(intent?.word);
    }
    const absent = mix.filter((q) => q.classes.includes('zero-hit')).flatMap((q) => words(q.query.q));
    expect(absent.length).toBeGreaterThan(0);
    const all = new Set([...corpus.documents()].flatMap((d) => words(`${d.title} ${d.keywords.join(' ')} ${d.body}`)));
    for (const word of absent) expect(all.has(word)).toBe(false);
  });

  it('edits a word once: insert, delete, substitute or transpose', () => {
    const random = new Random(5);
    for (let i = 0; i < 200; i++) expect(oneEditApart(oneEdit('pipeline', random), 'pipeline')).toBe(true);
  });
});

/** Damerau–Levenshtein distance ≤ 1 (adjacent swaps count as one edit). */
function oneEditApart(a: string, b: string): boolean {
  if (a === b) return false;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const rest = (x: string, y: string) => x === y;
  if (a.length === b.length) return rest(a.slice(i + 1), b.slice(i + 1)) || (a[i] === b[i + 1] && a[i + 1] === b[i] && rest(a.slice(i + 2), b.slice(i + 2)));
  return a.length > b.length ? rest(a.slice(i + 1), b.slice(i)) : rest(a.slice(i), b.slice(i + 1));
}
