// Browser mode signs every API call with the run's token. The token arrives once in the address
// (`?token=…`), is kept for this tab in sessionStorage, and is taken out of the address bar so it
// does not end up in bookmarks, screenshots or the history list.
const storageKey = 'fulcrum.token';

export function takeTokenFromAddress(): string | null {
  const url = new URL(window.location.href);
  const fromAddress = url.searchParams.get('token');
  if (fromAddress) {
    try {
      sessionStorage.setItem(storageKey, fromAddress);
    } catch {
      // Storage can be disabled; the token still works for this page load.
    }
    url.searchParams.delete('token');
    // Keep the hash route: it is the page the user asked for.
    window.history.replaceState(window.history.state, '', `${url.pathname}${url.search}${url.hash}`);
    return fromAddress;
  }
  try {
    return sessionStorage.getItem(storageKey);
  } catch {
    return null;
  }
}

export function forgetToken(): void {
  try {
    sessionStorage.removeItem(storageKey);
  } catch {
    // Nothing to forget.
  }
}
