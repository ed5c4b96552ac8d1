// Fetches a feed, transcript, chapters file or artwork over http(s) for the refresh: conditional
// requests, redirects followed by hand, one deadline for the whole fetch, caps on the bytes before
// and after decompression. Every way it can go wrong comes back as a FetchOutcome in plain words.
import type { IncomingMessage, OutgoingHttpHeaders } from 'node:http';
import type { FetchOptions, FetchOutcome } from '../feedTypes';
import { FetchStop, stopForNetworkError } from './fetchStop';
import { sendGet } from './httpRequest';
import { readBody } from './readBody';

export const fetchDefaults = {
  timeoutMs: 20_000,
  maxBytes: 20 * 1024 * 1024,
  maxDecodedBytes: 60 * 1024 * 1024,
  maxRedirects: 5,
  accept: 'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.8',
  userAgent: 'Fulcrum (desktop podcast companion)',
  subject: 'feed',
};

const redirectStatuses = new Set([301, 302, 303, 307, 308]);
const permanentStatuses = new Set([301, 308]);

/**
 * Never rejects for what the network or the server does: those are `failed` outcomes. It rejects
 * only when `options.signal` aborts, with the signal's reason, as `fetch` does: the caller stopped
 * it and knows why. `offline` means the server could not be reached at all (name not found,
 * connection refused, network unreachable); the detail says which.
 */
export async function fetchResource(url: string, options: FetchOptions = {}): Promise<FetchOutcome> {
  options.signal?.throwIfAborted();
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(new FetchStop('timed-out', timedOutWords(url, options))), options.timeoutMs ?? fetchDefaults.timeoutMs);
  const stopFromCaller = () => deadline.abort(options.signal?.reason);
  options.signal?.addEventListener('abort', stopFromCaller, { once: true });
  try {
    return await follow(webUrl(url), options, deadline.signal);
  } catch (error) {
    if (options.signal?.aborted) throw options.signal.reason;
    const stop = deadline.signal.aborted ? (deadline.signal.reason as FetchStop) : error;
    if (stop instanceof FetchStop) return { kind: 'failed', reason: stop.reason, detail: stop.detail };
    throw error;
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', stopFromCaller);
  }
}

async function follow(start: URL, options: FetchOptions, signal: AbortSignal): Promise<FetchOutcome> {
  const { response, finalUrl, movedTo } = await openFollowing(start, options, signal);
  const status = response.statusCode ?? 0;
  if (status >= 200 && status < 300) {
    const body = await readBody(response, limitsOf(options), signal);
    const header = (name: string) => (typeof response.headers[name] === 'string' ? (response.headers[name] as string) : null);
    return { kind: 'ok', body, contentType: header('content-type'), etag: header('etag'), lastModified: header('last-modified'), finalUrl, movedTo };
  }
  response.destroy();
  if (status === 304) return { kind: 'not-modified', movedTo };
  throw stopForStatus(status, response.statusMessage, new URL(finalUrl), options.subject ?? fetchDefaults.subject);
}

/**
 * Sends the GET, following redirects by hand, and resolves with the answer that is not a redirect
 * (its body unread), where it came from, and where the resource moved for good if every hop said so.
 * Throws a FetchStop for a loop, too many redirects, or a redirect to anything but http(s).
 */
export async function openFollowing(start: URL, options: FetchOptions & { headers?: OutgoingHttpHeaders }, signal: AbortSignal): Promise<{ response: IncomingMessage; finalUrl: string; movedTo: string | null }> {
  const maxRedirects = options.maxRedirects ?? fetchDefaults.maxRedirects;
  const visited = [start.href];
  let current = start;
  let allPermanent = true;
  for (;;) {
    const response = await send(current, options, signal);
    const status = response.statusCode ?? 0;
    if (!redirectStatuses.has(status)) return { response, finalUrl: current.href, movedTo: visited.length > 1 && allPermanent ? current.href : null };
    response.destroy();
    const next = redirectTarget(current, response, status);
    if (visited.includes(next.href)) throw new FetchStop('too-many-redirects', `The address redirects in a loop (${[...visited, next.href].join(' → ')}).`);
    if (visited.length > maxRedirects) throw new FetchStop('too-many-redirects', `The address redirected more than ${maxRedirects} times; Fulcrum stopped following it.`);
    allPermanent &&= permanentStatuses.has(status);
    visited.push(next.href);
    current = next;
  }
}

async function send(url: URL, options: FetchOptions & { headers?: OutgoingHttpHeaders }, signal: AbortSignal): Promise<IncomingMessage> {
  const headers: OutgoingHttpHeaders = {
    'User-Agent': options.userAgent ?? fetchDefaults.userAgent,
    Accept: options.accept ?? fetchDefaults.accept,
    'Accept-Encoding': 'gzip, deflate, br',
    ...options.headers,
  };
  if (options.etag) headers['If-None-Match'] = options.etag;
  if (options.lastModified) headers['If-Modified-Since'] = options.lastModified;
  try {
    return await sendGet(url, headers, signal);
  } catch (error) {
    throw signal.aborted ? error : stopForNetworkError(error, url.host);
  }
}

function limitsOf(options: FetchOptions) {
  return {
    maxBytes: options.maxBytes ?? fetchDefaults.maxBytes,
    maxDecodedBytes: options.maxDecodedBytes ?? fetchDefaults.maxDecodedBytes,
    subject: options.subject ?? fetchDefaults.subject,
  };
}

function timedOutWords(url: string, options: FetchOptions): string {
  const seconds = (options.timeoutMs ?? fetchDefaults.timeoutMs) / 1000;
  return `The ${options.subject ?? fetchDefaults.subject} did not arrive within ${seconds} seconds from ${hostOf(url)}.`;
}

function hostOf(url: string): string {
  try {
    return new URL(url).host || url;
  } catch {
    return url;
  }
}

export function webUrl(text: string): URL {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    throw new FetchStop('bad-url', `"${text}" is not a web address; a feed address starts with http:// or https://.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FetchStop('bad-url', `Fulcrum fetches only http:// and https:// addresses, not ${url.protocol} ones.`);
  }
  return url;
}

function redirectTarget(from: URL, response: IncomingMessage, status: number): URL {
  const location = response.headers.location;
  if (!location) throw new FetchStop('http-error', `The server answered ${status} (moved) without saying where to.`);
  let next: URL;
  try {
    next = new URL(location, from);
  } catch {
    throw new FetchStop('http-error', `The server redirected to "${location}", which is not a web address.`);
  }
  if (next.protocol !== 'http:' && next.protocol !== 'https:') {
    throw new FetchStop('bad-url', `The server redirected to a ${next.protocol} address; Fulcrum follows only http:// and https:// ones.`);
  }
  return next;
}

export function stopForStatus(status: number, message: string | undefined, url: URL, subject: string): FetchStop {
  if (status === 404) return new FetchStop('not-found', `Nothing was found at ${url.href} (404).`);
  if (status === 410) return new FetchStop('gone', `The server says ${url.href} is gone for good (410).`);
  const words = message ? ` ${message}` : '';
  return new FetchStop('http-error', `The server answered ${status}${words} instead of the ${subject}.`);
}
