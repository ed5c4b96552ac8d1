// Which web permissions the app's pages get: only writing plain text to the clipboard (the "copy"
// buttons). Camera, microphone, location, notifications and the rest are refused, and nothing is
// granted to any page that is not the app's own.
import { isAppUrl } from './navigation';

const grantedToApp = new Set(['clipboard-sanitized-write']);

export function isPermissionGranted(permission: string, requestingUrl: string, appOrigin: string): boolean {
  return grantedToApp.has(permission) && isAppUrl(requestingUrl, appOrigin);
}
