// Diagnostics outside SearchIndex: which of its structures takes the memory, and what a plain
// flexsearch `forward` Document index would take instead. The structures are rebuilt here with the
// same options and the same preprocessing as SearchIndex.add (bench code only: nothing in src/ changes).
import { Document, Index } from 'flexsearch';
import { isStopWord, stem, words } from '../src/core/search/text';
import { TermDictionary } from '../src/core/search/termDictionary';
import type { Corpus } from './corpus';
import { mb, measureMemory, peakRss, round, type MemorySample } from './measure';

const splitOnSpace = (text: string) => text.split(' ').filter(Boolean);
type Log = (line: string) => void;

export interface StructureCost {
  structure: string;
  buildSeconds: number;
  /** Growth of heapUsed + external after a forced GC, in MB. */
  heapMb: number;
  rssMb: number;
  detail?: Record<string, number>;
}

const used = (m: MemorySample) => m.heapUsed + m.external;

function timedPass(corpus: Corpus, log: Log, label: string, each: (n: number) => void): number {
  const started = performance.now();
  const step = Math.max(1, Math.floor(corpus.docs / 10));
  for (let n = 0; n < corpus.docs; n++) {
    each(n);
    if ((n + 1) % step === 0) log(`  [${label}] ${n + 1}/${corpus.docs} docs, ${round((performance.now() - started) / 1000, 1)} s, rss ${mb(process.memoryUsage().rss)} MB`);
  }
  return (performance.now() - started) / 1000;
}

/** flexsearch keeps an Index's postings in `map`: word -> resolution slots -> document numbers. */
function postingStats(index: Index): Record<string, number> {
  const map = (index as unknown as { map: Map<string, Array<number[] | undefined>> }).map;
  let slots = 0;
  let postings = 0;
  let capacityHint = 0;
  for (const slotArrays of map.values()) {
    for (const slot of slotArrays) {
      if (!slot) continue;
      slots++;
      postings += slot.length;
      capacityHint += slot.length + (slot.length >> 1) + 16; // V8 grows arrays to 1.5 n + 16
    }
  }
  return { keys: map.size, slotArrays: slots, postings, approxElementSlots: capacityHint };
}

/**
 * Builds, one structure at a time (each pass regenerates the corpus), what SearchIndex builds,
 * keeping earlier ones alive, and measures the growth after each. Then alternatives for the body.
 */
