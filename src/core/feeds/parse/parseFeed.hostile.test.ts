// Feeds written to hurt: entity bombs, external entities, huge feeds, prototype-polluting names and
// links to scripts, files or inline data. Each is read or refused in plain words, quickly, without
// reading a local file. Time limits here are generous safety nets; speed belongs to the benchmark.
import { describe, expect, it } from 'vitest';
import { FulcrumError } from '../../../shared/errors';
import { feedFixture } from '../../../../test/support/feedFixtures';
import type { ParsedFeed } from '../feedTypes';
import { parseFeed } from './parseFeed';

const base = 'https://hostile.example.com/feed.xml';

/** Parses, or returns the FulcrumError it was refused with; anything else thrown fails the test. */
function attempt(input: string | Uint8Array): ParsedFeed | FulcrumError {
  try {
    return parseFeed(input, base);
  } catch (error) {
    if (error instanceof FulcrumError) return error;
    throw error;
  }
}

function timed<T>(run: () => T): { value: T; seconds: number } {
  const start = performance.now();
  const value = run();
  return { value, seconds: (performance.now() - start) / 1000 };
}

const item = (i: number): string =>
  `<item><title>Episode ${i}</title><guid>g-${i}</guid><pubDate>${new Date(Date.UTC(2020, 0, 1) + i * 60_000).toUTCString()}</pubDate>` +
  `<enclosure url="https://hostile.example.com/${i}.mp3" type="audio/mpeg" length="1000"/><itunes:duration>10:00</itunes:duration>` +
  `<description>Notes &amp; more for ${i}</description></item>`;
const rss = (body: string, prolog = ''): string =>
  `<?xml version="1.0" encoding="UTF-8"?>${prolog}<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"><channel><title>Hostile</title>${body}</channel></rss>`;

