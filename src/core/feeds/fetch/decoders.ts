// The streams that undo a response's Content-Encoding (gzip, deflate, br) with node:zlib. Each is
// made when the first byte arrives, so an empty body needs no valid header and `deflate` can be
// read both ways servers send it: zlib-wrapped (as the RFC says) or raw (as some servers do).
import { Transform, type TransformCallback } from 'node:stream';
import zlib from 'node:zlib';
import { FetchStop } from './fetchStop';

type Encoding = 'gzip' | 'deflate' | 'br';

/** The decoders for a Content-Encoding header, in the order to apply them (last applied first). */
export function decodersFor(header: string | undefined): Transform[] {
  const names = (header ?? '')
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter((name) => name !== '' && name !== 'identity');
  return names.reverse().map((name) => new LazyDecoder(encodingOf(name)));
}

function encodingOf(name: string): Encoding {
  if (name === 'gzip' || name === 'x-gzip') return 'gzip';
  if (name === 'deflate') return 'deflate';
  if (name === 'br') return 'br';
  throw new FetchStop('http-error', `The server compressed it as "${name}", which Fulcrum cannot read.`);
}

/** True when two bytes start a zlib stream (RFC 1950: deflate method, header checksum). */
export function isZlibHeader(first: number, second: number): boolean {
  return (first & 0x0f) === 8 && (first >> 4) <= 7 && ((first << 8) | second) % 31 === 0;
}

function decompressorFor(encoding: Encoding, head: Buffer): zlib.Gunzip | zlib.Inflate | zlib.InflateRaw | zlib.BrotliDecompress {
  if (encoding === 'gzip') return zlib.createGunzip();
  if (encoding === 'br') return zlib.createBrotliDecompress();
  return head.length >= 2 && isZlibHeader(head[0]!, head[1]!) ? zlib.createInflate() : zlib.createInflateRaw();
}

class LazyDecoder extends Transform {
  private inner: Transform | null = null;
  private head = Buffer.alloc(0);

  constructor(private readonly encoding: Encoding) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    if (this.inner) return this.feed(chunk, callback);
    // Deflate's two header bytes may come in two chunks: wait for both before choosing.
    this.head = Buffer.concat([this.head, chunk]);
    if (this.encoding === 'deflate' && this.head.length < 2) return callback();
    this.inner = this.start(this.head);
    this.feed(this.head, callback);
  }

  override _flush(callback: TransformCallback): void {
    // A body shorter than deflate's header: still hand it over, so the decompressor says it is cut short.
    if (!this.inner && this.head.length > 0) {
      this.inner = this.start(this.head);
      this.inner.write(this.head);
    }
    if (!this.inner) return callback();
    this.inner.once('end', () => callback());
    this.inner.end();
  }

  override _read(size: number): void {
    this.inner?.resume();
    super._read(size);
  }

  override _destroy(error: Error | null, callback: (error: Error | null) => void): void {
    this.inner?.destroy();
    callback(error);
  }

  private start(head: Buffer): Transform {
    const inner = decompressorFor(this.encoding, head);
    // Inflate only as fast as the reader downstream takes it: it counts the bytes and stops
    // everything past the cap, so a bomb never inflates much further than that.
    inner.on('data', (data: Buffer) => {
      if (!this.push(data)) inner.pause();
    });
    inner.on('error', (error) => this.destroy(error));
    return inner;
  }

  private feed(chunk: Buffer, callback: TransformCallback): void {
    if (this.inner!.write(chunk)) callback();
    else this.inner!.once('drain', () => callback());
  }
}
