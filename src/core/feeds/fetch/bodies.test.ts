// Bodies: compressed ones read, caps before and after decompression, bodies cut short, slow
// servers and a caller who stops. Bounds on time are generous: they prove "stopped early", not speed.
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gzipBomb, startFeedServer, type FeedServer } from '../../../../test/support/feedServer';
import { fetchResource } from './fetchResource';

const feed = `<rss version="2.0"><channel><title>Compressed show</title>${'<item><title>Episode</title></item>'.repeat(200)}</channel></rss>`;
const MB = 1024 * 1024;
let server: FeedServer;

beforeAll(async () => {
  server = await startFeedServer({
    '/gzip': { body: feed, encoding: 'gzip' },
    '/deflate': { body: feed, encoding: 'deflate' },
    '/deflate-raw': { body: feed, encoding: 'deflate-raw' },
    '/br': { body: feed, encoding: 'br' },
    '/compress': { body: feed, headers: { 'Content-Encoding': 'compress' } },
    '/empty-gzip': { body: '', headers: { 'Content-Encoding': 'gzip' } },
    '/declared-huge': { generated: { bytes: 500 * MB, declareLength: true } },
    '/streamed-huge': { generated: { bytes: 500 * MB } },
    '/inflates-big': { body: Buffer.alloc(3 * MB, 'a'), encoding: 'gzip' },
    '/bomb': gzipBomb(1024 * MB),
    '/truncated': { body: feed, truncateAt: 100 },
    '/truncated-chunked': { body: feed, truncateAt: 100, chunked: true },
    '/truncated-gzip': { body: zlib.gzipSync(feed).subarray(0, 60), headers: { 'Content-Encoding': 'gzip' } },
    '/damaged-gzip': { body: 'this is not gzip at all', headers: { 'Content-Encoding': 'gzip' } },
    '/slow-body': { body: feed, trickle: { bytesPerChunk: 10, everyMs: 50 } },
    '/slow-headers': { body: feed, delayMs: 5_000 },
  });
});

afterAll(() => server.close());

describe('compressed bodies', () => {
  it.each(['/gzip', '/deflate', '/deflate-raw', '/br'])('reads %s', async (path) => {
    expect(await fetchResource(server.url(path))).toMatchObject({ kind: 'ok', body: Buffer.from(feed) });
  });

  it('accepts an empty body that claims to be compressed', async () => {
    expect(await fetchResource(server.url('/empty-gzip'))).toMatchObject({ kind: 'ok', body: Buffer.alloc(0) });
  });

  it('refuses an encoding it cannot read, naming it', async () => {
    expect(await fetchResource(server.url('/compress'))).toMatchObject({ kind: 'failed', reason: 'http-error', detail: expect.stringContaining('"compress"') });
  });
});

describe('size caps', () => {
  it('refuses a Content-Length over maxBytes before reading the body', async () => {
    const started = Date.now();
    const outcome = await fetchResource(server.url('/declared-huge'), { maxBytes: MB });
    expect(outcome).toEqual({ kind: 'failed', reason: 'too-large', detail: 'The feed is 500 MB, more than the 1 MB Fulcrum accepts.' });
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('stops a body streamed without a length once it passes maxBytes', async () => {
    const outcome = await fetchResource(server.url('/streamed-huge'), { maxBytes: 2 * MB, subject: 'transcript' });
    expect(outcome).toMatchObject({ kind: 'failed', reason: 'too-large', detail: expect.stringMatching(/more than 2 MB for the transcript/) });
  });

  it('stops a body that inflates past maxDecodedBytes', async () => {
    expect(await fetchResource(server.url('/inflates-big'), { maxDecodedBytes: 4 * MB })).toMatchObject({ kind: 'ok' });
    const outcome = await fetchResource(server.url('/inflates-big'), { maxDecodedBytes: 2 * MB });
    expect(outcome).toMatchObject({ kind: 'failed', reason: 'too-large', detail: expect.stringContaining('unpacks to more than 2 MB') });
  });

  it('stops a gzip bomb early, with memory to spare', async () => {
    global.gc?.();
    const before = process.memoryUsage().rss;
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
    const started = Date.now();
    const outcome = await fetchResource(server.url('/bomb'), { maxDecodedBytes: 8 * MB });
    clearInterval(sampler);
    peak = Math.max(peak, process.memoryUsage().rss);
    expect(outcome).toMatchObject({ kind: 'failed', reason: 'too-large', detail: expect.stringContaining('unpacks to more than 8 MB') });
    expect(Date.now() - started).toBeLessThan(5_000);
    // The bomb holds 1 GB; reading it whole would take that much. Stopped at 8 MB, growth stays small.
    expect(peak - before).toBeLessThan(200 * MB);
  });
});

describe('bodies cut short', () => {
  it.each(['/truncated', '/truncated-chunked', '/truncated-gzip'])('refuses %s as incomplete', async (path) => {
    expect(await fetchResource(server.url(path))).toEqual({
      kind: 'failed',
      reason: 'http-error',
      detail: 'The server closed the connection before the feed was complete.',
    });
  });

  it('says so when the compressed data is damaged', async () => {
    expect(await fetchResource(server.url('/damaged-gzip'))).toMatchObject({ kind: 'failed', reason: 'http-error', detail: expect.stringContaining('damaged') });
  });
});

describe('time', () => {
  it('gives up on a body that trickles past the timeout', async () => {
    const started = Date.now();
    const outcome = await fetchResource(server.url('/slow-body'), { timeoutMs: 300 });
    expect(outcome).toMatchObject({ kind: 'failed', reason: 'timed-out', detail: expect.stringContaining('0.3 seconds') });
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  it('gives up on a server slow to answer', async () => {
    const started = Date.now();
    expect(await fetchResource(server.url('/slow-headers'), { timeoutMs: 300 })).toMatchObject({ kind: 'failed', reason: 'timed-out' });
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  it('rejects with the reason when the caller aborts, mid-body or before it starts', async () => {
    const caller = new AbortController();
    setTimeout(() => caller.abort(), 150);
    const started = Date.now();
    await expect(fetchResource(server.url('/slow-body'), { signal: caller.signal })).rejects.toMatchObject({ name: 'AbortError' });
    expect(Date.now() - started).toBeLessThan(3_000);
    const hits = server.hits('/gzip');
    await expect(fetchResource(server.url('/gzip'), { signal: AbortSignal.abort() })).rejects.toMatchObject({ name: 'AbortError' });
    expect(server.hits('/gzip')).toBe(hits);
  });
});
