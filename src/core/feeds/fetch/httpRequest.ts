// One GET over node:http or node:https, resolved when the status and headers arrive. No agent is
// shared: each request has its own connection, so nothing outlives a fetch.
import http, { type IncomingMessage, type OutgoingHttpHeaders } from 'node:http';
import https from 'node:https';

export function sendGet(url: URL, headers: OutgoingHttpHeaders, signal: AbortSignal): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const client = url.protocol === 'https:' ? https : http;
    const request = client.request(url, { method: 'GET', headers, agent: false, signal }, resolve);
    request.on('error', reject);
    request.end();
  });
}
