// The benchmark's tables on stdout: the summary issue 11 tracks, then latency per query class for
// SearchIndex and its peers, then what the answers were worth (typos, prefixes, planted markers).
import type { BenchResult } from './benchmark';
import { table } from './measure';

export function printReport(result: BenchResult, print: (text: string) => void = console.log): void {
  const { summary: s, config, environment, build, memory, peers, edit, typos, prefixes, sanity, persisted } = result;
  print(`\nFulcrum search benchmark: ${config.docs} docs × ~${config.words} words, vocabulary ${config.vocabularyForms}, ${config.queries} queries asked, page of ${config.limit}, node ${environment.node}, ${environment.cpus} cpus\n`);
  print(
    table(
      ['summary', 'value'],
      [
        ['SearchIndex build (addAll)', `${s.buildSeconds} s (+${build.generationSeconds} s generating the corpus), ${build.msPerDoc} ms/doc`],
        ['heap and buffers after the queries (loaded index)', `${s.heapMb} MB (heap ${memory.afterQueriesMb.heapUsed} MB, index +${memory.indexMb.heapUsed} MB, rss ${memory.afterQueriesMb.rss} MB, external ${memory.afterQueriesMb.external} MB; right after loading ${memory.afterLoadMb.heapUsed} MB; as built ${memory.afterBuildMb.heapUsed} MB, peak rss ${memory.peakRssDuringBuildMb} MB)${memory.gcForced ? '' : ' (no forced GC)'}`],
        ['rank p95 (ids only, no snippets)', `${s.rankP95Ms} ms`],
        ['first page p95 / p99', `${s.pageP95Ms} / ${s.pageP99Ms} ms`],
        ['FTS5 first page p95', `${s.fts5PageP95Ms} ms (built in ${peers.fts5.buildSeconds} s, ${peers.fts5.fileMb} MB file)`],
        ['substring scan p95', `${s.scanP95Ms} ms`],
        ['edit: re-add + find it (median)', `${s.editMs} ms (max ${edit.maxMs} ms, n=${edit.count}${edit.allFound ? '' : ', NOT ALL FOUND'})`],
        ['typo queries finding what was meant', `${s.typoHits} / ${s.typoQueries}`],
        ['prefix misses', `${s.prefixMisses} of ${prefixes.prefixes} prefixes of ${prefixes.words} words (${prefixes.stopWordMisses} of them stop words; own document not in results: ${prefixes.sourceDocMissing})`],
        ['save / load the saved index', `${persisted.saveSeconds} s / ${s.loadSeconds} s (${persisted.bytesMb} MB on disk)`],
      ],
      99,
    ),
  );
  print('\nLatency per query class, ms. "page" = SearchIndex.search, first page with snippets and marked titles;');
  print('"rank" = the same query with an empty TextSource (ranking only); FTS5 = bm25 page with snippet(); scan = substring scan.\n');
  const row = (label: string, n: number, l: BenchResult['overall']) => [
    label,
    n,
    l.fulcrumPage.p50,
    l.fulcrumPage.p95,
    l.fulcrumPage.p99,
    l.fulcrumRank.p50,
    l.fulcrumRank.p95,
    l.fts5Page.p50,
    l.fts5Page.p95,
    l.fts5Page.p99,
    l.scan.p50,
    l.scan.p95,
  ];
  print(
    table(
      ['class', 'n', 'page p50', 'p95', 'p99', 'rank p50', 'p95', 'fts5 p50', 'p95', 'p99', 'scan p50', 'p95'],
      [
        ...result.latency.map((l) => row(l.class, l.count, { fulcrumPage: l.page, fulcrumRank: l.rank, fts5Page: l.fts5, scan: l.scan })),
        row('all queries', result.overall.fulcrumPage.count, result.overall),
      ],
    ),
  );
  print('\nQueries with at least one hit, per class:\n');
  print(table(['class', 'n', 'Fulcrum', 'FTS5', 'scan'], result.latency.map((l) => [l.class, l.count, l.withHits.fulcrum, l.withHits.fts5, l.withHits.scan])));
  if (typos.missed.length) print(`\nTypos that missed (first ${typos.missed.length}): ${typos.missed.map((m) => `${m.q.trim()}→${m.meant}`).join(', ')}`);
  if (prefixes.examples.length) print(`Prefix misses (first ${prefixes.examples.length}): ${prefixes.examples.map((e) => `${e.prefix}…${e.word} (${e.id})`).join(', ')}`);
  print(`\nSanity: ${sanity.passed}/${sanity.total} checks passed${sanity.failed.length ? '' : ' (markers found first, by every prefix, through kind filters, with one typo; snippets show them)'}`);
  if (sanity.failed.length) print(table(['failed check', 'query', 'top hits'], sanity.failed.map((c) => [c.check, c.query, c.got]), 99));
}
