// Browser mode: each operation is `POST /api/<name>` with a JSON body and this run's bearer token.
// The server answers with the same envelope as IPC, even on 4xx, so errors keep their plain words.
import { routeOf, type Transport } from '../../shared/client';
import type { Envelope } from '../../shared/errors';

export interface HttpTransportOptions {
  token: string;
  /** Called when the server refuses the token, so the app can ask for the right address. */
  onUnauthorized: () => void;
}

const serverGone: Envelope<never> = {
  ok: false,
  error: {
    code: 'unavailable',
    message: 'Fulcrum is not answering. Check that `npm run web` is still running, then try again.',
  },
};

const unreadable: Envelope<never> = {
  ok: false,
  error: { code: 'internal', message: 'Fulcrum gave an answer it could not read. Please try again.' },
};

export function createHttpTransport(options: HttpTransportOptions): Transport {
  return async (name, input) => {
    let response: Response;
    try {
      response = await fetch(routeOf(name), {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${options.token}` },
        body: JSON.stringify(input ?? {}),
        cache: 'no-store',
      });
    } catch {
      return serverGone;
    }
    let envelope: Envelope<unknown>;
    try {
      envelope = (await response.json()) as Envelope<unknown>;
    } catch {
      return unreadable;
    }
    if (!envelope.ok && envelope.error?.code === 'unauthorized') options.onUnauthorized();
    return envelope;
  };
}
