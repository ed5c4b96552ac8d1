// Reads a response's body within two caps: the bytes received (Content-Length checked before a
// byte is read, then counted as they come) and the bytes after decompression (counted while
// inflating, so a compression bomb stops early). A body cut short is refused, never half-used.
import type { IncomingMessage } from 'node:http';
import { Transform, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { decodersFor } from './decoders';
import { FetchStop, sizeInWords } from './fetchStop';

export interface BodyLimits {
  maxBytes: number;
  maxDecodedBytes: number;
  /** What is fetched, for the words of a failure: "feed", "transcript", "artwork". */
  subject: string;
}

export async function readBody(response: IncomingMessage, limits: BodyLimits, signal: AbortSignal): Promise<Buffer> {
  const declared = Number(response.headers['content-length']);
  if (Number.isFinite(declared) && declared > limits.maxBytes) {
    response.destroy();
    throw new FetchStop('too-large', `The ${limits.subject} is ${sizeInWords(declared)}, more than the ${sizeInWords(limits.maxBytes)} Fulcrum accepts.`);
  }
  let decoders: Transform[];
  try {
    decoders = decodersFor(response.headers['content-encoding']);
  } catch (error) {
    response.destroy();
    throw error;
  }
  const chunks: Buffer[] = [];
  try {
    await pipeline(
      response,
      byteCounter(limits.maxBytes, () => `The server sent more than ${sizeInWords(limits.maxBytes)} for the ${limits.subject}, more than Fulcrum accepts.`),
      ...decoders,
      collector(chunks, limits.maxDecodedBytes, () => `The ${limits.subject} unpacks to more than ${sizeInWords(limits.maxDecodedBytes)}, more than Fulcrum accepts.`),
      { signal },
    );
  } catch (error) {
    throw signal.aborted || error instanceof FetchStop ? error : stopForBrokenBody(error, limits.subject);
  }
  return Buffer.concat(chunks);
}

function byteCounter(max: number, words: () => string): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      seen += chunk.length;
      if (seen > max) callback(new FetchStop('too-large', words()));
      else callback(null, chunk);
    },
  });
}

function collector(chunks: Buffer[], max: number, words: () => string): Writable {
  let seen = 0;
  return new Writable({
    write(chunk: Buffer, _encoding, callback) {
      seen += chunk.length;
      if (seen > max) return callback(new FetchStop('too-large', words()));
      chunks.push(chunk);
      callback();
    },
  });
}

const cutShort = new Set(['ECONNRESET', 'ERR_STREAM_PREMATURE_CLOSE', 'Z_BUF_ERROR', 'EPIPE']);

/** The connection dropped mid-body, or the compressed stream ended early, or was not what it said. */
function stopForBrokenBody(error: unknown, subject: string): FetchStop {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && cutShort.has(code)) {
    return new FetchStop('http-error', `The server closed the connection before the ${subject} was complete.`);
  }
  if (typeof code === 'string' && (code.startsWith('Z_') || code.startsWith('ERR_BROTLI') || code.startsWith('ERR__'))) {
    return new FetchStop('http-error', `The server sent the ${subject} compressed, but the compressed data is damaged.`);
  }
  const message = error instanceof Error ? error.message : String(error);
  return new FetchStop('http-error', `Reading the ${subject} failed: ${message}.`);
}
