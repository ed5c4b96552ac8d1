// Where the app window may go. It shows only the app's own pages; ordinary web links open in the
// system browser; everything else (file:, javascript:, data:, custom schemes, new windows) is refused.

export type NavigationDecision = { action: 'allow' } | { action: 'open-external'; url: string } | { action: 'deny' };

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * Whether `url` is one of the app's pages. `appOrigin` is `fulcrum://app` when built, or the dev
 * server's origin in development. Compared by scheme and host (with port), since URL.origin is
 * 'null' for custom schemes.
 */
export function isAppUrl(url: string, appOrigin: string): boolean {
  const target = parse(url);
  const own = parse(appOrigin);
  if (!target || !own) return false;
  if (target.username !== '' || target.password !== '') return false;
  return target.protocol === own.protocol && target.host === own.host && target.host !== '';
}

/** A web address the system browser may open: http(s) only, not the app itself. */
export function isExternalWebUrl(url: string, appOrigin: string): boolean {
  const target = parse(url);
  if (!target || (target.protocol !== 'http:' && target.protocol !== 'https:')) return false;
  return target.host !== '' && !isAppUrl(url, appOrigin);
}

/** For `will-navigate` / `will-redirect`: stay inside the app, send web links to the browser. */
export function decideNavigation(url: string, appOrigin: string): NavigationDecision {
  if (isAppUrl(url, appOrigin)) return { action: 'allow' };
  if (isExternalWebUrl(url, appOrigin)) return { action: 'open-external', url: new URL(url).href };
  return { action: 'deny' };
}

/** For `setWindowOpenHandler`: the app never opens a second window of its own. */
export function decideWindowOpen(url: string, appOrigin: string): NavigationDecision {
  if (isExternalWebUrl(url, appOrigin)) return { action: 'open-external', url: new URL(url).href };
  return { action: 'deny' };
}
