// The browser-mode server over real HTTP on 127.0.0.1, in front of a real core with a small content pack.
import http from 'node:http';
import net from 'node:net';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../core/createCore';
import { openCoreSession, type CoreSession } from '../core/coreSession';
import type { Envelope } from '../shared/errors';
import type { AppInfo, JournalEntry, LessonDetail, SearchResults } from '../shared/contract';
import { webHostHandlers } from './hostHandlers';
import { adjustableClock } from '../core/clock';
import { localDate } from '../shared/calendarDays';
import { dispatch } from '../shared/dispatch';
import { contentSecurityPolicy } from './security';
import { startWebServer, type WebServer } from './server';

const episode = `---
kind: episode
title: Coaching basics for sales managers
date: 2024-03-01
show: Test Show
host: Sam Host
guests:
  - name: Dana Guest
    role: VP of Sales
    organisation: Example Co
category: Coaching
tags: [asking, coaching]
summary: Two short lessons the web server tests read and link to.
lessons:
  - id: ask-first
    title: Ask before you mandate
    mode: ask
  - id: share-freely
    title: Share without strings
    mode: share
---

An introduction to the episode.

## Ask before you mandate {#ask-first}

Ask clearly, then confirm how, when and what help is needed.

## Share without strings {#share-freely}

Share what you know and expect nothing back; see [asking first](#ask-first).
`;

const indexHtml = '<!doctype html><html><head><script type="module" src="/app.js"></script></head><body>Fulcrum test page</body></html>\n';
const appJs = 'console.log("fulcrum test app");\n';
const secretText = 'TOP-SECRET-OUTSIDE-THE-STATIC-FOLDER';

let root: string;
let staticDir: string;
let core: CoreSession;
let dataDir: string;
let server: WebServer;

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
}

/** One request with http.request, which (unlike fetch) lets a test set Host and Origin freely. */
function request(options: { method?: string; path: string; headers?: Record<string, string | number>; body?: string | Buffer; host?: string; agent?: http.Agent | false }): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: options.host ?? '127.0.0.1', port: server.port, method: options.method ?? 'GET', path: options.path, headers: options.headers ?? {}, agent: options.agent ?? false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

/** Calls an operation the way the page does: POST, JSON, this run's token. */
function call(name: string, input: unknown, headers: Record<string, string> = {}): Promise<Reply> {
  const body = JSON.stringify(input);
  return request({
    method: 'POST',
    path: `/api/${name}`,
    headers: { authorization: `Bearer ${server.token}`, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...headers },
    body,
  });
}

function envelope<T = unknown>(reply: Reply): Envelope<T> {
  expect(reply.headers['content-type']).toBe('application/json; charset=utf-8');
  return JSON.parse(reply.text) as Envelope<T>;
}

function valueOf<T>(reply: Reply): T {
  const result = envelope<T>(reply);
  if (!result.ok) throw new Error(`expected ok, got ${reply.status} ${result.error.code}: ${result.error.message}`);
  expect(reply.status).toBe(200);
  return result.value;
}

function errorOf(reply: Reply): { code: string; message: string; issues?: Array<{ path: Array<string | number>; rule: string }> } {
  const result = envelope(reply);
  if (result.ok) throw new Error(`expected an error, got ${reply.status} ${reply.text}`);
  const { issues, ...rest } = result.error;
  expect(Object.keys(rest).sort()).toEqual(['code', 'message']);
  // Invalid input also names each field at fault and the rule it broke, for doors that name fields their own way.
  if (issues !== undefined) expect(issues).toEqual(expect.arrayContaining([{ path: expect.any(Array), rule: expect.stringMatching(/^(must|is|has|can|needs)\b/) }]));
  return result.error;
}

/** A message a person can read: one sentence or two, no code, no stack, no JSON. */
function expectPlainWords(message: string): void {
  expect(message).toMatch(/^[A-Z][\s\S]*[.!?]$/);
  expect(message.length).toBeGreaterThan(15);
  expect(message).not.toMatch(/[{}<>\n]|\bat \S+:\d+|undefined|null|Error:|\b[45]\d\d\b/);
  expect(message).toMatch(/[a-z]+ [a-z]+ [a-z]+/);
}

