// A feed's own address, kept so a feed added from a file can still be refreshed.
import { describe, expect, it } from 'vitest';
import { parseFeed } from './parseFeed';

const rss = (channel: string) => `<?xml version="1.0"?><rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"><channel><title>Show</title>${channel}<item><title>One</title><guid>1</guid></item></channel></rss>`;

describe("a feed's own address", () => {
  it('comes from atom:link rel="self" in RSS, relative ones resolved, web addresses only', () => {
    expect(parseFeed(rss('<atom:link href="https://example.com/feed.xml" rel="self" type="application/rss+xml"/>'), '').selfUrl).toBe('https://example.com/feed.xml');
    expect(parseFeed(rss('<atom:link href="/feed.xml" rel="self"/>'), 'https://example.com/old.xml').selfUrl).toBe('https://example.com/feed.xml');
    expect(parseFeed(rss('<atom:link href="file:///etc/passwd" rel="self"/>'), '').selfUrl).toBeNull();
    expect(parseFeed(rss('<atom:link href="https://example.com/hub" rel="hub"/>'), '').selfUrl).toBeNull();
  });

  it('prefers itunes:new-feed-url, which says the show moved', () => {
    expect(parseFeed(rss('<atom:link href="https://example.com/feed.xml" rel="self"/><itunes:new-feed-url>https://new.example.com/feed.xml</itunes:new-feed-url>'), '').selfUrl).toBe('https://new.example.com/feed.xml');
  });

  it('comes from link rel="self" in Atom', () => {
    const atom = '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Show</title><id>urn:x</id><link rel="self" href="https://example.com/atom.xml"/><link href="https://example.com/"/><entry><title>One</title><id>urn:1</id></entry></feed>';
    expect(parseFeed(atom, '').selfUrl).toBe('https://example.com/atom.xml');
  });
});
