// Why a fetch stopped, in the words the refresh status shows: one error type carried through the
// redirects and the body's streams, and the mapping of Node's network errors to it.
import type { FetchFailure } from '../feedTypes';

/** Thrown inside the fetcher to end it with a failure; fetchResource turns it into an outcome. */
export class FetchStop extends Error {
  constructor(
    readonly reason: FetchFailure,
    readonly detail: string,
  ) {
    super(detail);
    this.name = 'FetchStop';
  }
}

/** "512 bytes", "40 KB", "20 MB", "1.5 MB": sizes as a person reads them. */
export function sizeInWords(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  const mb = bytes / (1024 * 1024);
  return `${mb >= 10 || Number.isInteger(mb) ? Math.round(mb) : mb.toFixed(1)} MB`;
}

// Could not reach the server at all. Whether the leader is offline or only this server is down
// cannot be told from one request, so both are 'offline' and the detail says which it looked like.
const unreachable: Record<string, string> = {
  ENOTFOUND: 'its name could not be found (are you offline?)',
  EAI_AGAIN: 'its name could not be looked up (are you offline?)',
  ENETUNREACH: 'the network is unreachable (are you offline?)',
  ENETDOWN: 'the network is down (are you offline?)',
  EHOSTUNREACH: 'the server is unreachable',
  EHOSTDOWN: 'the server is down',
  ECONNREFUSED: 'the server refused the connection',
  EADDRNOTAVAIL: 'no network address is available (are you offline?)',
};

/** A network error from Node (before any answer came) as a failure in plain words. */
export function stopForNetworkError(error: unknown, host: string): FetchStop {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && code in unreachable) return new FetchStop('offline', `Could not reach ${host}: ${unreachable[code]}.`);
  if (code === 'ETIMEDOUT') return new FetchStop('timed-out', `${host} did not answer in time.`);
  if (code === 'ECONNRESET') return new FetchStop('http-error', `${host} closed the connection without answering.`);
  if (typeof code === 'string' && /CERT|SSL|TLS|ERR_TLS/.test(code)) {
    return new FetchStop('http-error', `The secure connection to ${host} could not be trusted (${code}).`);
  }
  if (typeof code === 'string' && code.startsWith('HPE_')) return new FetchStop('http-error', `${host} sent an answer that is not valid HTTP.`);
  const message = error instanceof Error ? error.message : String(error);
  return new FetchStop('http-error', `Could not fetch from ${host}: ${message}.`);
}
