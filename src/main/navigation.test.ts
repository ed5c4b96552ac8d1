import { describe, expect, it } from 'vitest';
import { appOrigin } from './appProtocol';
import { decideNavigation, decideWindowOpen, isAppUrl, isExternalWebUrl } from './navigation';

describe('isAppUrl', () => {
  it('accepts the built app pages, whatever the path or hash', () => {
    expect(isAppUrl('fulcrum://app/index.html', appOrigin)).toBe(true);
    expect(isAppUrl('fulcrum://app/index.html#/lesson/x', appOrigin)).toBe(true);
    expect(isAppUrl('fulcrum://app/', appOrigin)).toBe(true);
  });

  it('accepts the dev server only when it is the app origin, port included', () => {
    expect(isAppUrl('http://localhost:5173/#/search', 'http://localhost:5173')).toBe(true);
    expect(isAppUrl('http://localhost:5174/', 'http://localhost:5173')).toBe(false);
    expect(isAppUrl('http://localhost:5173/', appOrigin)).toBe(false);
  });

  it('refuses other hosts, other schemes, credentials and garbage', () => {
    for (const url of [
      'fulcrum://other/index.html',
      'fulcrum://app.evil/index.html',
      'file:///etc/passwd',
      'https://app/',
      'fulcrum://user:pw@app/index.html',
      'javascript:alert(1)',
      'not a url',
      '',
    ]) {
      expect(isAppUrl(url, appOrigin), url).toBe(false);
    }
  });
});

describe('decideNavigation', () => {
  it('lets the window move between app pages', () => {
    expect(decideNavigation('fulcrum://app/index.html#/journal', appOrigin)).toEqual({ action: 'allow' });
  });

  it('sends ordinary web links to the system browser instead', () => {
    expect(decideNavigation('https://example.com/a?b=1', appOrigin)).toEqual({ action: 'open-external', url: 'https://example.com/a?b=1' });
    expect(decideNavigation('http://example.com', appOrigin)).toEqual({ action: 'open-external', url: 'http://example.com/' });
  });

  it('refuses everything else', () => {
    for (const url of ['file:///home/me/notes.html', 'javascript:void(0)', 'data:text/html,<b>x</b>', 'mailto:a@b.c', 'smb://share/x', 'chrome://settings', 'fulcrum://other/']) {
      expect(decideNavigation(url, appOrigin), url).toEqual({ action: 'deny' });
    }
  });
});

describe('decideWindowOpen', () => {
  it('never opens an app window; web links go to the browser, the rest is refused', () => {
    expect(decideWindowOpen('https://example.com/', appOrigin)).toEqual({ action: 'open-external', url: 'https://example.com/' });
    expect(decideWindowOpen('fulcrum://app/index.html', appOrigin)).toEqual({ action: 'deny' });
    expect(decideWindowOpen('file:///tmp/x.html', appOrigin)).toEqual({ action: 'deny' });
    expect(decideWindowOpen('about:blank', appOrigin)).toEqual({ action: 'deny' });
  });

  it('does not treat the dev server as an external site', () => {
    expect(isExternalWebUrl('http://localhost:5173/', 'http://localhost:5173')).toBe(false);
    expect(decideWindowOpen('http://localhost:5173/', 'http://localhost:5173')).toEqual({ action: 'deny' });
  });
});
