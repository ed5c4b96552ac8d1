// Fulcrum's search benchmark: builds a SearchIndex over a synthetic library and times a fixed query mix.
//
//   npm run bench -- [--docs 10000] [--words 1900] [--queries 300] [--vocab 40000] [--seed N]
//                    [--limit 30] [--heap MB] [--compare-forward] [--breakdown] [--out file.json]
//
// --queries      queries in the mix (default 300), split evenly over prefixes, whole words, questions,
//                filtered queries and typing keystrokes
// --heap         V8 old-space limit for the measured process (default: Node's own, ~4 GB here)
// --compare-forward  also builds a plain flexsearch `forward` Document index over the bodies in a
//                separate process, for memory (at most 5000 documents: it does not fit beyond)
// --breakdown    instead of the benchmark, measures each structure SearchIndex builds on its own
//
// Memory is read after a forced GC, so the script re-runs itself under `node --expose-gc`.
// Results: a table on stdout, bench/results/latest.json and bench/results/<docs>-docs.json.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import type { SearchDocument, TextSource } from '../src/core/search/searchDocument';
import { SearchIndex } from '../src/core/search/searchIndex';
import type { SearchQuery } from '../src/shared/contract';
import type { SearchResults } from '../src/shared/contract';
import { runBreakdown, runForward, type ForwardResult } from './breakdown';
import { Corpus } from './corpus';
import { mb, measureMemory, peakRss, percentile, round, table } from './measure';
import { buildQueryMix, queryClasses, type QueryClass } from './queries';

const here = path.dirname(fileURLToPath(import.meta.url));
const forwardLimit = 5000;

interface Options {
  docs: number;
  words: number;
  queries: number;
  vocab: number;
  seed: number;
  limit: number;
  heap?: number;
  compareForward: boolean;
  breakdown: boolean;
  forwardOnly: boolean;
  out: string;
}

function parseArgs(argv: string[]): Options {
  const options: Options = { docs: 10_000, words: 1900, queries: 300, vocab: 40_000, seed: 20240601, limit: 30, compareForward: false, breakdown: false, forwardOnly: false, out: path.join(here, 'results', 'latest.json') };
  const number = (name: string, value: string | undefined) => {
    const parsed = Number(value);
    if (!Number.isInteger(parsed) || parsed < 0) throw new Error(`--${name} needs a whole number, got ${value}`);
    return parsed;
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const [flag, inline] = arg.includes('=') ? (arg.split('=', 2) as [string, string]) : [arg, undefined];
    const value = () => inline ?? argv[++i];
    switch (flag) {
      case '--docs': options.docs = number('docs', value()); break;
      case '--words': options.words = number('words', value()); break;
      case '--queries': options.queries = number('queries', value()); break;
      case '--vocab': options.vocab = number('vocab', value()); break;
      case '--seed': options.seed = number('seed', value()); break;
      case '--limit': options.limit = number('limit', value()); break;
      case '--heap': options.heap = number('heap', value()); break;
      case '--out': options.out = path.resolve(value() ?? ''); break;
      case '--compare-forward': options.compareForward = true; break;
      case '--breakdown': options.breakdown = true; break;
      case '--forward-only': options.forwardOnly = true; break;
      case '--help':
      case '-h':
        console.log('npm run bench -- [--docs 10000] [--words 1900] [--queries 300] [--vocab 40000] [--seed N] [--limit 30] [--heap MB] [--compare-forward] [--breakdown] [--out file]');
        process.exit(0);
        break;
      default:
        throw new Error(`unknown option ${arg}`);
    }
  }
  if (options.docs < 1) throw new Error('--docs must be at least 1');
  return options;
}

function nodeArgs(options: Options): string[] {
  return ['--expose-gc', '--import', import.meta.resolve('tsx'), ...(options.heap ? [`--max-old-space-size=${options.heap}`] : [])];
}

const options = parseArgs(process.argv.slice(2));
const log = (line: string) => console.error(line);

