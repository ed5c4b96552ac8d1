// The Content-Security-Policy of the app's pages: scripts, styles, images and fonts come only from
// the app itself, nothing is framed, posted or embedded. The dev server needs two relaxations for
// Vite's hot reload (an inline preamble script and a websocket); built pages never get them.

export interface PolicyOptions {
  /** The dev server's origin (e.g. http://localhost:5173) when running `electron-vite dev`. */
  devServerOrigin?: string;
}

export function contentSecurityPolicy(options: PolicyOptions = {}): string {
  const dev = options.devServerOrigin ? new URL(options.devServerOrigin) : null;
  const websocket = dev ? `${dev.protocol === 'https:' ? 'wss' : 'ws'}://${dev.host}` : null;
  return [
    "default-src 'self'",
    dev ? "script-src 'self' 'unsafe-inline'" : "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    websocket ? `connect-src 'self' ${websocket}` : "connect-src 'self'",
    "media-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "frame-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}
