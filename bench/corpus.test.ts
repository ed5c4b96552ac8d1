import { describe, expect, it } from 'vitest';
import { words } from '../src/core/search/text';
import { Corpus, Random, buildVocabulary, markerSpecs, salesWords } from './corpus';
import { buildQueryMix } from './queries';

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
    const text = corpus.textSource()({ key: '', id: corpus.idOf(9), kind: 'episode', title: '', tags: [], titleWords: [], keywordWords: [] });
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
    const a = buildQueryMix(corpus, 50, 1);
    expect(buildQueryMix(corpus, 50, 1)).toEqual(a);
    expect(a.some((q) => q.query.kinds)).toBe(true);
    expect(a.filter((q) => q.classes.includes('typing: all keys')).length).toBeGreaterThanOrEqual(10);
  });
});
