import { describe, expect, it } from 'vitest';
import { parseTypingArgs, percentile, summarize } from './typingStats';

describe('typing benchmark helpers', () => {
  it('reads its options, with defaults', () => {
    expect(parseTypingArgs([])).toEqual({ docs: 10_000, keep: false, dataDir: null, keystrokes: 300, indexingKeystrokes: 300 });
    expect(parseTypingArgs(['--docs', '1000', '--keep', '--data-dir', '/tmp/x'])).toMatchObject({ docs: 1000, keep: true, dataDir: '/tmp/x' });
    expect(() => parseTypingArgs(['--docs', 'many'])).toThrow('--docs must be a whole number of at least 1, not "many".');
  });

  it('takes percentiles by nearest rank', () => {
    const samples = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(samples, 50)).toBe(50);
    expect(percentile(samples, 95)).toBe(95);
    expect(percentile(samples, 99)).toBe(99);
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([], 95)).toBeNull();
  });

  it('counts the keystrokes never painted', () => {
    const summary = summarize({ docs: 10, keystrokes: 5, paintsMs: [4, 8, 12], inputDelaysMs: [], indexingSeconds: 1.234 });
    expect(summary).toMatchObject({ unpainted: 2, keyToPaintP50Ms: 8, inputDelayKeystrokes: 0, inputDelayP95Ms: null, indexingSeconds: 1.2 });
  });
});
