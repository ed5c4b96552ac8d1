// An episode's audio as the player asks for it: the answer to a GET with an optional Range header,
// from the downloaded file or passed through to the enclosure's address. Both doors use it: browser
// mode's `/media/<id>` route and the desktop app's `fulcrum://app/media/<id>`.
import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { openFollowing, webUrl } from '../feeds/fetch/fetchResource';
import type { MediaSource } from './downloads';

export interface MediaAnswer {
  status: number;
  headers: Record<string, string>;
  /** The bytes to send; null for HEAD, 416 and upstream errors. */
  body: Readable | null;
}

/** `bytes=100-` or `bytes=100-199` of a file of `size` bytes → the inclusive range, or 'invalid'. */
export function byteRange(header: string | undefined, size: number): { start: number; end: number } | 'invalid' | null {
  if (!header) return null;
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match || (match[1] === '' && match[2] === '')) return 'invalid';
  let start: number;
  let end: number;
  if (match[1] === '') {
    start = Math.max(0, size - Number(match[2]));
    end = size - 1;
  } else {
    start = Number(match[1]);
    end = match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1);
  }
  return start > end || start >= size ? 'invalid' : { start, end };
}

const common = { 'accept-ranges': 'bytes', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' };

export async function openMedia(source: MediaSource, request: { range?: string | undefined; head?: boolean; signal: AbortSignal }): Promise<MediaAnswer> {
  if (source.kind === 'file') {
    const range = byteRange(request.range, source.bytes);
    if (range === 'invalid') return { status: 416, headers: { ...common, 'content-range': `bytes */${source.bytes}` }, body: null };
    const { start, end } = range ?? { start: 0, end: source.bytes - 1 };
    return {
      status: range ? 206 : 200,
      headers: { ...common, 'content-type': source.mimeType, 'content-length': String(end - start + 1), ...(range ? { 'content-range': `bytes ${start}-${end}/${source.bytes}` } : {}) },
      body: request.head ? null : createReadStream(source.path, { start, end }),
    };
  }
  // Not downloaded: from the web, the Range passed on, so seeking works there too.
  const headers = { 'Accept-Encoding': 'identity', ...(request.range ? { Range: request.range } : {}) };
  const { response } = await openFollowing(webUrl(source.url), { headers, accept: 'audio/*, */*;q=0.5', subject: 'episode' }, request.signal);
  const status = response.statusCode ?? 502;
  const passed: Record<string, string> = {};
  for (const name of ['content-type', 'content-length', 'content-range'] as const) {
    const value = response.headers[name];
    if (typeof value === 'string') passed[name] = value;
  }
  const ok = status >= 200 && status < 300;
  if (!ok || request.head) response.destroy();
  return { status: ok ? status : status === 416 ? 416 : 502, headers: { ...common, 'content-type': source.mimeType, ...passed }, body: ok && !request.head ? response : null };
}
