// Browser mode's audio route, `GET /media/<episode id>?token=…`: the player's <audio> cannot send the
// API's Authorization header, so the token comes in the address. It takes an episode id, never a
// path, and answers Range requests so seeking works (see core/downloads/mediaStream).
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pipeline } from 'node:stream/promises';
import type { MediaSource } from '../core/downloads/downloads';
import { openMedia } from '../core/downloads/mediaStream';

export type MediaOf = (episodeId: string) => Promise<MediaSource>;

export async function serveMedia(req: IncomingMessage, res: ServerResponse, episodeId: string, mediaOf: MediaOf): Promise<void> {
  const upstream = new AbortController();
  res.on('close', () => upstream.abort());
  const answer = await openMedia(await mediaOf(episodeId), { range: req.headers.range, head: req.method === 'HEAD', signal: upstream.signal });
  res.writeHead(answer.status, answer.headers);
  if (!answer.body) return void res.end();
  await pipeline(answer.body, res).catch(() => undefined); // the listener went away mid-stream: nothing to do
}
