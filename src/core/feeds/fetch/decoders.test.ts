// The decoders and the words of failures, without a server: header sniffing for deflate, chunks
// split anywhere, sizes in words, and Node's network errors mapped to failures.
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodersFor, isZlibHeader } from './decoders';
import { FetchStop, sizeInWords, stopForNetworkError } from './fetchStop';

const text = 'Ask, share, mandate. '.repeat(500);

async function decode(header: string, chunks: Buffer[]): Promise<string> {
  const out: Buffer[] = [];
  const sink = new Writable({ write: (chunk: Buffer, _encoding, callback) => (out.push(chunk), callback()) });
  await pipeline([Readable.from(chunks), ...decodersFor(header), sink]);
  return Buffer.concat(out).toString();
}

/** The bytes one at a time for the first few, then the rest: headers split across chunks. */
function splitEarly(bytes: Buffer): Buffer[] {
  return [bytes.subarray(0, 1), bytes.subarray(1, 2), bytes.subarray(2, 3), bytes.subarray(3)];
}

describe('decodersFor', () => {
  it.each([
    ['gzip', zlib.gzipSync(text)],
    ['x-gzip', zlib.gzipSync(text)],
    ['deflate', zlib.deflateSync(text)],
    ['deflate', zlib.deflateRawSync(text)],
    ['br', zlib.brotliCompressSync(text)],
    ['identity', Buffer.from(text)],
    ['', Buffer.from(text)],
    ['gzip, br', zlib.brotliCompressSync(zlib.gzipSync(text))],
  ])('reads %j even when its header comes a byte at a time', async (header, bytes) => {
    expect(await decode(header, splitEarly(bytes))).toBe(text);
  });

  it('tells zlib-wrapped deflate from raw deflate by its first two bytes', () => {
    for (const level of [0, 1, 6, 9]) {
      const wrapped = zlib.deflateSync(text, { level });
      expect(isZlibHeader(wrapped[0]!, wrapped[1]!)).toBe(true);
    }
    const raw = zlib.deflateRawSync(text);
    expect(isZlibHeader(raw[0]!, raw[1]!)).toBe(false);
  });

  it('refuses an encoding it does not know with a FetchStop', () => {
    expect(() => decodersFor('compress')).toThrow(FetchStop);
  });
});

describe('words', () => {
  it('writes sizes as a person reads them', () => {
    expect([sizeInWords(512), sizeInWords(40 * 1024), sizeInWords(1.5 * 1024 * 1024), sizeInWords(20 * 1024 * 1024)]).toEqual(['512 bytes', '40 KB', '1.5 MB', '20 MB']);
  });

  it('maps unreachable servers to offline and names the host', () => {
    for (const code of ['ENOTFOUND', 'EAI_AGAIN', 'ECONNREFUSED', 'ENETUNREACH', 'EHOSTUNREACH']) {
      const stop = stopForNetworkError(Object.assign(new Error(code), { code }), 'feeds.example.com');
      expect(stop.reason).toBe('offline');
      expect(stop.detail).toMatch(/^Could not reach feeds\.example\.com: /);
    }
  });

  it('maps other network errors to plain words', () => {
    const of = (code: string) => stopForNetworkError(Object.assign(new Error(code), { code }), 'example.com');
    expect(of('ETIMEDOUT').reason).toBe('timed-out');
    expect(of('CERT_HAS_EXPIRED')).toMatchObject({ reason: 'http-error', detail: expect.stringContaining('could not be trusted') });
    expect(of('HPE_INVALID_CONSTANT')).toMatchObject({ reason: 'http-error', detail: expect.stringContaining('not valid HTTP') });
    expect(of('ESOMETHING')).toMatchObject({ reason: 'http-error', detail: expect.stringContaining('example.com') });
  });
});
