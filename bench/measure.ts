// Memory and time helpers for the benchmark. Memory is read after a forced GC (node --expose-gc).

export interface MemorySample {
  rss: number;
  heapUsed: number;
  heapTotal: number;
  /** Memory outside the JS heap owned by JS objects (typed array buffers among it). */
  external: number;
  arrayBuffers: number;
}

export function forceGc(): void {
  const gc = globalThis.gc;
  if (typeof gc !== 'function') throw new Error('run node with --expose-gc');
  gc();
  gc();
}

export function measureMemory(): MemorySample {
  forceGc();
  const m = process.memoryUsage();
  return { rss: m.rss, heapUsed: m.heapUsed, heapTotal: m.heapTotal, external: m.external, arrayBuffers: m.arrayBuffers };
}

/** Peak resident set size of this process so far, in bytes. */
export function peakRss(): number {
  return process.resourceUsage().maxRSS * 1024;
}

export const mb = (bytes: number) => Math.round(bytes / 1048576);
export const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;

/** Nearest-rank percentile of unsorted samples. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] as number;
}

export function table(headers: string[], rows: Array<Array<string | number>>, rightAlignFrom = 1): string {
  const cells = [headers, ...rows.map((r) => r.map(String))];
  const widths = headers.map((_, c) => Math.max(...cells.map((r) => (r[c] ?? '').length)));
  const line = (r: string[]) => r.map((cell, c) => (c >= rightAlignFrom ? cell.padStart(widths[c] as number) : cell.padEnd(widths[c] as number))).join('  ');
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

/** Memory now: after a forced GC when node runs with --expose-gc (the CLI), as it is otherwise (tests). */
export function sampleMemory(): MemorySample {
  if (typeof globalThis.gc === 'function') return measureMemory();
  const m = process.memoryUsage();
  return { rss: m.rss, heapUsed: m.heapUsed, heapTotal: m.heapTotal, external: m.external, arrayBuffers: m.arrayBuffers };
}

export interface Latency {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

/** Percentiles of samples in ms, rounded to hundredths; zeros when there are none (JSON has no NaN). */
export function latencyOf(samples: readonly number[]): Latency {
  if (samples.length === 0) return { count: 0, p50: 0, p95: 0, p99: 0, max: 0 };
  return { count: samples.length, p50: round(percentile(samples, 50)), p95: round(percentile(samples, 95)), p99: round(percentile(samples, 99)), max: round(Math.max(...samples)) };
}

export function median(samples: readonly number[]): number {
  return percentile(samples, 50);
}
