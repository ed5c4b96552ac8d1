// OPML in the shapes podcast apps export (test/fixtures/feeds/opml/, written in each app's style),
// and OPML 2.0 out, round-tripped.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FulcrumError } from '../../../shared/errors';
import { feedFixture } from '../../../../test/support/feedFixtures';
import { opmlOf, parseOpml, xmlSafe } from './opml';

const opml = (name: string) => parseOpml(feedFixture(`opml/${name}`));

describe('parseOpml', () => {
  it('Apple Podcasts: a "feeds" folder, non-ASCII titles', () => {
    expect(opml('apple-podcasts.opml')).toEqual([
      { title: 'The Sales Huddle', url: 'https://huddle.example.com/feed.xml' },
      { title: 'Café Commercial — Les Négociateurs', url: 'https://negociateurs.example.fr/rss' },
      { title: '営業の時間', url: 'https://eigyo.example.jp/podcast.rss' },
    ]);
  });

  it('Overcast: playlists and episodes nested under a show are not subscriptions', () => {
    expect(opml('overcast.opml')).toEqual([
      { title: 'The Sales Huddle', url: 'https://huddle.example.com/feed.xml' },
      { title: 'Pipeline & Coffee ☕', url: 'https://coffee.example.com/podcast?format=rss&id=7' },
    ]);
  });

  it('Pocket Casts: a repeated address is listed once', () => {
    expect(opml('pocket-casts.opml')).toEqual([
      { title: 'Deal Desk Daily', url: 'https://dealdesk.example.com/rss' },
      { title: 'Führung & Vertrieb', url: 'https://fuehrung.example.de/feed' },
    ]);
  });

  it('AntennaPod: flat OPML 2.0; file: and javascript: addresses are left out', () => {
    expect(opml('antennapod.opml')).toEqual([
      { title: 'Coaching Corner', url: 'https://coaching.example.org/feed.xml' },
      { title: 'Ventas en Español: ¿Cómo cerrar?', url: 'https://ventas.example.es/feed/podcast/' },
    ]);
  });

  it('Castro and others: xmlurl in any case, nested folders, feed:// and itpc://, title or host as the name', () => {
    expect(opml('castro.opml')).toEqual([
      { title: 'Quota Crushers', url: 'https://quota.example.com/rss.xml' },
      { title: 'Revenue Radio', url: 'http://revenue.example.com/podcast.xml' },
      { title: 'Ленивый менеджер', url: 'http://manager.example.ru/rss' },
      { title: 'Untitled text, titled title', url: 'https://titled.example.com/rss' },
      { title: 'nameless.example.com', url: 'https://nameless.example.com/rss' },
    ]);
  });

  it.each([
    ['', /^This file is empty, not an OPML list/],
    ['{"feeds":[]}', /^This file is JSON data, not an OPML list/],
    ['just words', /^This file is not XML, not an OPML list/],
    ['<html><body>hi</body></html>', /^This file is a web page, not an OPML list/],
    ['<rss version="2.0"><channel><title>x</title></channel></rss>', /^This file is a podcast feed \(add it as a feed instead\)/],
    ['<opml><body><outline text="x"', /^This OPML file is damaged|^$/],
  ])('refuses %j in plain words', (input, message) => {
    let error: unknown;
    try {
      parseOpml(input);
    } catch (caught) {
      error = caught;
    }
    if (error === undefined) {
      expect(message.test('')).toBe(true); // a lenient read of a cut-off file is also fine
      return;
    }
    expect(error).toBeInstanceOf(FulcrumError);
    expect((error as FulcrumError).code).toBe('invalid-input');
    expect((error as FulcrumError).message).toMatch(message);
  });
});

describe('opmlOf', () => {
  it('writes escaped OPML 2.0', () => {
    const text = opmlOf([{ title: 'Tom & "Jerry" <live>', url: 'https://a.example.com/?a=1&b=2' }], 'My <shows>');
    expect(text).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<opml version="2.0">',
        '  <head>',
        '    <title>My &lt;shows&gt;</title>',
        '  </head>',
        '  <body>',
        '    <outline type="rss" text="Tom &amp; &quot;Jerry&quot; &lt;live&gt;" title="Tom &amp; &quot;Jerry&quot; &lt;live&gt;" xmlUrl="https://a.example.com/?a=1&amp;b=2"/>',
        '  </body>',
        '</opml>',
        '',
      ].join('\n'),
    );
  });

  it('round-trips through parseOpml for any titles and web addresses', () => {
    const feed = fc.record({ title: fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }), url: fc.webUrl({ withQueryParameters: true, withFragments: true }) });
    fc.assert(
      fc.property(fc.array(feed, { maxLength: 8 }), (feeds) => {
        const usable = feeds.filter((f) => xmlSafe(f.title).trim() !== '');
        const expected: Array<{ title: string; url: string }> = [];
        for (const f of usable) {
          const url = new URL(f.url).href;
          if (!expected.some((e) => e.url === url)) expected.push({ title: xmlSafe(f.title).trim(), url });
        }
        expect(parseOpml(opmlOf(usable))).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});