/** Whether a TCP connection to host:port succeeds within two seconds. */
function connects(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(2000, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'fulcrum-web-test-'));
  const contentDir = path.join(root, 'content');
  dataDir = path.join(root, 'data');
  staticDir = path.join(root, 'static');
  await mkdir(contentDir);
  await mkdir(dataDir);
  await mkdir(staticDir);
  await writeFile(path.join(contentDir, 'coaching-basics.md'), episode, 'utf8');
  await writeFile(path.join(staticDir, 'index.html'), indexHtml, 'utf8');
  await writeFile(path.join(staticDir, 'app.js'), appJs, 'utf8');
  // Files just outside the static folder, which no request may reach.
  await writeFile(path.join(root, 'secret'), secretText, 'utf8');
  await writeFile(path.join(root, 'package.json'), `{"name":"${secretText}"}`, 'utf8');

  core = await openCoreSession({ dataDir, contentDir, version: '9.9.9-test', door: 'browser' });
  server = await startWebServer({ handlers: { ...core.handlers, ...webHostHandlers() }, staticDir });
});

afterAll(async () => {
  await server?.close();
  await core?.close();
  if (root) await rm(root, { recursive: true, force: true });
});

describe('the listening socket', () => {
  it('listens on 127.0.0.1 with a fresh token', async () => {
    expect(server.port).toBeGreaterThan(0);
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/`);
    expect(server.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(server.openUrl).toBe(`http://127.0.0.1:${server.port}/?token=${server.token}`);
    expect(await connects('127.0.0.1', server.port)).toBe(true);
  });

  it('does not answer on any other address', async () => {
    expect(await connects('::1', server.port)).toBe(false);
    if (process.platform === 'linux') {
      // All of 127/8 is loopback on Linux: a server bound to 0.0.0.0 would answer 127.0.0.2 too.
      expect(await connects('127.0.0.2', server.port)).toBe(false);
    }
    const external = Object.values(os.networkInterfaces())
      .flat()
      .find((info) => info && info.family === 'IPv4' && !info.internal);
    if (external) expect(await connects(external.address, server.port)).toBe(false);
  });
});

