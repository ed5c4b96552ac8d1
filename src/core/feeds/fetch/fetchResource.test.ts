// fetchResource against a real server on 127.0.0.1: what comes back, conditional requests, statuses,
// addresses it refuses and servers it cannot reach.
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFeedServer, type FeedServer } from '../../../../test/support/feedServer';
import { makeTempDir, writeFiles } from '../../../../test/support/tempDirs';
import { fetchResource } from './fetchResource';

const feed = '<?xml version="1.0"?><rss version="2.0"><channel><title>Field notes</title></channel></rss>';
const etag = '"v1"';
const lastModified = 'Tue, 02 Jan 2024 10:00:00 GMT';

let server: FeedServer;
let folder: { dir: string; cleanup: () => Promise<void> };

beforeAll(async () => {
  folder = await makeTempDir();
  await writeFiles(folder.dir, { 'shows/chapters.json': '{"version":"1.2.0","chapters":[]}' });
  server = await startFeedServer(
    {
      '/feed.xml': { body: feed, etag, lastModified },
      '/etag-only.xml': { body: feed, etag },
      '/dated-only.xml': { body: feed, lastModified },
      '/as-html': { body: feed, contentType: 'text/html; charset=iso-8859-1' },
      '/empty': { status: 204 },
      '/missing': { status: 404, body: 'Not here' },
      '/gone': { status: 410 },
      '/broken': { status: 500, body: 'Oops' },
      '/forbidden': { status: 403 },
      '/hang-up': { hangUp: true },
    },
    { folder: folder.dir },
  );
});

afterAll(async () => {
  await server.close();
  await folder.cleanup();
});

describe('fetchResource', () => {
  it('returns the body with its content type, ETag, Last-Modified and final URL', async () => {
    const outcome = await fetchResource(server.url('/feed.xml'));
    expect(outcome).toEqual({
      kind: 'ok',
      body: Buffer.from(feed),
      contentType: 'application/xml; charset=utf-8',
      etag,
      lastModified,
      finalUrl: server.url('/feed.xml'),
      movedTo: null,
    });
  });

  it('names Fulcrum, accepts compressed bodies and sends the Accept given', async () => {
    await fetchResource(server.url('/feed.xml'), { accept: 'application/json' });
    const headers = server.requests('/feed.xml').at(-1)!.headers;
    expect(headers['user-agent']).toMatch(/Fulcrum/);
    expect(headers['accept-encoding']).toBe('gzip, deflate, br');
    expect(headers.accept).toBe('application/json');
    expect(headers['if-none-match']).toBeUndefined();
    await fetchResource(server.url('/feed.xml'), { userAgent: 'Fulcrum/9.9 (test)' });
    expect(server.requests('/feed.xml').at(-1)!.headers['user-agent']).toBe('Fulcrum/9.9 (test)');
  });

  it('serves files from a folder and passes a wrong content type on as it is', async () => {
    const file = await fetchResource(server.url('/shows/chapters.json'));
    expect(file).toMatchObject({ kind: 'ok', contentType: 'application/json; charset=utf-8' });
    expect(file.kind === 'ok' && file.body.toString()).toContain('chapters');
    expect(await fetchResource(server.url('/as-html'))).toMatchObject({ kind: 'ok', contentType: 'text/html; charset=iso-8859-1', body: Buffer.from(feed) });
    expect(await fetchResource(server.url('/empty'))).toMatchObject({ kind: 'ok', body: Buffer.alloc(0) });
  });

  describe('conditional requests', () => {
    it('answers not-modified when the ETag still matches', async () => {
      expect(await fetchResource(server.url('/etag-only.xml'), { etag })).toEqual({ kind: 'not-modified', movedTo: null });
      expect(server.requests('/etag-only.xml').at(-1)!.headers['if-none-match']).toBe(etag);
      expect(await fetchResource(server.url('/etag-only.xml'), { etag: '"v0"' })).toMatchObject({ kind: 'ok', etag });
    });

    it('answers not-modified when nothing changed since Last-Modified', async () => {
      expect(await fetchResource(server.url('/dated-only.xml'), { lastModified })).toEqual({ kind: 'not-modified', movedTo: null });
      expect(server.requests('/dated-only.xml').at(-1)!.headers['if-modified-since']).toBe(lastModified);
      const earlier = 'Mon, 01 Jan 2024 10:00:00 GMT';
      expect(await fetchResource(server.url('/dated-only.xml'), { lastModified: earlier })).toMatchObject({ kind: 'ok', lastModified });
    });

    it('sends both validators when it has both', async () => {
      expect(await fetchResource(server.url('/feed.xml'), { etag, lastModified })).toEqual({ kind: 'not-modified', movedTo: null });
      const headers = server.requests('/feed.xml').at(-1)!.headers;
      expect([headers['if-none-match'], headers['if-modified-since']]).toEqual([etag, lastModified]);
    });
  });

  describe('statuses', () => {
    it('maps 404 to not-found, 410 to gone and other errors to http-error with the status', async () => {
      expect(await fetchResource(server.url('/missing'))).toMatchObject({ kind: 'failed', reason: 'not-found' });
      expect(await fetchResource(server.url('/nowhere.xml'))).toMatchObject({ kind: 'failed', reason: 'not-found' });
      expect(await fetchResource(server.url('/gone'))).toMatchObject({ kind: 'failed', reason: 'gone', detail: expect.stringContaining('410') });
      expect(await fetchResource(server.url('/broken'))).toMatchObject({ kind: 'failed', reason: 'http-error', detail: expect.stringContaining('500') });
      expect(await fetchResource(server.url('/forbidden'))).toMatchObject({ kind: 'failed', reason: 'http-error', detail: expect.stringContaining('403') });
    });

    it('says so when the server drops the connection without answering', async () => {
      expect(await fetchResource(server.url('/hang-up'))).toMatchObject({ kind: 'failed', reason: 'http-error', detail: expect.stringContaining('closed the connection') });
    });
  });

  describe('addresses', () => {
    it.each(['ftp://127.0.0.1/feed.xml', 'file:///etc/passwd', 'javascript:alert(1)', 'data:text/xml,<rss/>', 'not a url', ''])('refuses %j in plain words', async (url) => {
      const outcome = await fetchResource(url);
      expect(outcome).toMatchObject({ kind: 'failed', reason: 'bad-url' });
      expect(outcome.kind === 'failed' && outcome.detail).toMatch(/http:\/\/ (and|or) https:\/\//);
    });

    it('reports offline when nothing listens at the address', async () => {
      const url = `http://127.0.0.1:${await freePort()}/feed.xml`;
      const outcome = await fetchResource(url);
      expect(outcome).toMatchObject({ kind: 'failed', reason: 'offline', detail: expect.stringContaining('refused the connection') });
    });
  });
});

/** A port nothing listens on: taken from the system, then released. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}
