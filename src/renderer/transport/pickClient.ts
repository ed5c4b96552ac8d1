// Chooses how this renderer reaches the core, once, at start: the desktop preload's client if it
// exists, otherwise HTTP to the browser-mode server with the token from the address.
import { createClient, envelopeClientTransport, type FulcrumClient } from '../../shared/client';
import { takeTokenFromAddress, forgetToken } from './browserToken';
import { createHttpTransport } from './httpTransport';
import { documentSaver, type PageDoor, type SaveDocument } from './saveDocument';

export interface Connection {
  door: PageDoor;
  client: FulcrumClient;
  saveDocument: SaveDocument;
  /** The address the player plays an episode's audio from (a downloaded file, or the web through the door). */
  mediaUrl: (episodeId: string) => string;
}

export type ConnectionChoice = { ok: true; connection: Connection } | { ok: false; reason: 'no-token' };

export function pickConnection(onUnauthorized: () => void): ConnectionChoice {
  if (window.fulcrum) {
    const client = createClient(envelopeClientTransport(window.fulcrum));
    return { ok: true, connection: { door: 'desktop', client, saveDocument: documentSaver('desktop', client), mediaUrl: (episodeId) => `fulcrum://app/media/${encodeURIComponent(episodeId)}` } };
  }
  const token = takeTokenFromAddress();
  if (!token) return { ok: false, reason: 'no-token' };
  const client = createClient(
    createHttpTransport({
      token,
      onUnauthorized: () => {
        forgetToken();
        onUnauthorized();
      },
    }),
  );
  // <audio> cannot send the Authorization header: the media route takes the token in its address.
  const mediaUrl = (episodeId: string) => `/media/${encodeURIComponent(episodeId)}?token=${encodeURIComponent(token)}`;
  return { ok: true, connection: { door: 'browser', client, saveDocument: documentSaver('browser', client), mediaUrl } };
}
