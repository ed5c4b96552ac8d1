// One download to disk, resumable: the bytes go to a temporary `.part` file beside the target,
// continuing it with an HTTP Range request when the server supports that (starting over when it
// does not), and only a file of the announced length is renamed into place. A download stopped or
// cut short leaves its `.part` to resume from; it never passes for a complete file.
import { createWriteStream } from 'node:fs';
import { rename, stat, truncate } from 'node:fs/promises';
import { once } from 'node:events';
import { FetchStop, stopForNetworkError } from '../feeds/fetch/fetchStop';
import { openFollowing, stopForStatus, webUrl } from '../feeds/fetch/fetchResource';

export interface DownloadProgress {
  bytes: number;
  /** The whole length, when the server says it. */
  total: number | null;
}

export interface DownloadTarget {
  url: string;
  /** The complete file's path. */
  file: string;
  /** Where the bytes go until they are all there. */
  part: string;
  signal: AbortSignal;
  onProgress?: (progress: DownloadProgress) => void;
  /** Stops (as too large) when the file would pass this many bytes. */
  maxBytes?: number;
}

const partSize = async (part: string) => (await stat(part).catch(() => null))?.size ?? 0;

/** `bytes 100-999/1000` → { start: 100, total: 1000 } */
function contentRange(value: string | undefined): { start: number; total: number | null } | null {
  const match = /^bytes (\d+)-\d+\/(\d+|\*)$/.exec(value ?? '');
  return match ? { start: Number(match[1]), total: match[2] === '*' ? null : Number(match[2]) } : null;
}

/** Downloads `url` to `file`; resolves with the size once the file is complete and in place. */
export async function downloadFile(target: DownloadTarget): Promise<number> {
  const have = await partSize(target.part);
  const headers = { 'Accept-Encoding': 'identity', ...(have > 0 ? { Range: `bytes=${have}-` } : {}) };
  let opened;
  try {
    opened = await openFollowing(webUrl(target.url), { headers, accept: 'audio/*, video/*;q=0.9, */*;q=0.5', subject: 'episode' }, target.signal);
  } catch (error) {
    throw target.signal.aborted ? target.signal.reason : error instanceof FetchStop ? error : stopForNetworkError(error, target.url);
  }
  const { response, finalUrl } = opened;
  const status = response.statusCode ?? 0;
  let start = 0;
  let total: number | null;
  if (status === 206) {
    const range = contentRange(response.headers['content-range']);
    if (!range || range.start !== have) {
      response.destroy();
      await truncate(target.part, 0).catch(() => undefined);
      throw new FetchStop('http-error', 'The server sent another part of the episode than the one asked for; the download starts over at the next try.');
    }
    start = have;
    total = range.total;
  } else if (status === 416 && have > 0) {
    // Asked for what comes after the end: the part may already be whole (a rename was interrupted).
    response.destroy();
    const whole = contentRange(response.headers['content-range']?.replace(/^bytes \*/, 'bytes 0-0'))?.total;
    if (whole === have) {
      await rename(target.part, target.file);
      return have;
    }
    await truncate(target.part, 0);
    throw new FetchStop('http-error', 'The episode changed on the server since the download began; it starts over at the next try.');
  } else if (status >= 200 && status < 300) {
    // The server ignores Range (or nothing was there yet): from the first byte.
    const length = Number(response.headers['content-length']);
    total = Number.isFinite(length) && response.headers['content-length'] !== undefined ? length : null;
  } else {
    response.destroy();
    throw stopForStatus(status, response.statusMessage, new URL(finalUrl), 'episode');
  }
  if (target.maxBytes !== undefined && total !== null && total > target.maxBytes) {
    response.destroy();
    throw new FetchStop('too-large', `The episode is larger than the ${Math.round(target.maxBytes / 1024 / 1024)} MB downloads may use.`);
  }

  // Written chunk by chunk, and the file closed (flushed) whatever happens, so what arrived before a
  // pause or a broken connection is kept to resume from.
  let bytes = start;
  const out = createWriteStream(target.part, { flags: start > 0 ? 'a' : 'w' });
  const stop = () => response.destroy();
  target.signal.addEventListener('abort', stop, { once: true });
  let failure: unknown = null;
  target.onProgress?.({ bytes, total });
  try {
    for await (const chunk of response as AsyncIterable<Buffer>) {
      bytes += chunk.length;
      if (target.maxBytes !== undefined && bytes > target.maxBytes) {
        failure = new FetchStop('too-large', `The episode is larger than the ${Math.round(target.maxBytes / 1024 / 1024)} MB downloads may use.`);
        break;
      }
      if (!out.write(chunk)) await once(out, 'drain');
      target.onProgress?.({ bytes, total });
    }
  } catch (error) {
    failure = error;
  } finally {
    target.signal.removeEventListener('abort', stop);
    response.destroy();
    await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
  }
  if (target.signal.aborted) throw target.signal.reason;
  if (failure instanceof FetchStop) throw failure;
  if (failure) throw new FetchStop('http-error', 'The server closed the connection before the episode was complete; the download resumes from where it stopped.');
  const size = await partSize(target.part);
  if (total !== null && size !== total) {
    throw new FetchStop('http-error', `The download stopped at ${size} of ${total} bytes; it resumes from there at the next try.`);
  }
  await rename(target.part, target.file);
  return size;
}
