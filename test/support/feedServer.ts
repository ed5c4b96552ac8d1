// A web server on 127.0.0.1 for feed tests: a route table says what each path answers (a body, a
// file, a redirect, a status), and how (ETag/Last-Modified with 304, gzip/deflate/br, slowly, cut
// short, as a bomb). Test support only: tests, e2e and bench import it; nothing leaves loopback.
import { readFile } from 'node:fs/promises';
import http, { type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import zlib from 'node:zlib';

export interface FeedRoute {
  /** 200 by default, 302 with `redirect`. */
  status?: number;
  body?: string | Buffer;
  /** A file to serve: relative to the server's `folder`, or absolute. */
  file?: string;
  /** By default from the file's or the path's extension (.xml, .json, .vtt, .srt, .jpg…). */
  contentType?: string;
  /** Sent last, so they override anything the route sets (a raw Content-Encoding, say). */
  headers?: Record<string, string>;
  /** Sent as ETag; a request with a matching If-None-Match gets 304. */
  etag?: string;
  /** Sent as Last-Modified; a request with If-Modified-Since at or after it gets 304 (unless it sent If-None-Match). */
  lastModified?: string;
  /** Location to redirect to (relative or absolute); use `status` for 301/307/308. */
  redirect?: string;
  /** Compress the body on the way out and say so in Content-Encoding. `deflate-raw` sends raw deflate as `deflate`. */
  encoding?: 'gzip' | 'deflate' | 'deflate-raw' | 'br';
  /** Wait before sending the status and headers. */
  delayMs?: number;
  /** Send the headers at once, then the body a few bytes at a time. */
  trickle?: { bytesPerChunk: number; everyMs: number };
  /** Declare the whole length, send only this many bytes (after encoding), then drop the connection. */
  truncateAt?: number;
  /** Leave out Content-Length (chunked transfer). */
  chunked?: boolean;
  /** Stream this many bytes of filler, never held in memory; Content-Length only with `declareLength`. */
  generated?: { bytes: number; declareLength?: boolean };
  /** Drop the connection without answering. */
  hangUp?: boolean;
}

export type RouteSpec = FeedRoute | ((request: IncomingMessage) => FeedRoute);

export interface RecordedRequest {
  url: string;
  headers: IncomingHttpHeaders;
}

export interface FeedServer {
  origin: string;
  /** The full URL of a path on this server. */
  url(pathname: string): string;
  /** How many requests reached a path (query ignored). */
  hits(pathname: string): number;
  /** The requests that reached a path, oldest first, with their headers. */
  requests(pathname: string): RecordedRequest[];
  /** Adds or replaces a route while the server runs (a feed that changes between refreshes). */
  setRoute(pathname: string, route: RouteSpec): void;
  close(): Promise<void>;
}

export interface FeedServerOptions {
  /** Paths with no route are served from this folder when a file is there; 404 otherwise. */
  folder?: string;
}

const contentTypes: Record<string, string> = {
  '.xml': 'application/xml; charset=utf-8',
  '.rss': 'application/rss+xml; charset=utf-8',
  '.atom': 'application/atom+xml; charset=utf-8',
  '.opml': 'text/x-opml; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.vtt': 'text/vtt; charset=utf-8',
  '.srt': 'application/x-subrip; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.webp': 'image/webp',
};

export async function startFeedServer(routes: Record<string, RouteSpec> = {}, options: FeedServerOptions = {}): Promise<FeedServer> {
  const table = new Map(Object.entries(routes));
  const log = new Map<string, RecordedRequest[]>();
  const server = http.createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    log.set(pathname, [...(log.get(pathname) ?? []), { url: request.url ?? '/', headers: request.headers }]);
    answer(request, response, pathname, table.get(pathname), options.folder).catch((error: unknown) => {
      if (!response.headersSent) response.writeHead(500, { 'Content-Type': 'text/plain' }).end(String(error));
      else response.destroy();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (pathname) => new URL(pathname, origin).href,
    hits: (pathname) => log.get(pathname)?.length ?? 0,
    requests: (pathname) => log.get(pathname) ?? [],
    setRoute: (pathname, route) => void table.set(pathname, route),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

/** A gzip body that inflates to at least `decodedBytes` of zeros, from about a thousandth of that. */
export function gzipBomb(decodedBytes: number): FeedRoute {
  const member = zlib.gzipSync(Buffer.alloc(1024 * 1024), { level: 9 });
  const members = Math.ceil(decodedBytes / (1024 * 1024));
  // Concatenated gzip members are one valid gzip stream (RFC 1952), so the bomb is built in a blink.
  return { body: Buffer.concat(Array.from({ length: members }, () => member)), contentType: 'application/rss+xml', headers: { 'Content-Encoding': 'gzip' } };
}

async function answer(request: IncomingMessage, response: ServerResponse, pathname: string, spec: RouteSpec | undefined, folder: string | undefined): Promise<void> {
  const route = typeof spec === 'function' ? spec(request) : (spec ?? (await fromFolder(pathname, folder)));
  if (route.hangUp) return void request.socket.destroy();
  if (route.delayMs) await new Promise((resolve) => setTimeout(resolve, route.delayMs));
  if (response.destroyed) return;
  const headers: Record<string, string | number> = {};
  if (route.etag) headers.ETag = route.etag;
  if (route.lastModified) headers['Last-Modified'] = route.lastModified;
  if (notModified(request.headers, route)) return void response.writeHead(304, headers).end();
  if (route.redirect !== undefined) return void response.writeHead(route.status ?? 302, { ...headers, Location: route.redirect, ...route.headers }).end();
  headers['Content-Type'] = route.contentType ?? contentTypeOf(route.file ?? pathname);
  if (route.generated) return sendGenerated(response, route, headers);
  const raw = route.file ? await readFile(path.resolve(folder ?? '.', route.file)) : Buffer.from(route.body ?? '');
  const payload = encode(raw, route.encoding);
  if (route.encoding) headers['Content-Encoding'] = route.encoding === 'deflate-raw' ? 'deflate' : route.encoding;
  if (!route.chunked) headers['Content-Length'] = payload.length;
  response.writeHead(route.status ?? 200, { ...headers, ...route.headers });
  if (route.truncateAt !== undefined) return void response.write(payload.subarray(0, route.truncateAt), () => response.destroy());
  if (route.trickle) return trickle(response, payload, route.trickle);
  response.end(payload);
}

async function fromFolder(pathname: string, folder: string | undefined): Promise<FeedRoute> {
  if (!folder) return notFound;
  const root = path.resolve(folder);
  const file = path.resolve(root, `.${decodeURIComponent(pathname)}`);
  if (!file.startsWith(root + path.sep)) return notFound;
  try {
    return { body: await readFile(file), contentType: contentTypeOf(file) };
  } catch {
    return notFound;
  }
}

const notFound: FeedRoute = { status: 404, body: 'Not found', contentType: 'text/plain' };

function contentTypeOf(name: string): string {
  return contentTypes[path.extname(name).toLowerCase()] ?? 'application/octet-stream';
}

function notModified(headers: IncomingHttpHeaders, route: FeedRoute): boolean {
  const ifNoneMatch = headers['if-none-match'];
  if (ifNoneMatch !== undefined) {
    const weak = (tag: string) => tag.trim().replace(/^W\//, '');
    return route.etag !== undefined && ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || weak(tag) === weak(route.etag!));
  }
  const since = headers['if-modified-since'];
  if (since === undefined || route.lastModified === undefined) return false;
  return Date.parse(since) >= Date.parse(route.lastModified);
}

function encode(raw: Buffer, encoding: FeedRoute['encoding']): Buffer {
  if (encoding === 'gzip') return zlib.gzipSync(raw);
  if (encoding === 'deflate') return zlib.deflateSync(raw);
  if (encoding === 'deflate-raw') return zlib.deflateRawSync(raw);
  if (encoding === 'br') return zlib.brotliCompressSync(raw);
  return raw;
}

function trickle(response: ServerResponse, payload: Buffer, pace: { bytesPerChunk: number; everyMs: number }): void {
  let sent = 0;
  const timer = setInterval(() => {
    if (sent >= payload.length) {
      clearInterval(timer);
      return void response.end();
    }
    response.write(payload.subarray(sent, sent + pace.bytesPerChunk));
    sent += pace.bytesPerChunk;
  }, pace.everyMs);
  response.on('close', () => clearInterval(timer));
}

function sendGenerated(response: ServerResponse, route: FeedRoute, headers: Record<string, string | number>): void {
  const total = route.generated!.bytes;
  if (route.generated!.declareLength) headers['Content-Length'] = total;
  response.writeHead(route.status ?? 200, { ...headers, ...route.headers });
  const filler = Buffer.alloc(64 * 1024, '<!-- filler -->\n');
  let sent = 0;
  const pump = () => {
    while (sent < total && !response.destroyed) {
      const chunk = filler.subarray(0, Math.min(filler.length, total - sent));
      sent += chunk.length;
      if (!response.write(chunk)) return void response.once('drain', pump);
    }
    if (!response.destroyed) response.end();
  };
  pump();
}
