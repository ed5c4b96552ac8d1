import { describe, expect, it } from 'vitest';
import { appVersion, defaultDataDir } from './paths';

describe('defaultDataDir', () => {
  it('matches where Electron keeps userData for an app named Fulcrum', () => {
    expect(defaultDataDir({ platform: 'linux', env: {}, home: '/home/dana' })).toBe('/home/dana/.config/Fulcrum');
    expect(defaultDataDir({ platform: 'linux', env: { XDG_CONFIG_HOME: '/xdg' }, home: '/home/dana' })).toBe('/xdg/Fulcrum');
    expect(defaultDataDir({ platform: 'darwin', env: {}, home: '/Users/dana' })).toBe('/Users/dana/Library/Application Support/Fulcrum');
    expect(defaultDataDir({ platform: 'win32', env: { APPDATA: 'C:\\Users\\dana\\AppData\\Roaming' }, home: 'C:\\Users\\dana' })).toBe(
      'C:\\Users\\dana\\AppData\\Roaming\\Fulcrum',
    );
  });

  it('lets FULCRUM_DATA_DIR choose another folder', () => {
    expect(defaultDataDir({ platform: 'linux', env: { FULCRUM_DATA_DIR: '/data/f' }, home: '/home/dana' })).toBe('/data/f');
  });
});

describe('appVersion', () => {
  it('reads the version from package.json', () => {
    expect(appVersion()).toMatch(/^\d+\.\d+\.\d+/);
  });
});
