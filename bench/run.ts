// Fulcrum's search benchmark from the command line: SearchIndex against SQLite FTS5 and a substring
// scan on the same synthetic library and queries (the measuring is in benchmark.ts).
//
//   npm run bench -- [--docs 10000] [--words 1900] [--queries 2000] [--vocab 40000] [--seed N]
//                    [--limit 10] [--prefix-words 500] [--heap MB] [--compare-forward] [--breakdown]
//                    [--out file.json]
//
// --docs         documents in the library: 1000, 10000 and 50000 are the sizes issue 11 tracks
// --queries      queries in the mix (default 2000), split evenly over prefixes, whole words,
//                questions, filtered queries, typing keystrokes, zero-hit words and one-typo words
// --limit        hits on the first page (default 10)
// --prefix-words corpus words whose every prefix is checked for misses (default 500)
// --heap         V8 old-space limit for the measured process (default: Node's own, ~4 GB here)
// --compare-forward  also builds a plain flexsearch `forward` Document index over the bodies in a
//                separate process, for memory (at most 5000 documents: it does not fit beyond)
// --breakdown    instead of the benchmark, measures each structure SearchIndex builds on its own
//
// Memory is read after a forced GC, so the script re-runs itself under `node --expose-gc`.
// Results: tables on stdout, bench/results/latest.json and bench/results/bench-<docs>-docs.json,
// each with a top-level `summary` (the numbers issue 11 tracks).
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultBenchOptions, runBenchmark, type BenchOptions } from './benchmark';
import { runBreakdown, runForward, type ForwardResult } from './breakdown';
import { Corpus } from './corpus';
import { mb, peakRss, table } from './measure';
import { printReport } from './report';

const here = path.dirname(fileURLToPath(import.meta.url));
const forwardLimit = 5000;
const usage = 'npm run bench -- [--docs 10000] [--words 1900] [--queries 2000] [--vocab 40000] [--seed N] [--limit 10] [--prefix-words 500] [--heap MB] [--compare-forward] [--breakdown] [--out file]';

interface Options extends BenchOptions {
  heap?: number;
  compareForward: boolean;
  breakdown: boolean;
  forwardOnly: boolean;
  out: string;
}

function parseArgs(argv: string[]): Options {
  const options: Options = { ...defaultBenchOptions, compareForward: false, breakdown: false, forwardOnly: false, out: path.join(here, 'results', 'latest.json') };
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
      case '--prefix-words': options.prefixWords = number('prefix-words', value()); break;
      case '--heap': options.heap = number('heap', value()); break;
      case '--out': options.out = path.resolve(value() ?? ''); break;
      case '--compare-forward': options.compareForward = true; break;
      case '--breakdown': options.breakdown = true; break;
      case '--forward-only': options.forwardOnly = true; break;
      case '--help':
      case '-h':
        console.log(usage);
        process.exit(0);
        break;
      default:
        throw new Error(`unknown option ${arg}\n${usage}`);
    }
  }
  if (options.docs < 1) throw new Error('--docs must be at least 1');
  if (options.limit < 1) throw new Error('--limit must be at least 1');
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

function writeResults(result: object, mode: 'bench' | 'breakdown') {
  mkdirSync(path.dirname(options.out), { recursive: true });
  const json = `${JSON.stringify(result, null, 2)}\n`;
  writeFileSync(options.out, json);
  const named = path.join(path.dirname(options.out), `${mode}-${options.docs}-docs.json`);
  writeFileSync(named, json);
  log(`\nwrote ${path.relative(process.cwd(), options.out)} and ${path.relative(process.cwd(), named)}`);
}

if (options.forwardOnly || options.breakdown) {
  const corpus = new Corpus({ docs: options.docs, words: options.words, vocabulary: options.vocab, seed: options.seed });
  if (options.forwardOnly) {
    console.log(`FORWARD_RESULT ${JSON.stringify(runForward(corpus, log))}`);
    process.exit(0);
  }
  const { baseline, structures } = runBreakdown(corpus, log);
  console.log(`\nMemory by structure, ${options.docs} docs × ~${options.words} words (growth of heapUsed+external after GC)\n`);
  console.log(table(['structure', 'heap+ext MB', 'rss MB', 'build s'], structures.map((s) => [s.structure, s.heapMb, s.rssMb, s.buildSeconds]), 1));
  const config = { docs: options.docs, words: options.words, vocabulary: corpus.vocabulary.words.length, seed: options.seed };
  writeResults({ kind: 'breakdown', date: new Date().toISOString(), config, baselineMb: mb(baseline.heapUsed), peakRssMb: mb(peakRss()), structures }, 'breakdown');
  process.exit(0);
}

/** A plain forward Document index, in its own process so the two indexes do not share a heap. */
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

const { heap: _heap, compareForward: wantForward, breakdown: _breakdown, forwardOnly: _forwardOnly, out: _out, ...benchOptions } = options;
const result = await runBenchmark(benchOptions, log);
printReport(result);
const forward = wantForward ? await compareForward() : undefined;
if (forward) {
  if ('error' in forward) console.log(`\nPlain forward Document index: ${forward.error}`);
  else {
    console.log(`\nPlain flexsearch forward Document index (title + body, default encoder), same ${forward.docs} docs:`);
    console.log(
      table(
        ['index', 'heap+ext MB', 'build s'],
        [
          ['SearchIndex (this benchmark)', result.memory.indexMb.heapUsed, result.build.indexingSeconds],
          ['forward Document', forward.heapMb, forward.buildSeconds],
        ],
      ),
    );
  }
}
writeResults({ ...result, ...(forward ? { compareForward: forward } : {}) }, 'bench');
if (result.sanity.failed.length || !result.edit.allFound) process.exitCode = 1;
