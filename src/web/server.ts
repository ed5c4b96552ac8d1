// Browser mode: the same renderer and the same contract, over HTTP on 127.0.0.1 only. Every API call
// needs this run's token; requests naming a foreign Host or Origin are refused.
import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { isOperationName } from '../shared/contract';
import { dispatch, type Handlers } from '../shared/dispatch';
import { FulcrumError, type Envelope, type ErrorCode } from '../shared/errors';
import { serveMedia, type MediaOf } from './mediaRoute';
import { bearerToken, contentSecurityPolicy, isAllowedHost, isAllowedOrigin, tokensMatch } from './security';

export interface WebServerOptions {
  handlers: Handlers;
  /** The built renderer (vite build output). */
  staticDir: string;
  port?: number;
  token?: string;
  /** Where an episode's audio comes from, for `/media/<episode id>`. */
  media?: MediaOf;
}

export interface WebServer {
  url: string;
  /** The address to open: the URL with this run's token. */
  openUrl: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

const megabyte = 1024 * 1024;
/** Requests are small, but for files sent in: a backup to restore (base64, up to 500 MB), notes or a pack to import (up to 100 MB of text). */
const largeBodies: Record<string, number> = { 'restore.upload': 700 * megabyte, 'import.notes': 120 * megabyte, 'packs.import': 120 * megabyte };
const maxBodyBytes = (operation: string) => largeBodies[operation] ?? 5 * megabyte;
const statusOf: Record<ErrorCode, number> = {
  'invalid-input': 400,
  unauthorized: 401,
  'not-found': 404,
  conflict: 409,
  cancelled: 499, // the client stopped waiting (never sent: a door cancels on its own side)
  internal: 500,
  unavailable: 503,
};
const mimeTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json; charset=utf-8',
};

function send(res: ServerResponse, status: number, envelope: Envelope<unknown>): void {
  const body = JSON.stringify(envelope);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
  res.end(body);
}

function refuse(res: ServerResponse, status: number, code: ErrorCode, message: string): void {
  send(res, status, { ok: false, error: { code, message } });
}

async function readBody(req: IncomingMessage, limit: number): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    // Keep reading (and dropping) past the limit: leaving the loop early resets the connection and the 413 is lost.
    if (size <= limit) chunks.push(chunk as Buffer);
  }
  return size > limit ? null : Buffer.concat(chunks).toString('utf8');
}

async function handleApi(req: IncomingMessage, res: ServerResponse, name: string, options: { handlers: Handlers; token: string }) {
  if (!tokensMatch(bearerToken(req.headers.authorization), options.token)) {
    return refuse(res, 401, 'unauthorized', 'This page is not signed in to this Fulcrum server. Open the address that `npm run web` printed, including its token.');
  }
  if (req.method !== 'POST') return refuse(res, 405, 'invalid-input', 'Operations are called with POST.');
  if (!isOperationName(name)) return refuse(res, 404, 'not-found', `Fulcrum has no operation called "${name}".`);
  if (!/^application\/json\b/.test(req.headers['content-type'] ?? '')) {
    return refuse(res, 415, 'invalid-input', 'Requests must be sent as JSON.');
  }
  const limit = maxBodyBytes(name);
  const text = await readBody(req, limit);
  if (text === null) return refuse(res, 413, 'invalid-input', `The request is too large (more than ${limit / megabyte} MB). Nothing was saved.`);
  let input: unknown;
  try {
    input = text.length > 0 ? JSON.parse(text) : {};
  } catch {
    return refuse(res, 400, 'invalid-input', 'The request is not valid JSON. Nothing was saved.');
  }
  const envelope = await dispatch(options.handlers, name, input);
  send(res, envelope.ok ? 200 : statusOf[envelope.error.code], envelope);
}

async function handleMedia(req: IncomingMessage, res: ServerResponse, episodeId: string, options: { media: MediaOf | undefined; token: string }) {
  const given = new URL(req.url ?? '/', 'http://127.0.0.1').searchParams.get('token') ?? bearerToken(req.headers.authorization);
  if (!tokensMatch(given ?? undefined, options.token)) return refuse(res, 401, 'unauthorized', 'This audio address needs the access token of this Fulcrum server.');
  if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, 'invalid-input', 'Audio is fetched with GET.');
  if (!options.media || !/^[A-Za-z0-9-]{1,100}$/.test(episodeId)) return refuse(res, 404, 'not-found', 'There is no such episode.');
  try {
    await serveMedia(req, res, episodeId, options.media);
  } catch (error) {
    if (res.headersSent) return void res.destroy();
    if (error instanceof FulcrumError) return refuse(res, statusOf[error.code], error.code, error.message);
    return refuse(res, 502, 'unavailable', `The episode's audio could not be reached: ${(error as Error).message}`);
  }
}

async function handleStatic(req: IncomingMessage, res: ServerResponse, pathname: string, staticDir: string) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { allow: 'GET, HEAD' }).end();
    return;
  }
  let relative: string;
  try {
    relative = decodeURIComponent(pathname === '/' ? '/index.html' : pathname);
  } catch {
    res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end('Malformed address');
    return;
  }
  const file = path.resolve(staticDir, `.${relative}`);
  if (!file.startsWith(path.resolve(staticDir) + path.sep)) {
    res.writeHead(404).end();
    return;
  }
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
    return;
  }
  const isHtml = file.endsWith('.html');
  res.writeHead(200, {
    'content-type': mimeTypes[path.extname(file)] ?? 'application/octet-stream',
    'content-length': info.size,
    'cache-control': isHtml ? 'no-store' : 'max-age=3600',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    ...(isHtml ? { 'content-security-policy': contentSecurityPolicy, 'x-frame-options': 'DENY' } : {}),
  });
  if (req.method === 'HEAD') res.end();
  else createReadStream(file).pipe(res);
}

export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const token = options.token ?? randomBytes(32).toString('base64url');
  let port = 0;
  const server = createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    if (!isAllowedHost(req.headers.host, port) || !isAllowedOrigin(req.headers.origin, port)) {
      return refuse(res, 403, 'unauthorized', 'Fulcrum only answers pages it served itself on 127.0.0.1.');
    }
    const work = pathname.startsWith('/api/')
      ? handleApi(req, res, pathname.slice('/api/'.length), { handlers: options.handlers, token })
      : pathname.startsWith('/media/')
        ? handleMedia(req, res, pathname.slice('/media/'.length), { media: options.media, token })
        : handleStatic(req, res, pathname, options.staticDir);
    work.catch((error: unknown) => {
      if (!res.headersSent) refuse(res, 500, 'internal', `The server failed: ${(error as Error).message}`);
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}/`;
  return {
    url,
    openUrl: `${url}?token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
