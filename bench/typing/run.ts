// Typing in Chromium, end to end: seeds a data folder with N podcast episodes and transcripts,
// starts browser mode on it as the e2e tests do, and types into the search box with Playwright.
// While the index is still being built it records each keystroke's input delay (capture-phase
// keydown: performance.now() - event.timeStamp); after, the renderer's keystroke → paint measures
// (`fulcrum:search:paint`, see src/renderer/features/search/searchTiming.ts).
//
//   npm run bench:typing -- [--docs 10000] [--keep] [--data-dir DIR] [--keystrokes 300] [--indexing-keystrokes 300]
//
// --data-dir reuses a folder (seeded by an earlier --keep run, or seeded now if it holds no journal).
// Its persisted search index (search-index/) is deleted first, so the index is built again.
// Results: bench/results/typing-<docs>-docs.json and typing-latest.json, each with a `summary`.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { journalFileName } from '../../src/core/storage/database';
import { chromiumArgs, ensureChromium } from '../../e2e/support/chromium';
import { startFulcrum, type RunningFulcrum } from '../../e2e/support/fulcrumServer';
import { Corpus } from '../corpus';
import { seedEpisodes } from './seedEpisodes';
import { parseTypingArgs, percentile, roundMs, summarize, textTable } from './typingStats';
import { typedQueries, type TypedQuery } from './typingQueries';

const root = path.resolve(import.meta.dirname, '..', '..');
const resultsDir = path.join(root, 'bench', 'results');
const paintName = 'fulcrum:search:paint';

interface KeyDelay {
  key: string;
  delayMs: number;
  /** Epoch milliseconds, comparable with Date.now() in this process. */
  at: number;
}

interface IndexingWatch {
  startedAt: number;
  doneAt: number | null;
  samples: Array<{ at: number; indexed: number; total: number }>;
  done: Promise<void>;
  stop: () => void;
}

/** Asks the server every 250 ms whether a search still carries `indexing`. */
function watchIndexing(server: RunningFulcrum, startedAt: number): IndexingWatch {
  let stopped = false;
  const watch: IndexingWatch = { startedAt, doneAt: null, samples: [], done: Promise.resolve(), stop: () => (stopped = true) };
  watch.done = (async () => {
    while (!stopped) {
      const answer = await server.api<{ indexing?: { indexed: number; total: number } }>('search.query', { q: 'pipeline', limit: 1 });
      if (!answer.indexing) {
        watch.doneAt = Date.now();
        return;
      }
      watch.samples.push({ at: Date.now() - startedAt, ...answer.indexing });
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  })();
  return watch;
}

/** Runs in the page before the app: records every keydown's input delay, and slow keydowns by the Event Timing API. */
function recordKeystrokes(): void {
  const record = { keys: [] as KeyDelay[], slowEvents: [] as Array<{ inputDelayMs: number; durationMs: number; at: number }> };
  (window as unknown as { __typing: typeof record }).__typing = record;
  window.addEventListener('keydown', (event) => record.keys.push({ key: event.key, delayMs: performance.now() - event.timeStamp, at: performance.timeOrigin + performance.now() }), { capture: true });
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as PerformanceEventTiming[]) {
        if (entry.name === 'keydown') record.slowEvents.push({ inputDelayMs: entry.processingStart - entry.startTime, durationMs: entry.duration, at: performance.timeOrigin + entry.startTime });
      }
    }).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);
  } catch {
    // No Event Timing API: the keydown listener is enough.
  }
}

async function takeKeystrokes(page: Page): Promise<{ keys: KeyDelay[]; slowEvents: Array<{ inputDelayMs: number; durationMs: number; at: number }> }> {
  return page.evaluate(() => {
    const record = (window as unknown as { __typing: { keys: KeyDelay[]; slowEvents: Array<{ inputDelayMs: number; durationMs: number; at: number }> } }).__typing;
    const taken = { keys: record.keys.splice(0), slowEvents: record.slowEvents.splice(0) };
    return taken;
  });
}

