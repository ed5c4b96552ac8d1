// The measuring itself, as one function the CLI (run.ts) and the smoke test both call: builds a
// SearchIndex over a synthetic library, runs the query mix through it and through its peers
// (SQLite FTS5, a substring scan) on the same texts, and returns every number; it writes nothing.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import type { SearchDocument, TextSource } from '../src/core/search/searchDocument';
import { SearchIndex } from '../src/core/search/searchIndex';
import { Corpus } from './corpus';
import { TextStore } from './textStore';
import { loadSnapshot, saveSnapshot } from '../src/core/search/snapshot/indexSnapshot';
import { latencyOf, mb, median, peakRss, round, sampleMemory, type Latency } from './measure';
import { Fts5Peer, ScanPeer, type Peer } from './peers';
import { countPrefixMisses, markerChecks, scoreTypos, type Answers, type Check, type PrefixScore, type TypoScore } from './quality';
import { buildQueryMix, queryClasses, type BenchQuery, type QueryClass } from './queries';

export interface BenchOptions {
  docs: number;
  /** Mean body length in words. */
  words: number;
  queries: number;
  vocab: number;
  seed: number;
  /** The page size: hits per first page. */
  limit: number;
  /** Corpus words whose prefixes are checked for misses. */
  prefixWords: number;
  /** Edits timed for `editMs`. */
  edits: number;
}

export const defaultBenchOptions: BenchOptions = { docs: 10_000, words: 1900, queries: 2000, vocab: 40_000, seed: 20240601, limit: 10, prefixWords: 500, edits: 21 };

/** The numbers issue 11 tracks, exactly these keys. */
export interface BenchSummary {
  docs: number;
  rankP95Ms: number;
  pageP95Ms: number;
  pageP99Ms: number;
  fts5PageP95Ms: number;
  scanP95Ms: number;
  heapMb: number;
  buildSeconds: number;
  /** Loading the saved index (what a start does when nothing needs rebuilding). */
  loadSeconds: number;
  editMs: number;
  typoHits: number;
  typoQueries: number;
  prefixMisses: number;
}

export interface ClassLatency {
  class: QueryClass;
  count: number;
  /** SearchIndex.search with the real TextSource: the first page, snippets and titles marked. */
  page: Latency;
  /** The same query with an empty TextSource: ranking only. */
  rank: Latency;
  fts5: Latency;
  scan: Latency;
  /** Queries with at least one hit, per engine. */
  withHits: { fulcrum: number; fts5: number; scan: number };
}

export interface BenchResult {
  kind: 'bench';
  date: string;
  summary: BenchSummary;
  config: BenchOptions & { vocabularyForms: number };
  environment: Record<string, string | number>;
  build: { totalSeconds: number; generationSeconds: number; indexingSeconds: number; msPerDoc: number; dictionaryWords: number };
  memory: {
    baselineMb: { rss: number; heapUsed: number };
    /** Right after the build, with the index as built (flexsearch's arrays still have room to grow). */
    afterBuildMb: { rss: number; heapUsed: number; external: number };
    /** After saving, dropping the built index and loading the saved one (postings still undecoded). */
    afterLoadMb: { rss: number; heapUsed: number; external: number };
    /** After all the queries, checks and edits: the loaded index with the postings they asked for decoded. */
    afterQueriesMb: { rss: number; heapUsed: number; external: number };
    indexMb: { rss: number; heapUsed: number };
    peakRssDuringBuildMb: number;
    gcForced: boolean;
  };
  /** Saving the built index in chunks and loading it back (what every later start does). */
  persisted: { saveSeconds: number; loadSeconds: number; bytesMb: number };
  edit: { count: number; medianMs: number; maxMs: number; allFound: boolean };
  peers: { fts5: { buildSeconds: number; fileMb: number }; scan: { buildSeconds: number } };
  overall: { fulcrumPage: Latency; fulcrumRank: Latency; fts5Page: Latency; scan: Latency };
  latency: ClassLatency[];
  /** Whole-word queries each engine found something for: FTS5 and the scan should agree. */
  wholeWordAgreement: { queries: number; fts5: number; scan: number; both: number };
  typos: TypoScore;
  prefixes: PrefixScore;
  sanity: { passed: number; total: number; failed: Check[] };
}

