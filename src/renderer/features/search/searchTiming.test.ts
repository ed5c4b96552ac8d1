import { describe, expect, it } from 'vitest';
import { KeyToPaint } from './searchTiming';

describe('KeyToPaint', () => {
  it('measures the first paint of the answer to the latest keystroke, once', () => {
    const timing = new KeyToPaint();
    timing.key('mand', 10);
    expect(timing.painted('mand')).toBe(10);
    expect(timing.painted('mand')).toBeNull();
  });

  it('skips a query superseded before its answer was painted', () => {
    const timing = new KeyToPaint();
    timing.key('man', 10);
    timing.key('mand', 20);
    expect(timing.painted('man')).toBeNull();
    expect(timing.painted('mand')).toBe(20);
  });

  it('waits for nothing once the box is empty', () => {
    const timing = new KeyToPaint();
    timing.key('ask', 5);
    timing.key('', 0);
    expect(timing.painted('ask')).toBeNull();
    expect(timing.painted('')).toBeNull();
  });
});