/** The search requests the page made since last asked (Resource Timing): start to response end, in ms. */
async function takeFetches(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    const fetches = performance
      .getEntriesByType('resource')
      .filter((entry) => entry.name.includes('/api/search.query'))
      .map((entry) => (entry as PerformanceResourceTiming).responseEnd - entry.startTime);
    performance.clearResourceTimings();
    return fetches;
  });
}

async function takePaints(page: Page): Promise<Array<{ q: string; hits: number; ms: number; commitMs: number }>> {
  return page.evaluate((name) => {
    const paints = performance.getEntriesByName(name, 'measure').map((entry) => {
      const detail = (entry as PerformanceMeasure).detail as { q: string; hits: number; commitMs: number };
      return { q: detail.q, hits: detail.hits, ms: entry.duration, commitMs: detail.commitMs };
    });
    performance.clearMeasures(name);
    return paints;
  }, paintName);
}

function seedIfNeeded(dataDir: string, docs: number, corpus: Corpus): number | null {
  if (existsSync(path.join(dataDir, journalFileName))) {
    console.log(`Reusing the seeded data folder ${dataDir}.`);
    return null;
  }
  console.log(`Seeding ${docs.toLocaleString('en')} episodes with transcripts into ${dataDir}…`);
  let last = 0;
  const report = seedEpisodes(dataDir, docs, corpus, (done) => {
    if (done === docs || done - last >= Math.max(1000, docs / 10)) {
      last = done;
      console.log(`  ${done.toLocaleString('en')} of ${docs.toLocaleString('en')}`);
    }
  });
  console.log(`Seeded ${report.episodes.toLocaleString('en')} episodes of ${report.shows} shows in ${report.seconds.toFixed(1)} s.`);
  return report.seconds;
}