describe('parseFeed against hostile feeds', () => {
  it('does not expand a billion-laughs entity bomb', () => {
    const levels = Array.from({ length: 9 }, (_, n) => `<!ENTITY lol${n + 1} "${`&lol${n};`.repeat(10)}">`).join('');
    const bomb = rss(`<item><title>&lol9;</title><guid>b</guid><description>&lol9;&lol9;</description></item>`, `<!DOCTYPE rss [<!ENTITY lol0 "lol">${levels}]>`);
    const { value, seconds } = timed(() => attempt(bomb));
    expect(seconds).toBeLessThan(5);
    if (value instanceof FulcrumError) {
      expect(value.code).toBe('invalid-input');
    } else {
      expect(value.episodes[0]?.title).toBe('&lol9;');
      expect(JSON.stringify(value)).not.toContain('lollol');
    }
  });

  it('never reads an external entity (file:///etc/passwd stays a reference)', () => {
    const xxe = rss(
      `<item><title>Leak &xxe;</title><guid>x</guid><description>&xxe;&param;</description></item>`,
      `<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd"><!ENTITY % param SYSTEM "file:///etc/hostname">]>`,
    );
    const value = attempt(xxe);
    expect(JSON.stringify(value)).not.toMatch(/root:|\/bin\/(ba)?sh/);
    if (!(value instanceof FulcrumError)) expect(value.episodes[0]?.title).toBe('Leak &xxe;');
  });

  it('refuses a feed with two DOCTYPEs (entity limits reset by each) in plain words', () => {
    const value = attempt(rss('<item><title>t</title></item>', '<!DOCTYPE rss [<!ENTITY a "b">]><!DOCTYPE rss [<!ENTITY c "d">]>'));
    if (value instanceof FulcrumError) expect(value.message).toMatch(/^This feed is damaged/);
    else expect(value.title).toBe('Hostile');
  });

  it('reads a 100,000-item feed in well under 30 seconds', { timeout: 120_000 }, () => {
    const xml = rss(Array.from({ length: 100_000 }, (_, i) => item(i)).join('\n'));
    const { value, seconds } = timed(() => parseFeed(xml, base));
    expect(seconds).toBeLessThan(30);
    expect(value.episodes).toHaveLength(100_000);
    expect(value.episodes[0]?.guid).toBe('g-99999');
    expect(value.episodes.at(-1)?.guid).toBe('g-0');
  });

  it('reads a 50 MB feed whose notes are one huge text, within bounds', { timeout: 120_000 }, () => {
    const huge = 'Closing is a process, not an event. '.repeat(1_450_000);
    const xml = rss(`<item><title>Huge &amp; long</title><guid>h</guid><description>${huge}&lt;b&gt;end&lt;/b&gt; ]]&gt;</description></item>${item(1)}`);
    expect(xml.length).toBeGreaterThan(50_000_000);
    const heapBefore = process.memoryUsage().heapUsed;
    const { value, seconds } = timed(() => parseFeed(Buffer.from(xml), base));
    expect(seconds).toBeLessThan(30);
    // Text is never gathered character by character (about 32 bytes a character in V8).
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(1_000_000_000);
    const notes = value.episodes.find((e) => e.guid === 'h')?.notes ?? '';
    expect(notes.length).toBeGreaterThan(50_000_000);
    expect(notes.endsWith('<b>end</b> ]]>')).toBe(true);
    expect(value.episodes).toHaveLength(2);
  });

  it('reads a 50 MB feed of many items with long notes', { timeout: 120_000 }, () => {
    const notes = 'Ask for the meeting. '.repeat(2_500);
    const xml = rss(Array.from({ length: 1_000 }, (_, i) => item(i).replace('</description>', ` ${notes}</description>`)).join(''));
    expect(xml.length).toBeGreaterThan(50_000_000);
    const { value, seconds } = timed(() => parseFeed(xml, base));
    expect(seconds).toBeLessThan(30);
    expect(value.episodes).toHaveLength(1_000);
  });

  it('refuses nesting 10,000 deep without overflowing the stack', () => {
    const value = attempt(rss(`${'<a>'.repeat(10_000)}${'</a>'.repeat(10_000)}`));
    expect(value).toBeInstanceOf(FulcrumError);
  });

  it('pollutes no prototype with __proto__, constructor or prototype as element or attribute names', () => {
    const xml = rss(
      `<__proto__ polluted="yes"><polluted>yes</polluted></__proto__><constructor><prototype><polluted>yes</polluted></prototype></constructor>` +
        `<item __proto__="x" constructor="y" prototype="z"><title>Safe</title><guid>p</guid><__proto__><polluted>yes</polluted></__proto__>` +
        `<enclosure url="https://hostile.example.com/p.mp3" __proto__="polluted" constructor="x"/>` +
        `<hasOwnProperty>1</hasOwnProperty><toString>x</toString><valueOf>y</valueOf></item>`,
    );
    const feed = parseFeed(xml, base);
    expect(feed.title).toBe('Hostile');
    expect(feed.episodes.map((e) => [e.title, e.enclosure?.url])).toEqual([['Safe', 'https://hostile.example.com/p.mp3']]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
    expect(typeof ({} as { constructor: unknown }).constructor).toBe('function');
    expect(Object.getPrototypeOf(feed.episodes[0])).toBe(Object.prototype);
  });

  it('keeps only http and https: javascript:, file: and data: links, images and enclosures are dropped', () => {
    const feed = parseFeed(feedFixture('hostile-links.xml'), base);
    expect(feed.link).toBeNull();
    expect(feed.imageUrl).toBeNull();
    expect(feed.people).toEqual([{ name: 'Mallory', role: 'host', href: null, img: null }]);
    const byGuid = Object.fromEntries(feed.episodes.map((e) => [e.guid, e]));
    expect(byGuid.h1).toMatchObject({ link: null, enclosure: null, imageUrl: null, transcripts: [], chapters: null });
    expect(byGuid.h2?.enclosure).toBeNull();
    expect(byGuid.h3?.enclosure?.url).toBe('https://safe.example.com/3.mp3');
    expect(JSON.stringify(feed.episodes)).not.toMatch(/javascript:|file:|data:/i);
    expect(feed.warnings.some((w) => w.includes('only web addresses are kept'))).toBe(true);
  });

  it('caps the warnings of a feed full of broken items', () => {
    const xml = rss(Array.from({ length: 2_000 }, (_, i) => `<item><title>t${i}</title><pubDate>not a date ${i}</pubDate></item>`).join(''));
    const feed = parseFeed(xml, base);
    expect(feed.episodes).toHaveLength(2_000);
    expect(feed.warnings.length).toBeLessThanOrEqual(51);
    expect(feed.warnings.at(-1)).toMatch(/^…and \d+ more problems/);
  });
});
