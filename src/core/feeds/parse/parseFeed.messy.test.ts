// Small feeds written for Fulcrum, one messiness each (test/fixtures/feeds/messy-*.xml), an Atom
// feed, and what is refused as not a feed.
import { describe, expect, it } from 'vitest';
import { FulcrumError } from '../../../shared/errors';
import { feedFixture, feedFixtureText } from '../../../../test/support/feedFixtures';
import { parseFeed } from './parseFeed';

const base = 'https://feeds.example.com/shows/feed.xml';
const titles = (name: string) => parseFeed(feedFixture(name), base).episodes.map((e) => e.title);

describe('parseFeed on messy feeds', () => {
  it('reads a BOM, blank lines before the declaration, and CR, CRLF and &#13; line ends', () => {
    const feed = parseFeed(feedFixture('messy-whitespace-crlf.xml'), base);
    expect(feed.title).toBe('Carriage\nReturns');
    expect(feed.episodes[0]?.title).toBe('First\rline');
    expect(feed.episodes[0]?.notes).toBe('One\nTwo\nThree');
    // The same feed given as text (a string keeps its BOM when read as UTF-8).
    expect(parseFeed(feedFixtureText('messy-whitespace-crlf.xml'), base).title).toBe('Carriage\nReturns');
  });

  it('decodes XML, numeric and common HTML entities once and keeps unknown ones as text', () => {
    const feed = parseFeed(feedFixture('messy-entities.xml'), base);
    expect(feed.title).toBe('Café\u00a0Sales & Coaching');
    expect(feed.description).toBe('Deals >> feelings &gtgt; and &bogus; words \u2014 \u2019n stuff');
    const e = feed.episodes[0];
    expect(e?.title).toBe('Ask <less>, listen more \u2013 part\u00a01');
    expect(e?.enclosure?.url).toBe('https://cafe.example.com/1.mp3?a=1&b=2');
    // CDATA is taken verbatim; escaped HTML is unescaped once (the store sanitizes it).
    expect(e?.notes).toBe('<p>Kept &amp; verbatim &nbsp;</p>');
  });

  it('honours a declared Latin-1 encoding', () => {
    const feed = parseFeed(feedFixture('messy-latin1.xml'), base);
    expect(feed.title).toBe('Café Müller');
    expect(feed.episodes[0]?.title).toBe('Déjà vu £');
  });

  it('reads UTF-8 bytes declared as ISO-8859-1 as UTF-8', () => {
    const feed = parseFeed(feedFixture('messy-wrong-encoding.xml'), base);
    expect(feed.title).toBe('Café Müller \u2014 日本');
    expect(feed.episodes[0]?.title).toBe('Déjà vu');
  });

  it('reads windows-1252 bytes declared as UTF-8 as windows-1252', () => {
    const feed = parseFeed(feedFixture('messy-invalid-utf8.xml'), base);
    expect(feed.title).toBe('Café \u2019quoted\u2019');
    expect(feed.episodes[0]?.title).toBe('Naïve €');
  });

  it('reads UTF-16 with a byte-order mark', () => {
    const feed = parseFeed(feedFixture('messy-utf16.xml'), base);
    expect(feed.title).toBe('Sixteen é');
    expect(feed.episodes[0]?.title).toBe('日本');
  });

  it('de-duplicates by guid, then enclosure URL, then title and date; empty guids are null', () => {
    const feed = parseFeed(feedFixture('messy-guids.xml'), base);
    expect(feed.episodes.map((e) => [e.title, e.guid])).toEqual([
      ['Four', null],
      ['Five', null],
      ['Three', null],
      ['Two', null],
      ['One', 'same'],
      ['Undated', 'undated'],
    ]);
    expect(feed.warnings).toContain('Several different episodes share the id "same"; they are told apart by their audio.');
    expect(feed.warnings).toContain('3 repeated episodes were shown once.');
  });

  it('reads odd dates and durations, and warns about the unreadable ones', () => {
    const feed = parseFeed(feedFixture('messy-dates.xml'), base);
    const byGuid = Object.fromEntries(feed.episodes.map((e) => [e.guid, e]));
    expect(byGuid.d1?.publishedAt).toBe('2003-06-10T04:00:00.000Z');
    expect(byGuid.d2?.publishedAt).toBe('2003-06-10T02:00:00.000Z');
    expect(byGuid.d3?.publishedAt).toBe('2003-06-11T09:00:00.000Z');
    expect(byGuid.d4?.publishedAt).toBe('2003-06-12T02:00:00.000Z');
    expect(byGuid.d5?.publishedAt).toBe('2003-06-13T09:00:00.000Z');
    expect(byGuid.d6?.publishedAt).toBe('2003-06-14T23:00:00.000Z');
    expect(byGuid.d7?.publishedAt).toBe('2003-06-15T04:00:00.000Z');
    expect(byGuid.d8?.publishedAt).toBe('2003-06-16T00:00:00.000Z');
    expect(byGuid.d9?.publishedAt).toBeNull();
    expect(byGuid.d10?.publishedAt).toBeNull();
    expect(feed.episodes.map((e) => e.durationSeconds)).toEqual([null, null, 3600, 307, 3724, 3723, 3723, 3723, null, null]);
    expect(feed.warnings).toContain('The date of "garbage date" could not be read ("sometime last week").');
    expect(feed.episodes.at(-1)?.guid).toBe('d10');
  });

  it('resolves relative URLs against the feed address, then against the show page', () => {
    const fromFeed = parseFeed(feedFixture('messy-relative-urls.xml'), 'https://host.example.org/feeds/relative.xml');
    const e = fromFeed.episodes[0];
    expect(fromFeed.imageUrl).toBe('https://host.example.org/feeds/art/cover.jpg');
    expect(e?.enclosure?.url).toBe('https://host.example.org/media/1.mp3');
    expect(e?.link).toBe('https://host.example.org/feeds/episodes/1.html');
    expect(e?.imageUrl).toBe('https://cdn.relative.example.com/1.jpg');
    expect(e?.transcripts[0]?.url).toBe('https://host.example.org/feeds/transcripts/1.vtt');
    expect(e?.chapters?.url).toBe('https://host.example.org/feeds/chapters/1.json');
    // A feed read from a local file has no web address: the channel link is the base.
    const fromFile = parseFeed(feedFixture('messy-relative-urls.xml'), 'file:///home/dana/relative.xml');
    expect(fromFile.episodes[0]?.enclosure?.url).toBe('https://relative.example.com/media/1.mp3');
    expect(fromFile.episodes[0]?.link).toBe('https://relative.example.com/show/episodes/1.html');
  });

  it('reads an Atom feed: enclosure links, xhtml and html content, authors', () => {
    const feed = parseFeed(feedFixture('atom-podcast.xml'), 'https://atom.example.com/feed.atom');
    expect(feed.title).toBe('Pipeline <Reviews>');
    expect(feed.description).toBe('Weekly pipeline reviews for sales leaders.');
    expect(feed.link).toBe('https://atom.example.com/');
    expect(feed.imageUrl).toBe('https://atom.example.com/logo.png');
    expect(feed.author).toBe('Dana Reyes');
    expect(feed.language).toBe('en-GB');
    expect(feed.episodes).toHaveLength(2);
    const [newest, older] = feed.episodes;
    expect(newest).toMatchObject({
      guid: 'tag:atom.example.com,2024:2',
      title: 'Forecast calls that work',
      publishedAt: '2024-05-02T10:00:00.000Z',
      durationSeconds: 1500,
      enclosure: { url: 'https://atom.example.com/audio/2.mp3', type: 'audio/mpeg', length: 2048 },
      link: 'https://atom.example.com/episodes/2',
      notes: '<div><p>Three questions <b>every</b> forecast needs.<br>Bring data.</p></div>',
    });
    expect(older).toMatchObject({
      title: 'Coaching the middle',
      publishedAt: '2024-04-25T12:00:00.000Z',
      enclosure: { url: 'https://atom.example.com/audio/1.mp3', type: 'audio/mpeg', length: null },
      notes: '<p>Why your B players matter most.</p>',
      people: [{ name: 'Sam Ortiz', role: 'author', href: null, img: null }],
    });
  });

  it('reads an RSS 1.0 (RDF) feed, whose items sit beside the channel', () => {
    const feed = parseFeed(
      `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
        <channel rdf:about="https://rdf.example.com/"><title>RDF Show</title><link>https://rdf.example.com/</link></channel>
        <item rdf:about="https://rdf.example.com/1"><title>First</title><link>https://rdf.example.com/1</link><dc:date>2020-01-02T03:04:05Z</dc:date></item>
      </rdf:RDF>`,
      base,
    );
    expect(feed.title).toBe('RDF Show');
    expect(feed.episodes.map((e) => [e.title, e.publishedAt])).toEqual([['First', '2020-01-02T03:04:05.000Z']]);
  });

  it('reads a feed with mismatched letter case and undeclared prefixes', () => {
    const feed = parseFeed(
      `<rss><Channel><Title>Cased</Title><Item><Title>One</Title><PubDate>Mon, 01 Jan 2024 00:00:00 GMT</PubDate><itunes:Duration>1:00</itunes:Duration><Enclosure URL="https://c.example.com/1.mp3"/></Item></Channel></rss>`,
      base,
    );
    expect(feed.title).toBe('Cased');
    expect(feed.episodes[0]).toMatchObject({ title: 'One', durationSeconds: 60, enclosure: { url: 'https://c.example.com/1.mp3' } });
  });

  it('names an episode without a title and leaves out an item with nothing in it', () => {
    const feed = parseFeed(`<rss><channel><title>T</title><item><enclosure url="https://x.example.com/a.mp3"/></item><item><guid>x</guid></item></channel></rss>`, base);
    expect(feed.episodes.map((e) => e.title)).toEqual(['Untitled episode']);
    expect(feed.warnings).toContain('An item with no title, audio or notes was left out.');
  });

  it('keeps the titles of every messy fixture readable', () => {
    for (const name of ['messy-entities.xml', 'messy-guids.xml', 'messy-dates.xml', 'messy-relative-urls.xml']) {
      expect(titles(name).every((t) => t.length > 0)).toBe(true);
    }
  });
});

