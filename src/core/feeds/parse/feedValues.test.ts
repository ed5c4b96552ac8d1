// The small readers a feed's values go through: dates, durations, addresses and bytes.
import { describe, expect, it } from 'vitest';
import { parseDuration } from './durations';
import { parseFeedDate } from './feedDates';
import { declaredEncoding, feedText, windows1252 } from './feedText';
import { httpUrl } from './feedUrls';

describe('parseFeedDate', () => {
  it.each([
    ['Tue, 10 Jun 2003 04:00:00 GMT', '2003-06-10T04:00:00.000Z'],
    ['Tue, 10 Jun 2003 04:00:00 -0000', '2003-06-10T04:00:00.000Z'],
    ['Tuesday, 10 June 2003 04:00 +0130', '2003-06-10T02:30:00.000Z'],
    ['10 Jun 2003 04:00:00 GMT', '2003-06-10T04:00:00.000Z'],
    ['Tue,10 Jun 2003 04:00:00 GMT', '2003-06-10T04:00:00.000Z'],
    ['Tue, 10 Jun 03 04:00:00 GMT', '2003-06-10T04:00:00.000Z'],
    ['Tue, 10 Jun 99 04:00:00 GMT', '1999-06-10T04:00:00.000Z'],
    ['Tue, 10 Jun 2003 04:00:00 GMT+2', '2003-06-10T02:00:00.000Z'],
    ['Tue, 10 Jun 2003 04:00:00 UTC-05:30', '2003-06-10T09:30:00.000Z'],
    ['Tue, 10 Jun 2003 04:00:00 PDT', '2003-06-10T11:00:00.000Z'],
    ['Tue, 10 Jun 2003 04:00:00 +0000 (UTC)', '2003-06-10T04:00:00.000Z'],
    ['Tue, 10 Jun 2003 04:00:00', '2003-06-10T04:00:00.000Z'],
    ['Tue, 10 Jun 2003', '2003-06-10T00:00:00.000Z'],
    ['10-Jun-2003 04:00', '2003-06-10T04:00:00.000Z'],
    ['June 10, 2003 4:05 pm', '2003-06-10T16:05:00.000Z'],
    ['Tue, 10 Jun 2003 12:30:00 AM EST', '2003-06-10T05:30:00.000Z'],
    ['2003-06-10T04:00:00Z', '2003-06-10T04:00:00.000Z'],
    ['2003-06-10T04:00:00.123+02:00', '2003-06-10T02:00:00.000Z'],
    ['2003-06-10 04:00:00', '2003-06-10T04:00:00.000Z'],
    ['2003-06-10', '2003-06-10T00:00:00.000Z'],
    ['  Tue,  10   Jun 2003\n04:00:00 GMT ', '2003-06-10T04:00:00.000Z'],
  ])('%s', (raw, iso) => {
    expect(parseFeedDate(raw)).toBe(iso);
  });

  it.each(['', 'yesterday', 'Tue, 31 Jun 2003 04:00:00 GMT', '2003-13-01', 'Tue, 10 Foo 2003', '10 Jun 2003 25:00', 'Tue, 10 Jun 2003 04:00:00 XYZ', '0000-01-01'])(
    'unreadable: %j',
    (raw) => {
      expect(parseFeedDate(raw)).toBeNull();
    },
  );
});

describe('parseDuration', () => {
  it.each([
    ['01:02:03', 3723],
    ['1:02:03', 3723],
    ['62:03', 3723],
    ['5:07', 307],
    ['3723', 3723],
    ['1014.708375', 1015],
    ['00:57:11.5', 3431],
    ['1h 2m 3s', 3723],
    ['45 min', 2700],
    [' 90 ', 90],
  ])('%s → %i', (raw, seconds) => {
    expect(parseDuration(raw)).toBe(seconds);
  });

  it.each(['', '0', '00:00:00', 'forever', '-5', '1:2:3:4', 'NaN'])('unreadable: %j', (raw) => {
    expect(parseDuration(raw)).toBeNull();
  });
});

describe('httpUrl', () => {
  it('keeps absolute web addresses and resolves relative ones against the first web base', () => {
    expect(httpUrl('https://a.example.com/x y.mp3')).toBe('https://a.example.com/x%20y.mp3');
    expect(httpUrl('/x.mp3', ['not a url', 'file:///tmp/feed.xml', 'https://b.example.com/feed'])).toBe('https://b.example.com/x.mp3');
    expect(httpUrl('//cdn.example.com/x.mp3', ['http://b.example.com/'])).toBe('http://cdn.example.com/x.mp3');
  });

  it.each(['javascript:alert(1)', ' JAVASCRIPT:alert(1)', 'java\nscript:alert(1)', 'file:///etc/passwd', 'data:text/html,<script>', 'ftp://x.example.com/a', 'mailto:a@b.c', ''])(
    'drops %j',
    (raw) => {
      expect(httpUrl(raw, ['https://b.example.com/'])).toBeNull();
    },
  );

  it('returns null for a relative address with no web base', () => {
    expect(httpUrl('x.mp3', [null, 'file:///tmp/feed.xml'])).toBeNull();
  });
});

describe('feedText', () => {
  const bytes = (...parts: Array<string | number[]>): Uint8Array =>
    Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));

  it('reads the declared encoding', () => {
    expect(declaredEncoding('<?xml version="1.0" encoding="ISO-8859-1"?>')).toBe('iso-8859-1');
    expect(declaredEncoding("  <?xml version='1.0' encoding='Windows-1252' ?>")).toBe('windows-1252');
    expect(declaredEncoding('<rss>')).toBeNull();
  });

  it('follows the BOM, the declaration, then falls back to UTF-8 and windows-1252', () => {
    expect(feedText(bytes([0xef, 0xbb, 0xbf], '<a>', [0xc3, 0xa9], '</a>'))).toBe('<a>é</a>');
    expect(feedText(bytes('<?xml version="1.0" encoding="iso-8859-2"?><a>', [0xb1], '</a>'))).toContain('<a>ą</a>');
    expect(feedText(bytes('<a>', [0xe2, 0x80, 0x94], '</a>'))).toBe('<a>\u2014</a>');
    expect(feedText(bytes('<a>', [0x93, 0x80, 0x94], '</a>'))).toBe('<a>\u201c\u20ac\u201d</a>');
    expect(feedText(bytes('<?xml version="1.0" encoding="no-such-encoding"?><a>', [0xc3, 0xa9], '</a>'))).toContain('<a>é</a>');
    expect(feedText(Buffer.from('<a>é</a>', 'utf16le'))).toBe('<a>é</a>');
  });

  it('maps windows-1252 bytes 0x80–0x9F to their characters', () => {
    expect(windows1252(Uint8Array.from([0x80, 0x85, 0x91, 0x92, 0x99, 0x81, 0x41]))).toBe('€…‘’™\u0081A');
  });
});
