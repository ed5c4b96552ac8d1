// Who may talk to the browser-mode server: only pages it served itself, on the loopback address,
// carrying this run's token. Pure functions, so every rule has a unit test.
import { timingSafeEqual } from 'node:crypto';

export function allowedOrigins(port: number): string[] {
  return [`http://127.0.0.1:${port}`, `http://localhost:${port}`];
}

/** The Host header must name this server; anything else may be a DNS-rebinding attack. */
export function isAllowedHost(host: string | undefined, port: number): boolean {
  return host !== undefined && (host === `127.0.0.1:${port}` || host === `localhost:${port}`);
}

/** Browsers send Origin on cross-site requests; when present it must be our own. */
export function isAllowedOrigin(origin: string | undefined, port: number): boolean {
  return origin === undefined || allowedOrigins(port).includes(origin);
}

export function bearerToken(authorization: string | undefined): string | undefined {
  const match = /^Bearer ([A-Za-z0-9_-]+)$/.exec(authorization ?? '');
  return match?.[1];
}

export function tokensMatch(given: string | undefined, expected: string): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Pages may load only what this server serves; API calls go back to it alone. */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');
