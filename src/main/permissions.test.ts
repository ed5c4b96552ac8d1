import { describe, expect, it } from 'vitest';
import { appOrigin } from './appProtocol';
import { isPermissionGranted } from './permissions';

describe('isPermissionGranted', () => {
  it('lets the app copy text to the clipboard', () => {
    expect(isPermissionGranted('clipboard-sanitized-write', 'fulcrum://app/index.html', appOrigin)).toBe(true);
  });

  it('refuses every device and notification permission, even to the app', () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'midi', 'openExternal', 'clipboard-read', 'fullscreen', 'hid', 'serial']) {
      expect(isPermissionGranted(permission, 'fulcrum://app/index.html', appOrigin), permission).toBe(false);
    }
  });

  it('grants nothing to other pages', () => {
    expect(isPermissionGranted('clipboard-sanitized-write', 'https://example.com/', appOrigin)).toBe(false);
    expect(isPermissionGranted('clipboard-sanitized-write', '', appOrigin)).toBe(false);
  });
});
