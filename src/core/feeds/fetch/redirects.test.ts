// Redirects, followed by hand: where the content came from, when the stored address should move,
// the limit, loops, and schemes that are refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFeedServer, type FeedServer } from '../../../../test/support/feedServer';
import { fetchResource } from './fetchResource';

const feed = '<rss version="2.0"><channel><title>Moved show</title></channel></rss>';
let server: FeedServer;

beforeAll(async () => {
  server = await startFeedServer({
    '/final.xml': { body: feed, etag: '"e1"' },
    '/p1': { status: 301, redirect: '/p2' },
    '/p2': { status: 308, redirect: 'final.xml' }, // relative to /p2
    '/mixed1': { status: 301, redirect: '/mixed2' },
    '/mixed2': { status: 302, redirect: '/final.xml' },
    '/t307': { status: 307, redirect: '/final.xml' },
    '/t303': { status: 303, redirect: '/final.xml' },
    '/loop-a': { status: 301, redirect: '/loop-b' },
    '/loop-b': { status: 301, redirect: '/loop-a' },
    '/no-location': { status: 302 },
    '/to-file': { status: 302, redirect: 'file:///etc/passwd' },
    '/to-js': { status: 301, redirect: 'javascript:alert(1)' },
    ...chain('c', 6), // /c0 → /c1 → … → /c6 → /final.xml: 7 redirects
  });
});

afterAll(() => server.close());

/** /{name}0 … /{name}{last}, each redirecting (301) to the next, the last to /final.xml. */
function chain(name: string, last: number) {
  return Object.fromEntries(
    Array.from({ length: last + 1 }, (_, i) => [`/${name}${i}`, { status: 301, redirect: i === last ? '/final.xml' : `/${name}${i + 1}` }]),
  );
}

describe('redirects', () => {
  it('follows permanent redirects (relative Locations too) and says where the feed moved', async () => {
    const outcome = await fetchResource(server.url('/p1'));
    expect(outcome).toMatchObject({ kind: 'ok', body: Buffer.from(feed), finalUrl: server.url('/final.xml'), movedTo: server.url('/final.xml') });
  });

  it('moves nothing when any hop was temporary', async () => {
    expect(await fetchResource(server.url('/mixed1'))).toMatchObject({ kind: 'ok', finalUrl: server.url('/final.xml'), movedTo: null });
    expect(await fetchResource(server.url('/t307'))).toMatchObject({ kind: 'ok', finalUrl: server.url('/final.xml'), movedTo: null });
    expect(await fetchResource(server.url('/t303'))).toMatchObject({ kind: 'ok', finalUrl: server.url('/final.xml'), movedTo: null });
  });

  it('follows an absolute Location to another server', async () => {
    const other = await startFeedServer({ '/old.xml': { status: 308, redirect: server.url('/final.xml') } });
    try {
      expect(await fetchResource(other.url('/old.xml'))).toMatchObject({ kind: 'ok', body: Buffer.from(feed), movedTo: server.url('/final.xml') });
    } finally {
      await other.close();
    }
  });

  it('sends the validators on every hop, so a moved feed can still be not-modified (and moved)', async () => {
    expect(await fetchResource(server.url('/p1'), { etag: '"e1"' })).toEqual({ kind: 'not-modified', movedTo: server.url('/final.xml') });
    expect(await fetchResource(server.url('/mixed1'), { etag: '"e1"' })).toEqual({ kind: 'not-modified', movedTo: null });
    expect(server.requests('/p2').at(-1)!.headers['if-none-match']).toBe('"e1"');
  });

  it('follows up to maxRedirects (5 by default) and no further', async () => {
    expect(await fetchResource(server.url('/c2'))).toMatchObject({ kind: 'ok', movedTo: server.url('/final.xml') }); // 5 redirects
    const tooMany = await fetchResource(server.url('/c1')); // 6 redirects
    expect(tooMany).toMatchObject({ kind: 'failed', reason: 'too-many-redirects', detail: expect.stringContaining('more than 5') });
    expect(await fetchResource(server.url('/c0'), { maxRedirects: 7 })).toMatchObject({ kind: 'ok' });
    expect(await fetchResource(server.url('/c6'), { maxRedirects: 0 })).toMatchObject({ kind: 'failed', reason: 'too-many-redirects' });
  });

  it('stops a redirect loop as soon as it comes round', async () => {
    const before = server.hits('/loop-a');
    const outcome = await fetchResource(server.url('/loop-a'));
    expect(outcome).toMatchObject({ kind: 'failed', reason: 'too-many-redirects', detail: expect.stringContaining('loop') });
    expect(server.hits('/loop-a') - before).toBe(1);
  });

  it('refuses a redirect to anything but http or https, and one that says not where', async () => {
    expect(await fetchResource(server.url('/to-file'))).toMatchObject({ kind: 'failed', reason: 'bad-url', detail: expect.stringContaining('file:') });
    expect(await fetchResource(server.url('/to-js'))).toMatchObject({ kind: 'failed', reason: 'bad-url', detail: expect.stringContaining('javascript:') });
    expect(await fetchResource(server.url('/no-location'))).toMatchObject({ kind: 'failed', reason: 'http-error', detail: expect.stringContaining('302') });
  });
});