export function runBreakdown(corpus: Corpus, log: Log): { baseline: MemorySample; structures: StructureCost[] } {
  // Pass 0 generates the corpus and fills a stem memo (~40k entries, a few MB), so the body passes
  // below stem each distinct word once; the memo exists before the baseline is taken.
  log('breakdown: generating the corpus once (no index) and memoizing stems');
  const stems = new Map<string, string>();
  const stemOf = (word: string) => {
    let s = stems.get(word);
    if (s === undefined) stems.set(word, (s = stem(word)));
    return s;
  };
  let bodyChars = 0;
  const genSeconds = timedPass(corpus, log, 'generate', (n) => {
    const doc = corpus.document(n);
    bodyChars += doc.body.length;
    for (const word of words(`${doc.title} ${doc.body}`)) if (!isStopWord(word)) stemOf(word);
  });
  const baseline = measureMemory();
  const structures: StructureCost[] = [{ structure: '(generate + words() + stem memo, no index)', buildSeconds: round(genSeconds, 1), heapMb: 0, rssMb: 0, detail: { bodyChars, distinctWords: stems.size } }];
  log(`  generation pass: ${round(genSeconds, 1)} s, ${stems.size} distinct words`);
  const keep: unknown[] = [];
  let previous = baseline;
  const record = (structure: string, buildSeconds: number, detail?: Record<string, number>) => {
    const now = measureMemory();
    const cost: StructureCost = { structure, buildSeconds: round(buildSeconds, 1), heapMb: mb(used(now) - used(previous)), rssMb: mb(now.rss - previous.rss), ...(detail ? { detail } : {}) };
    structures.push(cost);
    log(`  ${structure}: +${cost.heapMb} MB heap+external, +${cost.rssMb} MB rss, ${cost.buildSeconds} s${detail ? ` ${JSON.stringify(detail)}` : ''}`);
    previous = now;
  };

  const meta: unknown[] = [];
  keep.push(meta);
  record(
    'document metadata (#docs)',
    timedPass(corpus, log, 'metadata', (n) => {
      const doc = corpus.document(n);
      meta[n] = { key: `${doc.kind}:${doc.id}`, id: doc.id, kind: doc.kind, title: doc.title, tags: doc.tags ?? [], keywords: doc.keywords.join(' · '), show: doc.show, date: doc.date };
    }),
  );

  const title = new Index({ tokenize: 'forward', encode: splitOnSpace });
  keep.push(title);
  record(
    'title: forward Index',
    timedPass(corpus, log, 'title', (n) => void title.add(n, words(corpus.document(n).title).join(' '))),
    postingStats(title),
  );

  const keywords = new Index({ tokenize: 'forward', encode: splitOnSpace });
  keep.push(keywords);
  record(
    'keywords: forward Index',
    timedPass(corpus, log, 'keywords', (n) => void keywords.add(n, words(corpus.document(n).keywords.join(' ')).join(' '))),
    postingStats(keywords),
  );

  const dictionary = new TermDictionary();
  keep.push(dictionary);
  record(
    'TermDictionary',
    timedPass(corpus, log, 'dictionary', (n) => {
      const doc = corpus.document(n);
      for (const word of words(`${doc.title} ${doc.body}`)) if (!isStopWord(word)) dictionary.add(word);
    }),
    { words: dictionary.size },
  );

  const bodyStems = (n: number) => {
    const doc = corpus.document(n);
    const list: string[] = [];
    for (const word of words(`${doc.title} ${doc.body}`)) if (!isStopWord(word)) list.push(stemOf(word));
    return list;
  };
  const body = new Index({ tokenize: 'strict', encode: splitOnSpace });
  keep.push(body);
  record('body: strict Index (resolution 9)', timedPass(corpus, log, 'body', (n) => void body.add(n, bodyStems(n).join(' '))), postingStats(body));
  const bodyStats = postingStats(body);
  log(`  body postings: ${bodyStats.postings} (${round((structures.at(-1)?.heapMb ?? 0) * 1048576 / Math.max(1, bodyStats.postings ?? 1), 1)} bytes each, all included)`);

  // Alternatives for the body, each measured on its own (the small dictionary stays alive).
  keep.length = 0;
  meta.length = 0;
  for (const index of [title, keywords, body]) index.clear();
  previous = measureMemory();
  log('  (all of the above released)');

  const body1 = new Index({ tokenize: 'strict', encode: splitOnSpace, resolution: 1 });
  record('alt body: strict Index, resolution 1', timedPass(corpus, log, 'body res 1', (n) => void body1.add(n, bodyStems(n).join(' '))), postingStats(body1));
  body1.clear();
  previous = measureMemory();

  // Postings as delta-encoded varints in growable byte buffers (doc numbers only, no positions).
  const postings = new Map<string, { bytes: Uint8Array; length: number; last: number }>();
  let postingCount = 0;
  const append = (key: string, n: number) => {
    let list = postings.get(key);
    if (!list) postings.set(key, (list = { bytes: new Uint8Array(4), length: 0, last: -1 }));
    if (list.last === n) return;
    let delta = n - list.last - 1;
    list.last = n;
    postingCount++;
    if (list.length + 5 > list.bytes.length) {
      const grown = new Uint8Array(Math.max(8, list.bytes.length * 2));
      grown.set(list.bytes.subarray(0, list.length));
      list.bytes = grown;
    }
    while (delta >= 0x80) {
      list.bytes[list.length++] = (delta & 0x7f) | 0x80;
      delta >>>= 7;
    }
    list.bytes[list.length++] = delta;
  };
  record(
    'alt body: varint delta postings (Uint8Array per stem)',
    timedPass(corpus, log, 'varint', (n) => {
      for (const s of new Set(bodyStems(n))) append(s, n);
    }),
    { keys: postings.size, postings: postingCount },
  );
  postings.clear();
  log(`  peak rss ${mb(peakRss())} MB`);
  return { baseline, structures };
}

export interface ForwardResult {
  docs: number;
  buildSeconds: number;
  baseline: MemorySample;
  after: MemorySample;
  heapMb: number;
  rssMb: number;
  peakRssMb: number;
}

/** A plain flexsearch Document index, `forward` over title and body, default encoder: the naive way. */
export function runForward(corpus: Corpus, log: Log): ForwardResult {
  const baseline = measureMemory();
  const index = new Document({ document: { id: 'id', index: [{ field: 'title', tokenize: 'forward' }, { field: 'body', tokenize: 'forward' }] } });
  const started = performance.now();
  const step = Math.max(1, Math.floor(corpus.docs / 10));
  for (let n = 0; n < corpus.docs; n++) {
    const doc = corpus.document(n);
    index.add({ id: n, title: doc.title, body: doc.body });
    if ((n + 1) % step === 0) log(`  [forward] ${n + 1}/${corpus.docs} docs, ${round((performance.now() - started) / 1000, 1)} s, rss ${mb(process.memoryUsage().rss)} MB`);
  }
  const buildSeconds = round((performance.now() - started) / 1000, 1);
  const after = measureMemory();
  // Keep the index alive until after the measurement.
  if (index.search('pipeline', { limit: 1 }).length < 0) log('unreachable');
  return { docs: corpus.docs, buildSeconds, baseline, after, heapMb: mb(used(after) - used(baseline)), rssMb: mb(after.rss - baseline.rss), peakRssMb: mb(peakRss()) };
}