// `npm run bench` starts us under tsx without --expose-gc: run again in a child that has it.
if (typeof globalThis.gc !== 'function') {
  const child = spawnSync(process.execPath, [...nodeArgs(options), fileURLToPath(import.meta.url), ...process.argv.slice(2)], { stdio: 'inherit' });
  if (child.signal) console.error(`\nbenchmark process killed by ${child.signal} (out of memory aborts with SIGABRT; the last progress line above shows how far it got)`);
  process.exit(child.status ?? 1);
}

if (options.compareForward && options.docs > forwardLimit) {
  console.error(`--compare-forward refuses ${options.docs} documents: a plain forward index takes ~80 KB per 1,900-word document and runs out of memory well before 50k. Use --docs ${forwardLimit} or fewer.`);
  process.exit(2);
}

const corpus = new Corpus({ docs: options.docs, words: options.words, vocabulary: options.vocab, seed: options.seed });
const environment = {
  node: process.version,
  v8: process.versions.v8,
  cpus: os.cpus().length,
  cpuModel: os.cpus()[0]?.model ?? '',
  totalMemMb: mb(os.totalmem()),
  heapLimitMb: mb(v8.getHeapStatistics().heap_size_limit),
};

if (options.forwardOnly) {
  const result = runForward(corpus, log);
  console.log(`FORWARD_RESULT ${JSON.stringify(result)}`);
  process.exit(0);
}

const config = { docs: options.docs, words: options.words, queries: options.queries, vocabulary: corpus.vocabulary.words.length, seed: options.seed, limit: options.limit };
log(`corpus: ${options.docs} docs × ~${options.words} words, vocabulary ${config.vocabulary} word forms, seed ${options.seed}`);
log(`node ${environment.node}, ${environment.cpus} cpus, heap limit ${environment.heapLimitMb} MB`);

function writeResults(result: object) {
  mkdirSync(path.dirname(options.out), { recursive: true });
  const json = `${JSON.stringify(result, null, 2)}\n`;
  writeFileSync(options.out, json);
  const mode = options.breakdown ? 'breakdown' : 'bench';
  const named = path.join(path.dirname(options.out), `${mode}-${options.docs}-docs.json`);
  writeFileSync(named, json);
  log(`\nwrote ${path.relative(process.cwd(), options.out)} and ${path.relative(process.cwd(), named)}`);
}

if (options.breakdown) {
  const { baseline, structures } = runBreakdown(corpus, log);
  console.log(`\nMemory by structure, ${options.docs} docs × ~${options.words} words (growth of heapUsed+external after GC)\n`);
  console.log(table(['structure', 'heap+ext MB', 'rss MB', 'build s'], structures.map((s) => [s.structure, s.heapMb, s.rssMb, s.buildSeconds]), 1));
  writeResults({ kind: 'breakdown', date: new Date().toISOString(), config, environment, baselineMb: mb(baseline.heapUsed), peakRssMb: mb(peakRss()), structures });
  process.exit(0);
}

// ---------------------------------------------------------------------------------------------
// Build

let fetchMs = 0;
let textsOn = true;
const source = corpus.textSource();
const timedSource: TextSource = (doc) => {
  if (!textsOn) return '';
  const started = performance.now();
  const text = source(doc);
  fetchMs += performance.now() - started;
  return text;
};