describe('parseFeed refuses what is not a feed, in plain words', () => {
  const refusal = (input: string | Uint8Array): FulcrumError => {
    try {
      parseFeed(input, base);
    } catch (error) {
      if (error instanceof FulcrumError) return error;
      throw error;
    }
    throw new Error('parsed');
  };

  it.each([
    ['an HTML page', '<!DOCTYPE html><html><head><title>Shop</title></head><body><p>Hi<br></body></html>', 'This address gives a web page, not a podcast feed.'],
    ['an XHTML page', '<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body/></html>', 'This address gives a web page, not a podcast feed.'],
    ['JSON', '{"version":"https://jsonfeed.org/version/1"}', 'This address gives JSON data, not a podcast feed.'],
    ['nothing', '', 'This address gives an empty page, not a podcast feed.'],
    ['white space', ' \n\t ', 'This address gives an empty page, not a podcast feed.'],
    ['garbage', 'GIF89a\u0000\u0001binary', 'This address gives something that is not a feed, not a podcast feed.'],
    ['another XML document', '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>', 'This address gives an XML document, not a podcast feed.'],
    ['an OPML file', '<opml version="2.0"><body/></opml>', 'This address gives an OPML subscription list, not a podcast feed.'],
  ])('%s', (_what, input, start) => {
    const error = refusal(input);
    expect(error.code).toBe('invalid-input');
    expect(error.message.startsWith(start)).toBe(true);
  });

  it('broken XML is a damaged feed', () => {
    const error = refusal('<rss><channel><title>Broken</title><!-- never closed');
    expect(error.code).toBe('invalid-input');
    expect(error.message).toMatch(/^This feed is damaged and could not be read/);
  });

  it('random bytes are refused, not thrown as something else', () => {
    const bytes = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256);
    expect(refusal(bytes).code).toBe('invalid-input');
  });

  it('an RSS root without a channel is refused', () => {
    expect(refusal('<rss version="2.0"><item><title>x</title></item></rss>').message).toMatch(/no channel/);
  });
});
