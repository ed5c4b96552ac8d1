// Every real feed in test/fixtures/feeds (see SOURCES.md there): title, episode count, one known
// episode as the XML gives it, and the Podcasting 2.0 parts where the feed has them.
import { describe, expect, it } from 'vitest';
import { feedFixture } from '../../../../test/support/feedFixtures';
import type { ParsedFeed } from '../feedTypes';
import { parseFeed } from './parseFeed';

const base = 'https://feeds.example.com/feed.xml';
const parse = (name: string): ParsedFeed => parseFeed(feedFixture(name), base);
const episode = (feed: ParsedFeed, guid: string) => {
  const found = feed.episodes.find((e) => e.guid === guid);
  if (!found) throw new Error(`no episode ${guid}`);
  return found;
};

function expectNewestFirst(feed: ParsedFeed): void {
  const times = feed.episodes.map((e) => (e.publishedAt ? Date.parse(e.publishedAt) : -Infinity));
  expect(times).toEqual([...times].sort((a, b) => b - a));
}

describe('parseFeed on real feeds', () => {
  it('sentimental-garbage.xml: whitespace before the XML declaration, a large real feed', () => {
    const feed = parse('sentimental-garbage.xml');
    expect(feed.title).toBe('Sentimental Garbage');
    expect(feed.episodes).toHaveLength(138);
    expect(feed.link).toBe('https://twitter.com/SentimentalPod');
    const e = episode(feed, 'b7c8b3a0-a5d0-4180-82b1-ac4f3fc515a4');
    expect(e.title).toBe('Sentimental in the City 8: Sex and the City The Movie 2 (2010)');
    expect(e.publishedAt).toBe('2021-04-15T00:00:00.000Z');
    expect(e.durationSeconds).toBe(2 * 3600 + 14 * 60 + 2);
    expect(e.enclosure).toEqual({
      url: 'https://sphinx.acast.com/sentimentalgarbage/sentimentalinthecity8-sexandthecitythemovie2-2010-/media.mp3',
      type: 'audio/mpeg',
      length: 128398955,
    });
    expect([e.season, e.episode]).toEqual([7, 10]);
    expect(feed.episodes[0]?.title).toBe('Barbie with Jen Cownie');
    expectNewestFirst(feed);
    expect(feed.warnings).toEqual([]);
  });

  it('1865.xml: long HTML show notes in CDATA', () => {
    const feed = parse('1865.xml');
    expect(feed.title).toBe('1865');
    expect(feed.episodes).toHaveLength(61);
    expect(feed.author).toBe('Airship / Wondery');
    const e = episode(feed, 'gid://art19-episode-locator/V0/co5IbgscCbHjCRoxDxPOelsH4Epm3yauYa8Pgf-0bFY');
    expect(e.title).toBe('Interview With Professor Greg Jackson');
    expect(e.publishedAt).toBe('2019-09-19T07:00:00.000Z');
    expect(e.durationSeconds).toBe(57 * 60 + 11);
    expect(e.enclosure?.url).toMatch(/^https:\/\/dts\.podtrac\.com\/redirect\.mp3\/.*edc445a7-0433-4531-bc9f-773ae0f57528\.mp3\?/);
    expect(e.enclosure?.length).toBe(54896849);
    expect(e.season).toBe(1);
    expect(e.notes).toMatch(/^<p><em>1865 <\/em>is an Airship production\./);
    expect(feed.episodes.every((x) => x.notes.length > 0)).toBe(true);
    expectNewestFirst(feed);
  });

  it('pc20rss.xml: the Podcasting 2.0 namespace (persons, transcripts, chapters, podcast:guid)', () => {
    const feed = parse('pc20rss.xml');
    expect(feed.title).toBe('Podcasting 2.0');
    expect(feed.episodes).toHaveLength(56);
    expect(feed.podcastGuid).toBe('917393e3-1b1e-5cef-ace4-edaa54e1f810');
    const e57 = episode(feed, 'PC2057');
    expect(e57.title).toBe('Episode 57: Rebel Rubes');
    expect(e57.publishedAt).toBe('2021-10-08T18:55:32.000Z');
    expect(e57.enclosure).toEqual({ url: 'https://mp3s.nashownotes.com/PC20-57-2021-10-08-Final.mp3', type: 'audio/mpeg', length: 70881847 });
    expect(e57.transcripts).toEqual([{ url: 'https://mp3s.nashownotes.com/PC20-57-Captions.srt', type: 'application/srt', language: null, rel: null }]);
    expect(e57.chapters).toEqual({ url: 'http://34.117.70.159/http%3Amp3s.nashownotes.compc20rss.xml/PC2057', type: 'application/json' });
    expect(e57.people).toEqual([
      { name: 'Adam Curry', role: 'host', href: 'http://curry.com/', img: 'https://feeds.podcastindex.org/adam_avatar.jpg' },
      { name: 'Dave Jones', role: 'host', href: 'http://dave.sobr.org/', img: 'https://feeds.podcastindex.org/dave_avatar.jpg' },
      { name: 'Brian of London', role: 'guest', href: 'https://gist.github.com/brianoflondon/', img: 'https://noagendaassets.com/enc/1633719509.451_sirbrianoflondon.png' },
    ]);
    expect(feed.episodes.filter((x) => x.transcripts.length > 0)).toHaveLength(47);
    expect(feed.episodes.filter((x) => x.chapters !== null)).toHaveLength(48);
    expectNewestFirst(feed);
  });

  it('themnshow.xml: iTunes tags with podcast:season/episode, captions and guests', () => {
    const feed = parse('themnshow.xml');
    expect(feed.title).toBe('The Mike Neumann Show');
    expect(feed.episodes).toHaveLength(54);
    expect(feed.podcastGuid).toBe('7a2d292c-8656-5fcf-88d2-31b10e54d7c7');
    expect(feed.people).toEqual([{ name: 'Mike Neumann', role: 'host', href: 'https://mikeneumann.net/', img: 'https://mikeneumann.show/assets/static/MNeumann.jpeg' }]);
    const e = episode(feed, 'themnshow027');
    expect(e.title).toBe('Super Heavy Liftoff');
    expect(e.publishedAt).toBe('2023-04-29T19:02:42.000Z');
    expect(e.durationSeconds).toBe(3460);
    expect(e.enclosure?.url).toBe('https://op3.dev/e,pg=7a2d292c-8656-5fcf-88d2-31b10e54d7c7/mikeneumann.show/assets/static/themnshow027-20230429-Final.mp3');
    expect([e.season, e.episode]).toEqual([1, 27]);
    expect(e.people).toEqual([{ name: 'Dr. Timothy M. Jurgensen', role: 'guest', href: 'https://midoripress.com/', img: null }]);
    expect(e.transcripts).toEqual([
      { url: 'https://mikeneumann.show/assets/static/themnshow027-20230429-DRAFT-transcript.srt', type: 'application/x-subrip', language: 'EN', rel: 'captions' },
    ]);
    expect(e.chapters).toEqual({ url: 'https://mikeneumann.show/assets/static/themnshow027-20230429-DRAFT-chapters.json', type: 'application/json+chapters' });
    expect(feed.episodes[0]?.episode).toBe(54);
  });

  it('no-agenda.xml: an undefined entity (&gtgt;) is kept as text instead of failing the feed', () => {
    const feed = parse('no-agenda.xml');
    expect(feed.title).toBe('No Agenda');
    expect(feed.episodes).toHaveLength(29);
    expect(feed.podcastGuid).toBe('856cd618-7f34-57ea-9b84-3600f1f65e7f');
    expect(episode(feed, 'http://1374.noagendanotes.com').notes).toContain('Pat E</p&gtgt;<p>');
    const e = episode(feed, 'http://1393.noagendanotes.com');
    expect(e.title).toBe('1393: "Space Wake"');
    expect(e.publishedAt).toBe('2021-10-24T20:22:24.000Z');
    expect(e.enclosure?.url).toBe('https://mp3s.nashownotes.com/NA-1393-2021-10-24-Final.mp3');
    expect(e.people.map((p) => `${p.name} (${p.role})`)).toEqual(['Adam Curry (host)', 'John C Dvorak (host)']);
    expect(e.transcripts[0]?.url).toBe('https://mp3s.nashownotes.com/NA-1393-Captions.srt');
    expect(e.chapters?.url).toBe('http://34.117.70.159/http%3Afeed.nashownotes.comrss.xml/http:1393.noagendanotes.com');
  });

  it('animated-no-agenda.xml: video enclosures beside podcast:alternateEnclosure', () => {
    const feed = parse('animated-no-agenda.xml');
    expect(feed.title).toBe('Animated No Agenda');
    expect(feed.episodes).toHaveLength(20);
    expect(feed.episodes.every((x) => x.enclosure?.type === 'video/mp4')).toBe(true);
    const e = episode(feed, 'https://noagendatube.com/videos/watch/68c62b13-f7bf-42c1-b869-463913ead12b');
    expect(e.title).toBe('Animated No Agenda - Defining Sexual Harassment [Remastered]');
    expect(e.publishedAt).toBe('2021-04-10T19:05:48.000Z');
    expect(e.enclosure).toEqual({ url: 'https://noagendatube.com/static/webseed/68c62b13-f7bf-42c1-b869-463913ead12b-1080.mp4', type: 'video/mp4', length: 11475097 });
    expect(e.people[0]?.name).toBe('Dame Jennifer');
  });

  it('changing-the-tide.xml: plain-seconds durations and multi-line notes', () => {
    const feed = parse('changing-the-tide.xml');
    expect(feed.title).toBe('Changing the Tide');
    expect(feed.episodes).toHaveLength(15);
    expect(feed.author).toBe('Jonathan Crabtree');
    const e = episode(feed, '4121521a1e4a62b7b7b0104203a64ee6');
    expect(e.title).toBe('0.00000008: Natalie Brunell, Coin Stories Podcast');
    expect(e.publishedAt).toBe('2021-10-28T10:00:00.000Z');
    expect(e.durationSeconds).toBe(3748);
    expect(e.enclosure?.length).toBe(59974047);
    expect(e.people.map((p) => p.name)).toEqual(['Jon Crabtree', 'Natalie Brunell']);
    expect(feed.episodes[0]?.notes).toContain("Distributed Charge's proprietary Board A0");
  });

  it('podverse-test-feed.xml: fractional-second durations, an empty <link/>, a live item beside the items', () => {
    const feed = parse('podverse-test-feed.xml');
    expect(feed.title).toBe('Podverse - Test Feed');
    expect(feed.episodes).toHaveLength(5);
    expect(feed.link).toBeNull();
    expect(feed.imageUrl).toBe('https://podverse.fm/images/android-chrome-512x512.png');
    const e = episode(feed, '824c4d8d-e309-44a6-aaf1-d4fcbf33421b');
    expect(e.title).toBe('Test Episode 3');
    expect(e.publishedAt).toBe('2022-05-27T02:55:43.000Z');
    expect(e.durationSeconds).toBe(836);
    expect(e.enclosure).toEqual({ url: 'https://podverse.fm/sampleAudio/2B-F3-48-63-terkel-a0a0h4-a.mp3', type: 'audio/mpeg', length: null });
  });

  it('empty.xml: a channel with no items is a feed with no episodes', () => {
    const feed = parse('empty.xml');
    expect(feed.title).toBe('Podcasting 2.0 Namespace Example');
    expect(feed.episodes).toEqual([]);
    expect(feed.link).toBe('http://example.com/podcast');
    expect(feed.language).toBe('en-US');
  });
});