async function main(): Promise<void> {
  const options = parseTypingArgs(process.argv.slice(2));
  if (!existsSync(path.join(root, 'out', 'web', 'index.html'))) {
    console.log('The browser build (out/web) is missing: running npm run build:renderer…');
    execFileSync('npm', ['run', 'build:renderer'], { cwd: root, stdio: 'inherit' });
  }
  const temporary = options.dataDir === null;
  const dataDir = options.dataDir ? path.resolve(options.dataDir) : mkdtempSync(path.join(os.tmpdir(), 'fulcrum-typing-'));
  mkdirSync(dataDir, { recursive: true });
  const corpus = new Corpus({ docs: options.docs });
  const seedSeconds = seedIfNeeded(dataDir, options.docs, corpus);
  // A persisted index would skip the build this benchmark types during.
  rmSync(path.join(dataDir, 'search-index'), { recursive: true, force: true });

  const startedAt = Date.now();
  const server = await startFulcrum(dataDir);
  console.log(`Browser mode started in ${((Date.now() - startedAt) / 1000).toFixed(1)} s.`);
  const indexing = watchIndexing(server, startedAt);
  const browser = await chromium.launch({ executablePath: ensureChromium(), args: chromiumArgs });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 820 } });
    await page.addInitScript(recordKeystrokes);
    await page.goto(server.openUrl);
    await page.locator('body[data-ready="true"]').waitFor({ state: 'attached', timeout: 60_000 });
    const box = page.getByRole('searchbox', { name: 'Search the library' });
    await box.click();

    // 1. While the index is being built: keystroke input delays.
    const whileIndexing: TypedQuery[] = [];
    if (indexing.doneAt === null) console.log('Typing while the index is being built…');
    let typedWhileIndexing = 0;
    for (const query of typedQueries(corpus, options.indexingKeystrokes, 7)) {
      if (indexing.doneAt !== null || typedWhileIndexing >= options.indexingKeystrokes) break;
      await box.fill('');
      await page.keyboard.type(query.text, { delay: 40 });
      typedWhileIndexing += query.text.length;
      whileIndexing.push(query);
    }
    const early = await takeKeystrokes(page);
    await indexing.done;
    const indexingSeconds = indexing.doneAt === null ? null : (indexing.doneAt - startedAt) / 1000;
    const doneAt = indexing.doneAt ?? Number.POSITIVE_INFINITY;
    // Characters typed only: clearing the box between queries presses Delete, which is not counted.
    const duringIndexing = early.keys.filter((key) => key.key.length === 1 && key.at < doneAt);
    console.log(`Index built ${indexingSeconds?.toFixed(1)} s after start; ${duringIndexing.length} keystrokes were typed while it was being built.`);

    // 2. After indexing: keystroke → paint.
    await box.fill('');
    await page.waitForTimeout(300);
    await takePaints(page);
    await page.evaluate(() => performance.setResourceTimingBufferSize(10_000));
    await takeFetches(page);
    const queries: Array<TypedQuery & { keystrokes: number; paints: Array<{ q: string; hits: number; ms: number; commitMs: number }> }> = [];
    for (const query of typedQueries(corpus, options.keystrokes, 11)) {
      await box.fill('');
      await page.waitForTimeout(150);
      await takePaints(page);
      await page.keyboard.type(query.text, { delay: 100 });
      const last = query.text.trim();
      await page.waitForFunction(([name, q]) => performance.getEntriesByName(name as string, 'measure').some((entry) => ((entry as PerformanceMeasure).detail as { q: string }).q === q), [paintName, last], { timeout: 5000 }).catch(() => undefined);
      queries.push({ ...query, keystrokes: query.text.length, paints: await takePaints(page) });
    }
    const late = await takeKeystrokes(page);
    const fetchMs = await takeFetches(page);
    await box.fill('');

    // For comparison: the same queries asked of the server directly (HTTP round trip and the core).
    const apiMs: number[] = [];
    for (const query of queries) {
      for (let end = 1; end <= query.text.length; end++) {
        const q = query.text.slice(0, end).trim();
        if (!q) continue;
        const asked = performance.now();
        await server.api('search.query', { q, limit: 20 });
        apiMs.push(performance.now() - asked);
      }
    }

    const paintsMs = queries.flatMap((query) => query.paints.map((paint) => paint.ms));
    // Keystroke → answer committed to the DOM, and then → the frame that paints it.
    const commitsMs = queries.flatMap((query) => query.paints.map((paint) => paint.commitMs));
    const frameWaitsMs = queries.flatMap((query) => query.paints.map((paint) => paint.ms - paint.commitMs));
    const keystrokes = queries.reduce((sum, query) => sum + query.keystrokes, 0);
    const afterIndexingDelays = late.keys.filter((key) => key.key.length === 1).map((key) => key.delayMs);
    const summary = summarize({ docs: options.docs, keystrokes, paintsMs, inputDelaysMs: duringIndexing.map((key) => key.delayMs), indexingSeconds });
    const result = {
      summary,
      run: {
        date: new Date().toISOString(),
        chromium: browser.version(),
        node: process.version,
        cpus: os.cpus().length,
        seedSeconds,
        reusedDataDir: seedSeconds === null,
        targets: { keyToPaintP95Ms: 16, inputDelayP95MsWhileIndexing: 50 },
      },
      indexing: {
        seconds: indexingSeconds,
        progress: indexing.samples,
        typedQueries: whileIndexing.map((query) => query.text),
        inputDelayP50Ms: roundMs(percentile(duringIndexing.map((key) => key.delayMs), 50)),
        keystrokesAfterBuildEnded: early.keys.filter((key) => key.key.length === 1).length - duringIndexing.length,
        /** Keydowns whose Event Timing duration (input to next paint) reached 16 ms or more; shorter ones are not reported by the API. */
        slowKeydownsWhileIndexing: early.slowEvents.filter((event) => event.at < doneAt).length,
        slowKeydownEvents: early.slowEvents,
      },
      afterIndexing: {
        inputDelayP50Ms: roundMs(percentile(afterIndexingDelays, 50)),
        inputDelayP95Ms: roundMs(percentile(afterIndexingDelays, 95)),
        slowKeydowns: late.slowEvents.length,
        slowKeydownEvents: late.slowEvents,
        /** The same queries (every prefix typed) asked of the server from Node, one at a time: what the core and HTTP take. */
        /** The page's own search requests (Resource Timing, start to response end): the part of key → paint spent waiting for the answer. */
        keyToCommitP50Ms: roundMs(percentile(commitsMs, 50)),
        keyToCommitP95Ms: roundMs(percentile(commitsMs, 95)),
        commitToPaintP50Ms: roundMs(percentile(frameWaitsMs, 50)),
        commitToPaintP95Ms: roundMs(percentile(frameWaitsMs, 95)),
        pageFetches: fetchMs.length,
        pageFetchP50Ms: roundMs(percentile(fetchMs, 50)),
        pageFetchP95Ms: roundMs(percentile(fetchMs, 95)),
        apiP50Ms: roundMs(percentile(apiMs, 50)),
        apiP95Ms: roundMs(percentile(apiMs, 95)),
        queries: queries.map((query) => ({
          class: query.class,
          text: query.text,
          keystrokes: query.keystrokes,
          painted: query.paints.length,
          keyToPaintMs: query.paints.map((paint) => roundMs(paint.ms)),
          hits: query.paints.at(-1)?.hits ?? null,
        })),
      },
    };
    mkdirSync(resultsDir, { recursive: true });
    for (const file of [`typing-${options.docs}-docs.json`, 'typing-latest.json']) writeFileSync(path.join(resultsDir, file), `${JSON.stringify(result, null, 2)}\n`);

    console.log(`\nTyping in Chromium, ${options.docs.toLocaleString('en')} episodes with transcripts`);
    console.log(
      textTable([
        ['keystrokes after indexing', summary.keystrokes],
        ['key → paint p50 (ms)', summary.keyToPaintP50Ms],
        ['key → paint p95 (ms, target ≤ 16)', summary.keyToPaintP95Ms],
        ['key → paint p99 (ms)', summary.keyToPaintP99Ms],
        ['key → answer committed p50 / p95 (ms)', `${result.afterIndexing.keyToCommitP50Ms} / ${result.afterIndexing.keyToCommitP95Ms}`],
        ['committed → painted frame p50 / p95 (ms)', `${result.afterIndexing.commitToPaintP50Ms} / ${result.afterIndexing.commitToPaintP95Ms}`],
        ['keystrokes never painted (superseded)', summary.unpainted],
        ['keystrokes while indexing', summary.inputDelayKeystrokes],
        ['input delay p95 while indexing (ms, target ≤ 50)', summary.inputDelayP95Ms],
        ['input delay p99 while indexing (ms)', summary.inputDelayP99Ms],
        ['input delay p95 after indexing (ms)', result.afterIndexing.inputDelayP95Ms],
        ['keydowns ≥ 16 ms to next paint, while indexing', result.indexing.slowKeydownsWhileIndexing],
        ['search.query fetched by the page p50 / p95 (ms)', `${result.afterIndexing.pageFetchP50Ms} / ${result.afterIndexing.pageFetchP95Ms}`],
        ['search.query over HTTP from Node p50 / p95 (ms)', `${result.afterIndexing.apiP50Ms} / ${result.afterIndexing.apiP95Ms}`],
        ['indexing (s from server start)', summary.indexingSeconds],
      ]),
    );
    if (summary.inputDelayKeystrokes === 0) console.log('The index was built before typing could start: no input delay was measured while indexing.');
    console.log(`\nWritten: bench/results/typing-${options.docs}-docs.json and bench/results/typing-latest.json`);
  } finally {
    indexing.stop();
    await browser.close();
    await server.stop();
    if (temporary && !options.keep) rmSync(dataDir, { recursive: true, force: true });
    else console.log(`Data folder kept: ${dataDir} (reuse it with --data-dir).`);
  }
}

main().catch((error: unknown) => {
  console.error(`bench:typing: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
});
