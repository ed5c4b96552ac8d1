// The typing benchmark's pure parts: its command line, percentiles and the summary it writes.
import { parseArgs } from 'node:util';

export interface TypingOptions {
  docs: number;
  /** Keep the data folder when done (a fresh temp folder is removed otherwise). */
  keep: boolean;
  /** An already seeded folder to reuse (seeding is skipped when it holds a journal). */
  dataDir: string | null;
  /** Keystrokes typed after indexing (at least). */
  keystrokes: number;
  /** Keystrokes typed at most while the index is being built. */
  indexingKeystrokes: number;
}

export function parseTypingArgs(argv: readonly string[]): TypingOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      docs: { type: 'string' },
      keep: { type: 'boolean' },
      'data-dir': { type: 'string' },
      keystrokes: { type: 'string' },
      'indexing-keystrokes': { type: 'string' },
    },
  });
  const whole = (name: string, raw: string | undefined, fallback: number, min: number): number => {
    if (raw === undefined) return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min) throw new Error(`--${name} must be a whole number of at least ${min}, not "${raw}".`);
    return value;
  };
  return {
    docs: whole('docs', values.docs, 10_000, 1),
    keep: values.keep ?? false,
    dataDir: values['data-dir'] ?? null,
    keystrokes: whole('keystrokes', values.keystrokes, 300, 1),
    indexingKeystrokes: whole('indexing-keystrokes', values['indexing-keystrokes'], 300, 0),
  };
}

/** The p-th percentile (0–100) by nearest rank; null for no samples. */
export function percentile(samples: readonly number[], p: number): number | null {
  if (samples.length === 0) return null;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))] as number;
}

export const roundMs = (value: number | null): number | null => (value === null ? null : Math.round(value * 10) / 10);

export interface TypingSummary {
  docs: number;
  /** Keystrokes typed after indexing, whose keystroke → paint is measured. */
  keystrokes: number;
  keyToPaintP50Ms: number | null;
  keyToPaintP95Ms: number | null;
  keyToPaintP99Ms: number | null;
  /** Keystrokes after indexing whose answer was never painted (a newer keystroke superseded it). */
  unpainted: number;
  /** Keystrokes typed while the index was still being built. */
  inputDelayKeystrokes: number;
  inputDelayP95Ms: number | null;
  inputDelayP99Ms: number | null;
  /** From the server's start until a search answered without `indexing`. */
  indexingSeconds: number | null;
}

export function summarize(input: {
  docs: number;
  keystrokes: number;
  paintsMs: readonly number[];
  inputDelaysMs: readonly number[];
  indexingSeconds: number | null;
}): TypingSummary {
  return {
    docs: input.docs,
    keystrokes: input.keystrokes,
    keyToPaintP50Ms: roundMs(percentile(input.paintsMs, 50)),
    keyToPaintP95Ms: roundMs(percentile(input.paintsMs, 95)),
    keyToPaintP99Ms: roundMs(percentile(input.paintsMs, 99)),
    unpainted: Math.max(0, input.keystrokes - input.paintsMs.length),
    inputDelayKeystrokes: input.inputDelaysMs.length,
    inputDelayP95Ms: roundMs(percentile(input.inputDelaysMs, 95)),
    inputDelayP99Ms: roundMs(percentile(input.inputDelaysMs, 99)),
    indexingSeconds: input.indexingSeconds === null ? null : Math.round(input.indexingSeconds * 10) / 10,
  };
}

/** A plain text table, numbers right-aligned. */
export function textTable(rows: ReadonlyArray<readonly [string, string | number | null]>): string {
  const width = Math.max(...rows.map(([label]) => label.length));
  return rows.map(([label, value]) => `${label.padEnd(width)}  ${value === null ? '—' : String(value)}`).join('\n');
}