const baseline = measureMemory();
const index = new SearchIndex(timedSource);
let generationMs = 0;
const buildStarted = performance.now();
function* timedDocuments(): Generator<SearchDocument> {
  const step = Math.max(1, Math.floor(options.docs / 20));
  for (let n = 0; n < options.docs; n++) {
    const started = performance.now();
    const doc = corpus.document(n);
    generationMs += performance.now() - started;
    yield doc;
    if ((n + 1) % step === 0) {
      const m = process.memoryUsage();
      log(`  [build] ${n + 1}/${options.docs} docs, ${round((performance.now() - buildStarted) / 1000, 1)} s, rss ${mb(m.rss)} MB, heap ${mb(m.heapUsed)} MB`);
    }
  }
}
await index.addAll(timedDocuments());
const buildMs = performance.now() - buildStarted;
const afterBuild = measureMemory();
const buildPeakRss = peakRss();
const build = {
  totalSeconds: round(buildMs / 1000, 1),
  generationSeconds: round(generationMs / 1000, 1),
  indexingSeconds: round((buildMs - generationMs) / 1000, 1),
  msPerDoc: round((buildMs - generationMs) / options.docs, 2),
};
const memory = {
  baselineMb: { rss: mb(baseline.rss), heapUsed: mb(baseline.heapUsed) },
  afterBuildMb: { rss: mb(afterBuild.rss), heapUsed: mb(afterBuild.heapUsed), heapTotal: mb(afterBuild.heapTotal), external: mb(afterBuild.external) },
  indexMb: { rss: mb(afterBuild.rss - baseline.rss), heapUsed: mb(afterBuild.heapUsed - baseline.heapUsed) },
  peakRssDuringBuildMb: mb(buildPeakRss),
};
log(`built in ${build.totalSeconds} s (${build.generationSeconds} s generating the corpus), heap ${memory.afterBuildMb.heapUsed} MB, rss ${memory.afterBuildMb.rss} MB, dictionary ${index.dictionarySize} words`);

// ---------------------------------------------------------------------------------------------
// Queries

interface Sample {
  ms: number;
  rankMs: number;
  fetchMs: number;
  snippetMs: number;
  hits: number;
  total: number;
}

function timeQuery(query: SearchQuery): { sample: Sample; results: SearchResults } {
  fetchMs = 0;
  const started = performance.now();
  const results = index.search(query);
  const ms = performance.now() - started;
  const searchFetchMs = fetchMs;
  // The same query again with empty texts: no fetching, no snippets, only what the index does.
  textsOn = false;
  const rankStarted = performance.now();
  index.search(query);
  const rankMs = performance.now() - rankStarted;
  textsOn = true;
  const snippetMs = Math.max(0, ms - rankMs - searchFetchMs);
  return { sample: { ms, rankMs, fetchMs: searchFetchMs, snippetMs, hits: results.hits.length, total: results.total }, results };
}

const mix = buildQueryMix(corpus, options.queries, options.seed).map((q) => ({ ...q, query: { ...q.query, limit: options.limit } }));
log(`running ${mix.length} queries…`);
// Warm-up (JIT, dictionary sort on first expansion), not counted.
for (const { query } of mix.slice(0, 30)) index.search(query);
const samples = new Map<QueryClass, Sample[]>(queryClasses.map((c) => [c, []]));
const queriesStarted = performance.now();
for (const { classes, query } of mix) {
  const { sample } = timeQuery(query);
  for (const cls of classes) samples.get(cls)?.push(sample);
}
const queriesSeconds = round((performance.now() - queriesStarted) / 1000, 1);

const latency = queryClasses.map((cls) => {
  const list = samples.get(cls) ?? [];
  const ms = list.map((s) => s.ms);
  return {
    class: cls,
    count: list.length,
    p50: round(percentile(ms, 50)),
    p95: round(percentile(ms, 95)),
    max: round(Math.max(...ms)),
    mean: round(ms.reduce((a, b) => a + b, 0) / Math.max(1, ms.length)),
    rankP50: round(percentile(list.map((s) => s.rankMs), 50)),
    rankP95: round(percentile(list.map((s) => s.rankMs), 95)),
    rankMax: round(Math.max(...list.map((s) => s.rankMs))),
    fetchP50: round(percentile(list.map((s) => s.fetchMs), 50)),
    snippetP50: round(percentile(list.map((s) => s.snippetMs), 50)),
    avgHits: round(list.reduce((a, s) => a + s.hits, 0) / Math.max(1, list.length), 1),
    avgTotal: Math.round(list.reduce((a, s) => a + s.total, 0) / Math.max(1, list.length)),
    zeroHits: list.filter((s) => s.hits === 0).length,
  };
});

