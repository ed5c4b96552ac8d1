import { describe, expect, it } from 'vitest';
import { runBenchmark, type BenchSummary } from './benchmark';

// The benchmark run small, in-process: it checks what the benchmark answers, never how fast
// (times on a shared CI machine say nothing). Nothing is written to bench/results.
const summaryKeys: Array<keyof BenchSummary> = ['docs', 'rankP95Ms', 'pageP95Ms', 'pageP99Ms', 'fts5PageP95Ms', 'scanP95Ms', 'heapMb', 'buildSeconds', 'loadSeconds', 'editMs', 'typoHits', 'typoQueries', 'prefixMisses'];

describe('search benchmark, 1k-document smoke run', () => {
  it('measures SearchIndex, FTS5 and the scan on the same queries and reports the summary issue 11 tracks', async () => {
    const result = await runBenchmark({ docs: 1000, words: 250, queries: 210, vocab: 20_000, seed: 11, limit: 10, prefixWords: 60, edits: 5 });

    expect(Object.keys(result.summary).sort()).toEqual([...summaryKeys].sort());
    for (const key of summaryKeys) expect(Number.isFinite(result.summary[key]), key).toBe(true);
    expect(result.persisted.bytesMb).toBeGreaterThanOrEqual(0);
    expect(result.summary.docs).toBe(1000);

    // Every class of query was asked; zero-hit words find nothing anywhere.
    for (const cls of result.latency) expect(cls.count, cls.class).toBeGreaterThan(0);
    const zero = result.latency.find((l) => l.class === 'zero-hit');
    expect(zero?.withHits).toEqual({ fulcrum: 0, fts5: 0, scan: 0 });

    // The peers answer the same whole-word queries (FTS5 stems, the scan matches inside words).
    const agreement = result.wholeWordAgreement;
    expect(agreement.queries).toBeGreaterThan(0);
    expect(agreement.fts5).toBeGreaterThan(0);
    expect(agreement.both).toBeGreaterThanOrEqual(Math.floor(0.9 * agreement.fts5));

    // Typos are forgiven by SearchIndex, never by FTS5.
    expect(result.summary.typoQueries).toBeGreaterThan(0);
    expect(result.summary.typoHits).toBeGreaterThan(0);
    expect(result.latency.find((l) => l.class === 'one typo')?.withHits.fts5).toBe(0);

    expect(result.prefixes.prefixes).toBeGreaterThan(0);
    expect(result.summary.prefixMisses).toBeLessThanOrEqual(result.prefixes.prefixes);
    expect(result.edit.allFound).toBe(true);
    expect(result.sanity.failed).toEqual([]);
  });
});
