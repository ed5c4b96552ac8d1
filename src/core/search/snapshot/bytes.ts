// Compact binary for the saved search index: unsigned and signed varints and strings, written in
// chunks of a megabyte to wherever the caller sends them (a file, a checksum), so saving the index
// of a large library never builds one huge string or buffer in memory.
const chunkSize = 1 << 20;

export class ByteWriter {
  #buffer = Buffer.allocUnsafe(chunkSize);
  #at = 0;
  #written = 0;
  readonly #sink: (chunk: Buffer) => void;

  constructor(sink: (chunk: Buffer) => void) {
    this.#sink = sink;
  }

  /** Bytes written so far. */
  get length(): number {
    return this.#written + this.#at;
  }

  #room(bytes: number): void {
    if (this.#at + bytes <= this.#buffer.length) return;
    this.flush();
    if (bytes > this.#buffer.length) this.#buffer = Buffer.allocUnsafe(bytes);
  }

  /** A whole number from 0 to 2^53, seven bits per byte. */
  uint(value: number): void {
    this.#room(10);
    const buffer = this.#buffer;
    if (value < 0x80000000) {
      let small = value >>> 0;
      while (small >= 0x80) {
        buffer[this.#at++] = (small & 0x7f) | 0x80;
        small >>>= 7;
      }
      buffer[this.#at++] = small;
      return;
    }
    let rest = value;
    while (rest >= 0x80) {
      this.#buffer[this.#at++] = (rest % 0x80) | 0x80;
      rest = Math.floor(rest / 0x80);
    }
    this.#buffer[this.#at++] = rest;
  }

  /** A whole number that may be negative (zigzag: small magnitudes stay short). */
  int(value: number): void {
    this.uint(value < 0 ? -2 * value - 1 : 2 * value);
  }

  string(value: string): void {
    const bytes = Buffer.byteLength(value);
    this.uint(bytes);
    this.#room(bytes);
    this.#buffer.write(value, this.#at, 'utf8');
    this.#at += bytes;
  }

  /** Raw bytes, as they are. */
  bytes(value: Uint8Array): void {
    this.#room(value.length);
    this.#buffer.set(value, this.#at);
    this.#at += value.length;
  }

  /** Hands what is buffered to the sink. */
  flush(): void {
    if (this.#at === 0) return;
    this.#sink(Buffer.from(this.#buffer.subarray(0, this.#at)));
    this.#written += this.#at;
    this.#at = 0;
  }
}

/** A writer reused by `encode` while no other call is using it, so a small record costs no fresh megabyte of buffer. */
let scratch: { writer: ByteWriter; chunks: Buffer[] } | null = null;

/** Everything `fill` writes, as one buffer of its own (for small records: a term's postings). */
export function encode(fill: (writer: ByteWriter) => void): Buffer {
  const chunks: Buffer[] = [];
  // An encode inside another one's fill gets a writer of its own.
  const own = scratch ?? { chunks, writer: new ByteWriter((chunk) => chunks.push(chunk)) };
  scratch = null;
  try {
    own.chunks.length = 0;
    fill(own.writer);
    own.writer.flush();
    return own.chunks.length === 1 ? (own.chunks[0] as Buffer) : Buffer.concat(own.chunks);
  } finally {
    scratch = own;
  }
}

/** Reads what ByteWriter wrote; reading past the end is an error (a damaged file). */
export class ByteReader {
  #at = 0;
  readonly #bytes: Buffer;

  constructor(bytes: Buffer) {
    this.#bytes = bytes;
  }

  get done(): boolean {
    return this.#at >= this.#bytes.length;
  }

  /** Where the next read starts, in `source`. */
  get at(): number {
    return this.#at;
  }

  /** The bytes being read. */
  get source(): Buffer {
    return this.#bytes;
  }

  /**
   * `count` whole numbers written with `int` as differences from the one before (ids in ascending
   * order, mostly), decoded in one tight loop: a large index holds tens of millions of them.
   */
  deltas(count: number): number[] {
    const bytes = this.#bytes;
    const end = bytes.length;
    const values = new Array<number>(count);
    let at = this.#at;
    let previous = 0;
    for (let i = 0; i < count; i++) {
      let byte = at < end ? (bytes[at++] as number) : -1;
      let zigzag = byte & 0x7f;
      let shift = 7;
      while (byte >= 0x80) {
        byte = at < end ? (bytes[at++] as number) : -1;
        zigzag += (byte & 0x7f) * 2 ** shift;
        shift += 7;
        if (shift > 49) throw new RangeError('a number in the file is too long');
      }
      if (byte < 0) throw new RangeError('the file ends in the middle of a number');
      previous += zigzag % 2 === 1 ? -(zigzag + 1) / 2 : zigzag / 2;
      values[i] = previous;
    }
    this.#at = at;
    return values;
  }

  uint(): number {
    const bytes = this.#bytes;
    const first = bytes[this.#at];
    if (first !== undefined && first < 0x80) {
      this.#at++;
      return first;
    }
    let value = 0;
    let scale = 1;
    for (;;) {
      if (this.#at >= bytes.length) throw new RangeError('the file ends in the middle of a number');
      const byte = bytes[this.#at++] as number;
      value += (byte & 0x7f) * scale;
      if (byte < 0x80) return value;
      scale *= 0x80;
      if (scale > 2 ** 56) throw new RangeError('a number in the file is too long');
    }
  }

  /** The next `length` bytes, without copying them. */
  take(length: number): Buffer {
    if (this.#at + length > this.#bytes.length) throw new RangeError('the file ends in the middle of a record');
    const taken = this.#bytes.subarray(this.#at, this.#at + length);
    this.#at += length;
    return taken;
  }

  string(): string {
    const length = this.uint();
    if (this.#at + length > this.#bytes.length) throw new RangeError('the file ends in the middle of a word');
    const value = this.#bytes.toString('utf8', this.#at, this.#at + length);
    this.#at += length;
    return value;
  }
}