// ---------------------------------------------------------------------------------------------
// Sanity: planted marker words are found first, from their prefixes, through filters.

interface Check {
  check: string;
  query: string;
  ok: boolean;
  got: string;
  ms: number;
}
const checks: Check[] = [];
const check = (name: string, query: SearchQuery, test: (r: SearchResults) => boolean) => {
  const { sample, results } = timeQuery(query);
  const got = results.hits.slice(0, 3).map((h) => h.id).join(', ') + (results.total > 3 ? ` … (${results.total})` : '');
  checks.push({ check: name, query: JSON.stringify(query.q) + (query.kinds ? ` kinds=${query.kinds.join(',')}` : ''), ok: test(results), got: got || '(none)', ms: round(sample.ms) });
};
for (const marker of corpus.markers) {
  const first = (r: SearchResults) => r.hits[0]?.id === marker.id;
  check(`${marker.field} marker, finished word`, { q: `${marker.word} `, limit: options.limit }, first);
  for (let length = 2; length <= marker.word.length; length++) {
    check(`${marker.field} marker, typed ${length} chars`, { q: marker.word.slice(0, length), limit: options.limit }, first);
  }
  check(`${marker.field} marker, own kind only`, { q: marker.word, limit: options.limit, kinds: [marker.kind] }, first);
  const otherKinds = (['episode', 'article', 'lesson', 'journal'] as const).filter((k) => k !== marker.kind);
  check(`${marker.field} marker, other kinds: none`, { q: `${marker.word} `, limit: options.limit, kinds: [...otherKinds] }, (r) => r.total === 0);
  if (marker.phrase) check(`${marker.field} marker, planted phrase`, { q: marker.phrase, limit: options.limit }, first);
  if (marker.phrase) check(`${marker.field} marker, question around it`, { q: `how do we run the ${marker.word} thing`, limit: options.limit }, first);
  if (marker.field === 'body') {
    check(`${marker.field} marker, snippet shows it`, { q: `${marker.word} `, limit: options.limit }, (r) => {
      const hit = r.hits[0];
      return !!hit && hit.snippet.toLowerCase().includes(marker.word) && hit.marks.length > 0;
    });
  }
}
if (corpus.markers.length > 0) {
  check('"x" finds every marker, nothing else', { q: 'x', limit: options.limit }, (r) => r.total === corpus.markers.length && corpus.markers.every((m) => r.hits.some((h) => h.id === m.id)));
}
check('common word finds many', { q: 'pipeline ', limit: options.limit }, (r) => r.hits.length === options.limit || r.total === options.docs);

// ---------------------------------------------------------------------------------------------
// Replacing a document (what a journal edit does): SearchIndex.add removes the old version first.

const updates: number[] = [];
const markerDocs = new Set(corpus.markers.map((m) => m.docNumber));
for (let n = options.docs - 1, done = 0; n >= 0 && done < 5; n--) {
  if (markerDocs.has(n)) continue;
  const doc = corpus.document(n);
  const started = performance.now();
  index.add(doc);
  updates.push(performance.now() - started);
  done++;
}
const update = { count: updates.length, p50: round(percentile(updates, 50)), max: round(Math.max(...updates)) };

// ---------------------------------------------------------------------------------------------
// Plain forward Document index for comparison, in its own process so the two do not mix.