describe('who may call the API', () => {
  it('refuses a request without a token with 401 and a plain sentence', async () => {
    const reply = await request({ method: 'POST', path: '/api/app.info', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(reply.status).toBe(401);
    const error = errorOf(reply);
    expect(error.code).toBe('unauthorized');
    expectPlainWords(error.message);
    expect(error.message).not.toContain(server.token);
  });

  it('refuses a wrong token of the same length, of another length, and another scheme', async () => {
    const sameLength = `${server.token.slice(0, -1)}${server.token.endsWith('A') ? 'B' : 'A'}`;
    for (const authorization of [`Bearer ${sameLength}`, 'Bearer short', `Bearer ${server.token}x`, `Basic ${server.token}`, `bearer ${server.token}`]) {
      const reply = await call('app.info', {}, { authorization });
      expect(reply.status, authorization).toBe(401);
      expect(errorOf(reply).code).toBe('unauthorized');
    }
  });

  it('answers app.info with the right token', async () => {
    const reply = await call('app.info', {});
    expect(reply.status).toBe(200);
    expect(reply.headers['cache-control']).toBe('no-store');
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
    const info = valueOf<AppInfo>(reply);
    expect(info).toEqual({ version: '9.9.9-test', door: 'browser', dataDir, itemCount: 1, lessonCount: 2, today: localDate(new Date()), contentProblems: [] });
  });

  it('works through fetch too, as the page calls it', async () => {
    const response = await fetch(`${server.url}api/app.info`, {
      method: 'POST',
      headers: { authorization: `Bearer ${server.token}`, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as Envelope<AppInfo>;
    expect(body.ok).toBe(true);
    expect(body.ok && body.value.lessonCount).toBe(2);
  });

  it('refuses a foreign Host header with 403 even with the right token', async () => {
    for (const host of [`evil.example:${server.port}`, '127.0.0.1:1', `127.0.0.1.evil.example:${server.port}`]) {
      const reply = await call('app.info', {}, { host });
      expect(reply.status, host).toBe(403);
      const error = errorOf(reply);
      expect(error.code).toBe('unauthorized');
      expectPlainWords(error.message);
    }
  });

  it('refuses a foreign Host for static files too (DNS rebinding)', async () => {
    const reply = await request({ path: '/', headers: { host: `evil.example:${server.port}` } });
    expect(reply.status).toBe(403);
    expect(reply.text).not.toContain('Fulcrum test page');
  });

  it('accepts localhost as the Host', async () => {
    const reply = await call('app.info', {}, { host: `localhost:${server.port}` });
    expect(reply.status).toBe(200);
  });

  it('refuses a foreign Origin with 403 even with the right token', async () => {
    for (const origin of ['http://evil.example', `http://evil.example:${server.port}`, 'null', `https://127.0.0.1:${server.port}`]) {
      const reply = await call('app.info', {}, { origin });
      expect(reply.status, origin).toBe(403);
      expect(errorOf(reply).code).toBe('unauthorized');
    }
  });

  it('allows its own origin', async () => {
    const reply = await call('app.info', {}, { origin: `http://127.0.0.1:${server.port}` });
    expect(reply.status).toBe(200);
    expect(valueOf<AppInfo>(reply).itemCount).toBe(1);
    const viaLocalhost = await call('app.info', {}, { origin: `http://localhost:${server.port}`, host: `localhost:${server.port}` });
    expect(viaLocalhost.status).toBe(200);
  });
});

describe('the test clock', () => {
  it('is refused in a normal run, in plain words', async () => {
    const reply = await call('host.setClock', { now: '2030-01-01T09:00:00Z' });
    expect(errorOf(reply)).toMatchObject({ code: 'unavailable', message: expect.stringMatching(/only be moved when Fulcrum was started for tests \(FULCRUM_TEST_CLOCK=1\)/) });
    expect(valueOf<AppInfo>(await call('app.info', {})).today).toBe(localDate(new Date()));
  });

  it('moves the core\'s today in a run started for tests', async () => {
    const clock = adjustableClock();
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'fulcrum-clock-'));
    const testCore = await createCore({ dataDir, contentDir: path.join(root, 'content'), now: clock.now });
    const handlers = { ...testCore.handlers, ...webHostHandlers({ testClock: clock }) };
    const moved = await dispatch(handlers, 'host.setClock', { now: '2030-01-01T09:00:00Z' });
    expect(moved).toMatchObject({ ok: true, value: { today: '2030-01-01' } });
    expect(await dispatch(handlers, 'app.info', {})).toMatchObject({ ok: true, value: { today: '2030-01-01' } });
    expect(await dispatch(handlers, 'host.setClock', { now: 'next week' })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    testCore.close();
    await rm(dataDir, { recursive: true, force: true });
  });
});

describe('malformed API requests', () => {
  it('answers GET on an API route with 405', async () => {
    const reply = await request({ path: '/api/app.info', headers: { authorization: `Bearer ${server.token}` } });
    expect(reply.status).toBe(405);
    expect(errorOf(reply).code).toBe('invalid-input');
  });

  it('answers a body that is not JSON by content type with 415', async () => {
    for (const contentType of ['text/plain', 'application/x-www-form-urlencoded', 'application/jsonp']) {
      const reply = await call('app.info', {}, { 'content-type': contentType });
      expect(reply.status, contentType).toBe(415);
      expect(errorOf(reply).code).toBe('invalid-input');
    }
    const missing = await request({ method: 'POST', path: '/api/app.info', headers: { authorization: `Bearer ${server.token}` }, body: '{}' });
    expect(missing.status).toBe(415);
  });

  it('accepts JSON with a charset', async () => {
    const reply = await call('app.info', {}, { 'content-type': 'application/json; charset=utf-8' });
    expect(reply.status).toBe(200);
  });

  it('answers invalid JSON with 400', async () => {
    const reply = await request({
      method: 'POST',
      path: '/api/journal.create',
      headers: { authorization: `Bearer ${server.token}`, 'content-type': 'application/json' },
      body: '{"date": "2024-03-01", "body": ',
    });
    expect(reply.status).toBe(400);
    const error = errorOf(reply);
    expect(error.code).toBe('invalid-input');
    expect(error.message).toMatch(/not valid JSON/);
    expect(error.message).toMatch(/Nothing was saved/);
  });

  it('answers a body over 5 MB with 413', async () => {
    const body = Buffer.alloc(6 * 1024 * 1024, 0x20);
    const reply = await request({
      method: 'POST',
      path: '/api/journal.create',
      headers: { authorization: `Bearer ${server.token}`, 'content-type': 'application/json', 'content-length': body.length },
      body,
    });
    expect(reply.status).toBe(413);
    const error = errorOf(reply);
    expect(error.code).toBe('invalid-input');
    expect(error.message).toMatch(/5 MB/);
  });

  it('answers every oversize upload with 413, never with a reset connection', async () => {
    // Repeated because the failure it guards against (closing the socket while the client is still
    // sending, so the 413 is lost to a TCP reset) is a race.
    const body = Buffer.alloc(6 * 1024 * 1024, 0x20);
    // A keep-alive connection, as browsers use.
    const agent = new http.Agent({ keepAlive: true });
    const statuses: Array<number | string> = [];
    for (let i = 0; i < 6; i++) {
      const chunked = i % 2 === 1;
      const reply = await request({
        method: 'POST',
        path: '/api/journal.create',
        headers: {
          authorization: `Bearer ${server.token}`,
          'content-type': 'application/json',
          ...(chunked ? { 'transfer-encoding': 'chunked' } : { 'content-length': body.length }),
        },
        body,
        agent,
      }).catch((error: NodeJS.ErrnoException) => error.code ?? error.message);
      statuses.push(typeof reply === 'string' ? reply : reply.status);
    }
    agent.destroy();
    expect(statuses).toEqual([413, 413, 413, 413, 413, 413]);
  });

  it('answers an unknown operation with 404, including names of Object.prototype', async () => {
    for (const name of ['nope.nothing', 'constructor', '__proto__', 'toString']) {
      const reply = await call(name, {});
      expect(reply.status, name).toBe(404);
      const error = errorOf(reply);
      expect(error.code).toBe('not-found');
      expect(error.message).toContain(`"${name}"`);
    }
  });
});

describe('operations over HTTP', () => {
  it('refuses a journal entry dated "yesterday" with 400, names the date, and saves nothing', async () => {
    const before = valueOf<JournalEntry[]>(await call('journal.list', {}));
    const reply = await call('journal.create', { date: 'yesterday', title: 'Bad date', body: 'This must never be stored.', lessonIds: ['ask-first'] });
    expect(reply.status).toBe(400);
    const error = errorOf(reply);
    expect(error.code).toBe('invalid-input');
    expect(error.message).toMatch(/\bdate\b/i);
    expect(error.message).toMatch(/YYYY-MM-DD/);
    expect(error.issues).toEqual([{ path: ['date'], rule: 'must be a date written YYYY-MM-DD' }]);
    expect(error.message).toMatch(/nothing was saved/i);
    expectPlainWords(error.message);

    const after = valueOf<JournalEntry[]>(await call('journal.list', {}));
    expect(after).toEqual(before);
    expect(after.some((entry) => entry.body.includes('never be stored'))).toBe(false);
  });

  it('refuses a journal entry linking an unknown lesson with 400 and saves nothing', async () => {
    const before = valueOf<JournalEntry[]>(await call('journal.list', {}));
    const reply = await call('journal.create', { date: '2024-03-04', body: 'Linked to nothing.', lessonIds: ['no-such-lesson'] });
    expect(reply.status).toBe(400);
    const error = errorOf(reply);
    expect(error.code).toBe('invalid-input');
    expect(error.message).toContain('"no-such-lesson"');
    expect(error.message).toMatch(/nothing was saved/i);
    expect(valueOf<JournalEntry[]>(await call('journal.list', {}))).toEqual(before);
  });

  it('creates a journal entry and lists it, linked to its lesson and searchable', async () => {
    const created = valueOf<JournalEntry>(
      await call('journal.create', { date: '2024-03-05', title: 'Tried asking first', body: 'Asked Dana for the pipeline notes by Friday.', lessonIds: ['ask-first'] }),
    );
    expect(created).toMatchObject({ date: '2024-03-05', title: 'Tried asking first', body: 'Asked Dana for the pipeline notes by Friday.', lessonIds: ['ask-first'] });
    expect(created.id).toMatch(/\S/);
    expect(Date.parse(created.createdAt)).not.toBeNaN();

    const listed = valueOf<JournalEntry[]>(await call('journal.list', {}));
    expect(listed).toContainEqual(created);

    const forLesson = valueOf<JournalEntry[]>(await call('journal.list', { lessonId: 'ask-first' }));
    expect(forLesson.map((e) => e.id)).toEqual([created.id]);
    expect(valueOf<JournalEntry[]>(await call('journal.list', { lessonId: 'share-freely' }))).toEqual([]);

    const lesson = valueOf<LessonDetail>(await call('library.lesson', { id: 'ask-first' }));
    expect(lesson.lesson).toEqual({ id: 'ask-first', title: 'Ask before you mandate', mode: 'ask', itemId: 'coaching-basics' });
    expect(lesson.backlinks.map((e) => e.id)).toEqual([created.id]);

    const found = valueOf<SearchResults>(await call('search.query', { q: 'pipeline notes', kinds: ['journal'] }));
    expect(found.hits.map((h) => h.id)).toEqual([created.id]);
  });

  it('answers host.saveFile with 503 unavailable and a plain sentence', async () => {
    const reply = await call('host.saveFile', { fileName: 'lesson.md', mimeType: 'text/markdown', content: '# Lesson' });
    expect(reply.status).toBe(503);
    const error = errorOf(reply);
    expect(error.code).toBe('unavailable');
    expectPlainWords(error.message);
    expect(error.message).toMatch(/download/);
  });
});

describe('static files', () => {
  it('serves index.html at / with a Content-Security-Policy', async () => {
    const reply = await request({ path: '/' });
    expect(reply.status).toBe(200);
    expect(reply.text).toBe(indexHtml);
    expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(reply.headers['content-security-policy']).toBe(contentSecurityPolicy);
    expect(reply.headers['content-security-policy']).toContain("script-src 'self'");
    expect(reply.headers['x-frame-options']).toBe('DENY');
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
    expect(reply.headers['cache-control']).toBe('no-store');
  });

  it('serves the page without the token: the token is for the API only', async () => {
    const reply = await request({ path: `/?token=${server.token}` });
    expect(reply.status).toBe(200);
    expect(reply.text).toBe(indexHtml);
  });

  it('serves /app.js with a JavaScript type', async () => {
    const reply = await request({ path: '/app.js' });
    expect(reply.status).toBe(200);
    expect(reply.text).toBe(appJs);
    expect(reply.headers['content-type']).toMatch(/^text\/javascript\b/);
    expect(reply.headers['content-length']).toBe(String(Buffer.byteLength(appJs)));
  });

  it('answers HEAD without a body', async () => {
    const reply = await request({ method: 'HEAD', path: '/app.js' });
    expect(reply.status).toBe(200);
    expect(reply.text).toBe('');
    expect(reply.headers['content-length']).toBe(String(Buffer.byteLength(appJs)));
  });

  it('never serves a file outside the static folder', async () => {
    for (const target of ['/../package.json', '/%2e%2e/secret', '/%2e%2e%2fsecret', '/..%2fsecret', '/..%2f..%2fsecret', '/%2e%2e%2f%2e%2e%2fsecret', '/..%5csecret', '/static/../../secret']) {
      const reply = await request({ path: target });
      expect(reply.status, target).toBe(404);
      expect(reply.text, target).not.toContain(secretText);
    }
  });

  it('answers a malformed percent-encoding with 400, not a server error', async () => {
    const reply = await request({ path: '/%E0%A4%A' });
    expect(reply.status).toBe(400);
  });

  it('answers a missing file with 404', async () => {
    for (const target of ['/missing.js', '/assets/missing.css', '/index.htm']) {
      const reply = await request({ path: target });
      expect(reply.status, target).toBe(404);
    }
  });

  it('answers other methods on static paths with 405', async () => {
    const reply = await request({ method: 'POST', path: '/index.html', body: 'x' });
    expect(reply.status).toBe(405);
    expect(reply.headers.allow).toBe('GET, HEAD');
  });
});