type Log = (line: string) => void;

interface Timed {
  page: number[];
  rank: number[];
  fts5: number[];
  scan: number[];
  hits: { fulcrum: number; fts5: number; scan: number };
}

export async function runBenchmark(options: BenchOptions, log: Log = () => {}): Promise<BenchResult> {
  const corpus = new Corpus({ docs: options.docs, words: options.words, vocabulary: options.vocab, seed: options.seed });
  log(`corpus: ${options.docs} docs × ~${options.words} words, vocabulary ${corpus.vocabulary.words.length} word forms, seed ${options.seed}`);

  // ---- Build SearchIndex. Texts are kept in SQLite and read for the hits on the page, as the app
  // reads them. The TextSource can be switched off: ranking alone is then measured with empty
  // texts (SearchIndex has no ids-only call; with '' the snippets cost nothing).
  const texts = new TextStore();
  const realSource = texts.textSource();
  let textsOn = true;
  const source: TextSource = (doc) => (textsOn ? realSource(doc) : '');
  const withoutTexts = <T>(run: () => T): T => {
    textsOn = false;
    try {
      return run();
    } finally {
      textsOn = true;
    }
  };

  const baseline = sampleMemory();
  // Held in an object so it can be let go once saved: the loaded index is measured alone.
  const built: { index: SearchIndex | null } = { index: new SearchIndex(source) };
  let generationMs = 0;
  const buildStarted = performance.now();
  function* timedDocuments(): Generator<SearchDocument> {
    const step = Math.max(1, Math.floor(options.docs / 10));
    for (let n = 0; n < options.docs; n++) {
      const started = performance.now();
      const doc = corpus.document(n);
      texts.add(doc);
      generationMs += performance.now() - started;
      yield doc;
      if ((n + 1) % step === 0) log(`  [build] ${n + 1}/${options.docs} docs, ${round((performance.now() - buildStarted) / 1000, 1)} s, heap ${mb(process.memoryUsage().heapUsed)} MB`);
    }
  }
  await (built.index as SearchIndex).addAll(timedDocuments());
  texts.flush();
  const buildMs = performance.now() - buildStarted;
  const afterBuild = sampleMemory();
  const buildPeakRss = peakRss();
  const indexingSeconds = round((buildMs - generationMs) / 1000, 1);
  log(`built in ${round(buildMs / 1000, 1)} s (${round(generationMs / 1000, 1)} s generating the corpus and storing texts), heap ${mb(afterBuild.heapUsed)} MB`);

  // ---- Saved, dropped and loaded again, as the app does after a build (and at every later start):
  // the loaded index is the one measured from here on.
  const snapshotDir = mkdtempSync(path.join(os.tmpdir(), 'fulcrum-bench-index-'));
  const saved = await saveSnapshot(snapshotDir, built.index as SearchIndex, { journalId: 'bench', seq: 0, writer: '', library: 'bench' });
  built.index = null;
  const beforeLoad = sampleMemory();
  const loaded = loadSnapshot(snapshotDir, source);
  rmSync(snapshotDir, { recursive: true, force: true });
  if ('problem' in loaded) throw new Error(`the saved index could not be loaded: ${loaded.problem}`);
  const index = loaded.index;
  const afterLoad = sampleMemory();
  log(`saved in ${round(saved.ms / 1000, 2)} s (${mb(saved.bytes)} MB), loaded in ${round(loaded.ms / 1000, 2)} s; heap with the loaded index ${mb(afterLoad.heapUsed)} MB (${mb(beforeLoad.heapUsed)} MB before)`);

  // ---- Peers, built from one more pass over the same documents (after SearchIndex's memory is read).
  const fts5 = new Fts5Peer();
  const scan = new ScanPeer();
  let fts5Ms = 0;
  let scanMs = 0;
  for (let n = 0; n < options.docs; n++) {
    const doc = corpus.document(n);
    let started = performance.now();
    fts5.add(doc);
    fts5Ms += performance.now() - started;
    started = performance.now();
    scan.add(doc);
    scanMs += performance.now() - started;
  }
  let started = performance.now();
  fts5.flush();
  fts5.optimize();
  fts5Ms += performance.now() - started;
  log(`peers built: FTS5 ${round(fts5Ms / 1000, 1)} s (${fts5.fileMb} MB file), scan texts ${round(scanMs / 1000, 1)} s`);

  try {
    // ---- Queries: each through SearchIndex (page, then rank only), FTS5 and the scan.
    const mix = buildQueryMix(corpus, options.queries, options.seed).map((q): BenchQuery => ({ ...q, query: { ...q.query, limit: options.limit } }));
    log(`running ${mix.length} queries through SearchIndex, FTS5 and the scan…`);
    const warm = mix.filter((_, i) => i % 20 === 0).slice(0, 40);
    for (const { query } of warm) {
      index.search(query);
      fts5.search(query);
      scan.search(query);
    }
    const timed = new Map<QueryClass, Timed>(queryClasses.map((c) => [c, { page: [], rank: [], fts5: [], scan: [], hits: { fulcrum: 0, fts5: 0, scan: 0 } }]));
    const all: Timed = { page: [], rank: [], fts5: [], scan: [], hits: { fulcrum: 0, fts5: 0, scan: 0 } };
    const answers: Answers = new Map();
    const agreement = { queries: 0, fts5: 0, scan: 0, both: 0 };
    const time = <T>(run: () => T): [T, number] => {
      const begun = performance.now();
      const value = run();
      return [value, performance.now() - begun];
    };
    // Each engine answers every query in a pass of its own, so the garbage one makes is never
    // collected in another's time (the peers' answers are large strings, their texts hundreds of MB).
    const ours = mix.map(({ query }) => {
      const [results, pageMs] = time(() => index.search(query));
      const [, rankMs] = time(() => withoutTexts(() => index.search(query)));
      return { results, pageMs, rankMs };
    });
    const fts5Answers = mix.map(({ query }) => time(() => fts5.search(query)));
    const scanAnswers = mix.map(({ query }) => time(() => scan.search(query)));
    for (const [i, benchQuery] of mix.entries()) {
      const { results, pageMs, rankMs } = ours[i] as (typeof ours)[number];
      const [fts5Hits, fts5PageMs] = fts5Answers[i] as (typeof fts5Answers)[number];
      const [scanHits, scanPageMs] = scanAnswers[i] as (typeof scanAnswers)[number];
      answers.set(benchQuery, results);
      for (const bucket of [all, ...benchQuery.classes.map((c) => timed.get(c) as Timed)]) {
        bucket.page.push(pageMs);
        bucket.rank.push(rankMs);
        bucket.fts5.push(fts5PageMs);
        bucket.scan.push(scanPageMs);
        if (results.hits.length) bucket.hits.fulcrum++;
        if (fts5Hits.length) bucket.hits.fts5++;
        if (scanHits.length) bucket.hits.scan++;
      }
      if (benchQuery.classes.includes('whole word')) {
        agreement.queries++;
        if (fts5Hits.length) agreement.fts5++;
        if (scanHits.length) agreement.scan++;
        if (fts5Hits.length && scanHits.length) agreement.both++;
      }
    }
    const latency: ClassLatency[] = queryClasses.map((cls) => {
      const t = timed.get(cls) as Timed;
      return { class: cls, count: t.page.length, page: latencyOf(t.page), rank: latencyOf(t.rank), fts5: latencyOf(t.fts5), scan: latencyOf(t.scan), withHits: t.hits };
    });
    const overall = { fulcrumPage: latencyOf(all.page), fulcrumRank: latencyOf(all.rank), fts5Page: latencyOf(all.fts5), scan: latencyOf(all.scan) };

    // ---- Answers: typos, prefixes, planted markers.
    const typos = scoreTypos(answers, scan);
    log(`typos: ${typos.typoHits}/${typos.typoQueries} found what was meant; checking prefixes of ${options.prefixWords} corpus words…`);
    const prefixes = countPrefixMisses(index, corpus, scan, options.prefixWords, options.seed, withoutTexts);
    const checks = markerChecks(corpus, (q) => index.search(q), options.limit);

    // ---- A journal edit: one document re-added with a new word, then searched for that word.
    // SearchIndex.add replaces the old version (its number is retired, not removed).
    const editTimes: number[] = [];
    let allFound = true;
    const markerDocs = new Set(corpus.markers.map((m) => m.docNumber));
    for (let n = options.docs - 1, done = 0; n >= 0 && done < options.edits; n--) {
      if (markerDocs.has(n)) continue;
      const doc = corpus.document(n);
      const added = `xqedit${String.fromCharCode(97 + (done % 26))}${String.fromCharCode(97 + Math.floor(done / 26))}`;
      const edited: SearchDocument = { ...doc, body: `${doc.body} ${added} appended in an edit.` };
      started = performance.now();
      index.add(edited);
      const found = index.search({ q: `${added} `, limit: options.limit });
      editTimes.push(performance.now() - started);
      if (found.hits[0]?.id !== doc.id) allFound = false;
      done++;
    }
    const edit = { count: editTimes.length, medianMs: round(median(editTimes)), maxMs: round(Math.max(...editTimes)), allFound };
    // After every query of the mix, the prefix checks and the edits: the answers and the scan's
    // texts are let go first, so what is left is the index (and the corpus generator, the stem memo).
    answers.clear();
    for (const pass of [ours, fts5Answers, scanAnswers]) pass.length = 0;
    scan.close();
    const afterQueries = sampleMemory();

    const summary: BenchSummary = {
      docs: options.docs,
      rankP95Ms: overall.fulcrumRank.p95,
      pageP95Ms: overall.fulcrumPage.p95,
      pageP99Ms: overall.fulcrumPage.p99,
      fts5PageP95Ms: overall.fts5Page.p95,
      scanP95Ms: overall.scan.p95,
      // The loaded index keeps its postings in the saved files' bytes, outside V8's heap: counted here.
      heapMb: mb(afterQueries.heapUsed + afterQueries.arrayBuffers),
      buildSeconds: indexingSeconds,
      loadSeconds: round(loaded.ms / 1000, 2),
      editMs: edit.medianMs,
      typoHits: typos.typoHits,
      typoQueries: typos.typoQueries,
      prefixMisses: prefixes.misses,
    };
    const failed = checks.filter((c) => !c.ok);
    return {
      kind: 'bench',
      date: new Date().toISOString(),
      summary,
      config: { ...options, vocabularyForms: corpus.vocabulary.words.length },
      environment: {
        node: process.version,
        v8: process.versions.v8,
        cpus: os.cpus().length,
        cpuModel: os.cpus()[0]?.model ?? '',
        totalMemMb: mb(os.totalmem()),
        heapLimitMb: mb(v8.getHeapStatistics().heap_size_limit),
      },
      build: { totalSeconds: round(buildMs / 1000, 1), generationSeconds: round(generationMs / 1000, 1), indexingSeconds, msPerDoc: round((buildMs - generationMs) / options.docs, 2), dictionaryWords: index.dictionarySize },
      memory: {
        baselineMb: { rss: mb(baseline.rss), heapUsed: mb(baseline.heapUsed) },
        afterBuildMb: { rss: mb(afterBuild.rss), heapUsed: mb(afterBuild.heapUsed), external: mb(afterBuild.external) },
        afterLoadMb: { rss: mb(afterLoad.rss), heapUsed: mb(afterLoad.heapUsed), external: mb(afterLoad.external) },
        afterQueriesMb: { rss: mb(afterQueries.rss), heapUsed: mb(afterQueries.heapUsed), external: mb(afterQueries.external) },
        indexMb: { rss: mb(afterQueries.rss - baseline.rss), heapUsed: mb(afterQueries.heapUsed - baseline.heapUsed) },
        peakRssDuringBuildMb: mb(buildPeakRss),
        gcForced: typeof globalThis.gc === 'function',
      },
      persisted: { saveSeconds: round(saved.ms / 1000, 2), loadSeconds: round(loaded.ms / 1000, 2), bytesMb: mb(saved.bytes) },
      edit,
      peers: { fts5: { buildSeconds: round(fts5Ms / 1000, 1), fileMb: fts5.fileMb }, scan: { buildSeconds: round(scanMs / 1000, 1) } },
      overall,
      latency,
      wholeWordAgreement: agreement,
      typos,
      prefixes,
      sanity: { passed: checks.length - failed.length, total: checks.length, failed },
    };
  } finally {
    closeAll([fts5, scan]);
    texts.close();
  }
}

function closeAll(peers: Peer[]): void {
  for (const peer of peers) peer.close();
}