async function compareForward(): Promise<ForwardResult | { error: string }> {
  log(`\nbuilding a plain flexsearch forward Document index over ${options.docs} docs in a separate process…`);
  const child = spawn(process.execPath, [...nodeArgs(options), fileURLToPath(import.meta.url), ...process.argv.slice(2).filter((a) => a !== '--compare-forward'), '--forward-only'], { stdio: ['ignore', 'pipe', 'inherit'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.on('close', (c, s) => resolve([c, s])));
  const line = output.split('\n').find((l) => l.startsWith('FORWARD_RESULT '));
  if (!line) return { error: `forward index process ended with ${signal ?? `code ${code}`} and no result` };
  return JSON.parse(line.slice('FORWARD_RESULT '.length)) as ForwardResult;
}
const forward = options.compareForward ? await compareForward() : undefined;

// ---------------------------------------------------------------------------------------------
// Report

const sizes = `${options.docs} docs × ~${options.words} words`;
console.log(`\nFulcrum search benchmark: ${sizes}, vocabulary ${config.vocabulary}, node ${environment.node}, ${environment.cpus} cpus\n`);
console.log(
  table(
    ['build', 'value'],
    [
      ['build time (SearchIndex.addAll)', `${build.indexingSeconds} s (+${build.generationSeconds} s generating the corpus)`],
      ['per document', `${build.msPerDoc} ms`],
      ['heapUsed after build (GC)', `${memory.afterBuildMb.heapUsed} MB (index: +${memory.indexMb.heapUsed} MB)`],
      ['rss after build (GC)', `${memory.afterBuildMb.rss} MB (peak during build ${memory.peakRssDuringBuildMb} MB)`],
      ['TermDictionary', `${index.dictionarySize} words`],
      ['replace a document (remove + add)', `p50 ${update.p50} ms, max ${update.max} ms (n=${update.count})`],
      ['queries run', `${mix.length} in ${queriesSeconds} s`],
    ],
    99,
  ),
);
console.log(`\nLatency per query class, ms, of SearchIndex.search with limit ${options.limit}. "rank" = the same query run again`);
console.log('with empty texts (index lookups, dictionary expansion, scoring, filters, sorting); "fetch" = the TextSource');
console.log('regenerating the hits\' texts (stands for storage); "snippet" = total - rank - fetch (cutting snippets).\n');
console.log(
  table(
    ['class', 'n', 'p50', 'p95', 'max', 'rank p50', 'rank p95', 'rank max', 'fetch p50', 'snippet p50', 'avg hits', 'avg total', '0 hits'],
    latency.map((l) => [l.class, l.count, l.p50, l.p95, l.max, l.rankP50, l.rankP95, l.rankMax, l.fetchP50, l.snippetP50, l.avgHits, l.avgTotal, l.zeroHits]),
  ),
);
const failed = checks.filter((c) => !c.ok);
console.log(`\nSanity: ${checks.length - failed.length}/${checks.length} checks passed${failed.length ? '' : ' (markers found first, by every prefix, through kind filters; snippets show them)'}`);
if (failed.length) console.log(table(['failed check', 'query', 'top hits'], failed.map((c) => [c.check, c.query, c.got]), 99));
if (forward) {
  if ('error' in forward) console.log(`\nPlain forward Document index: ${forward.error}`);
  else {
    console.log(`\nPlain flexsearch forward Document index (title + body, default encoder), same ${forward.docs} docs:`);
    console.log(
      table(
        ['index', 'heap+ext MB', 'rss growth MB', 'build s'],
        [
          ['SearchIndex (this benchmark)', mb(afterBuild.heapUsed + afterBuild.external - baseline.heapUsed - baseline.external), memory.indexMb.rss, build.indexingSeconds],
          ['forward Document', forward.heapMb, forward.rssMb, forward.buildSeconds],
        ],
      ),
    );
  }
}

writeResults({
  kind: 'bench',
  date: new Date().toISOString(),
  config,
  environment,
  build,
  memory,
  dictionarySize: index.dictionarySize,
  indexSize: index.size,
  update,
  queriesSeconds,
  latency,
  sanity: { passed: checks.length - failed.length, total: checks.length, checks },
  ...(forward ? { compareForward: forward } : {}),
});
if (failed.length) process.exitCode = 1;
