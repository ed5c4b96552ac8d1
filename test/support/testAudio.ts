// Audio the tests make themselves: a WAV tone written by code (mono PCM, 16- or 8-bit), and a route that
// serves bytes as a media server does, honouring Range requests. Test support only.
import type { IncomingMessage } from 'node:http';
import type { FeedRoute } from './feedServer';

export interface ToneOptions {
  /** Samples per second (8000 unless said; Chromium plays down to 3000). */
  sampleRate?: number;
  frequency?: number;
  /** 16-bit signed samples unless said; 8-bit (unsigned) halves the size, for long audio. */
  bitsPerSample?: 8 | 16;
}

/** A mono PCM WAV file of a sine tone, `seconds` long. */
export function wavTone(seconds: number, { sampleRate = 8000, frequency = 440, bitsPerSample = 16 }: ToneOptions = {}): Buffer {
  const samples = Math.round(seconds * sampleRate);
  const bytesPerSample = bitsPerSample / 8;
  const data = Buffer.alloc(samples * bytesPerSample);
  for (let i = 0; i < samples; i += 1) {
    const wave = Math.sin((2 * Math.PI * frequency * i) / sampleRate);
    if (bitsPerSample === 8) data.writeUInt8(128 + Math.round(wave * 30), i);
    else data.writeInt16LE(Math.round(wave * 8000), i * 2);
  }
  const header = Buffer.alloc(44);
  header.write('RIFF', 0, 'latin1');
  header.writeUInt32LE(36 + data.length, 4);
  header.write('WAVE', 8, 'latin1');
  header.write('fmt ', 12, 'latin1');
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20); // PCM
  header.writeUInt16LE(1, 22); // mono
  header.writeUInt32LE(sampleRate, 24);
  header.writeUInt32LE(sampleRate * bytesPerSample, 28);
  header.writeUInt16LE(bytesPerSample, 32);
  header.writeUInt16LE(bitsPerSample, 34);
  header.write('data', 36, 'latin1');
  header.writeUInt32LE(data.length, 40);
  return Buffer.concat([header, data]);
}

/** A route that answers `Range: bytes=a-` (and `a-b`) with 206 and the part, as media servers do. */
export function rangedRoute(bytes: Buffer, contentType = 'audio/wav', extra: Partial<FeedRoute> = {}): (request: IncomingMessage) => FeedRoute {
  return (request) => {
    const match = /^bytes=(\d+)-(\d*)$/.exec(request.headers.range ?? '');
    if (!match) return { body: bytes, contentType, headers: { 'accept-ranges': 'bytes' }, ...extra };
    const start = Number(match[1]);
    const end = match[2] ? Math.min(Number(match[2]), bytes.length - 1) : bytes.length - 1;
    if (start >= bytes.length) return { status: 416, body: '', headers: { 'content-range': `bytes */${bytes.length}` } };
    return { status: 206, body: bytes.subarray(start, end + 1), contentType, headers: { 'accept-ranges': 'bytes', 'content-range': `bytes ${start}-${end}/${bytes.length}` }, ...extra };
  };
}
