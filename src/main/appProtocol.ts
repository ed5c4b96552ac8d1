// The app's own origin. The built renderer is served from `fulcrum://app/` rather than file://,
// so its pages have a real origin ('self' in the CSP means only the app), and no other local file
// can ever be loaded as an app page.
import path from 'node:path';

export const appScheme = 'fulcrum';
export const appHost = 'app';
export const appOrigin = `${appScheme}://${appHost}`;
export const appEntryUrl = `${appOrigin}/index.html`;

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.map': 'application/json; charset=utf-8',
};

/**
 * The file inside `rendererDir` that an app URL names, or null when the URL is not the app's or
 * would leave the folder (`..`, encoded separators, NUL bytes).
 */
export function resolveAppFile(requestUrl: string, rendererDir: string): string | null {
  const url = appUrlOf(requestUrl);
  if (!url) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  const relative = pathname === '/' || pathname === '' ? '/index.html' : pathname;
  const root = path.resolve(rendererDir);
  const file = path.resolve(root, `.${relative}`);
  return file.startsWith(root + path.sep) ? file : null;
}

/** The address, parsed, when it is one of the app's (`fulcrum://app/…`); null for anything else. */
function appUrlOf(requestUrl: string): URL | null {
  try {
    const url = new URL(requestUrl);
    return url.protocol === `${appScheme}:` && url.host === appHost ? url : null;
  } catch {
    return null;
  }
}

export function contentTypeOf(file: string): string {
  return contentTypes[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** The episode id of an app media address (`fulcrum://app/media/<id>`), or null for any other address. */
export function mediaEpisodeOf(requestUrl: string): string | null {
  const url = appUrlOf(requestUrl);
  if (!url) return null;
  const match = /^\/media\/([A-Za-z0-9-]{1,100})$/.exec(url.pathname);
  return match ? (match[1] as string) : null;
}
