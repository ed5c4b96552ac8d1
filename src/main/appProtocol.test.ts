import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../test/support/tempDirs';
import { appEntryUrl, appOrigin, contentTypeOf, mediaEpisodeOf, resolveAppFile } from './appProtocol';

describe('resolveAppFile', () => {
  let root: string;
  let rendererDir: string;
  let cleanup: () => Promise<void>;

  beforeEach(async () => {
    ({ dir: root, cleanup } = await makeTempDir());
    rendererDir = path.join(root, 'out', 'renderer');
    mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
    writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html>');
    writeFileSync(path.join(rendererDir, 'assets', 'index.js'), '');
    writeFileSync(path.join(root, 'secret.txt'), 'not for pages');
  });
  afterEach(() => cleanup());

  it('maps app URLs to files of the built renderer', () => {
    expect(resolveAppFile(appEntryUrl, rendererDir)).toBe(path.join(rendererDir, 'index.html'));
    expect(resolveAppFile(`${appOrigin}/`, rendererDir)).toBe(path.join(rendererDir, 'index.html'));
    expect(resolveAppFile(`${appOrigin}/assets/index.js?v=1#x`, rendererDir)).toBe(path.join(rendererDir, 'assets', 'index.js'));
    expect(resolveAppFile(`${appOrigin}/assets/my%20file.js`, rendererDir)).toBe(path.join(rendererDir, 'assets', 'my file.js'));
  });

  it('never leaves the renderer folder', () => {
    for (const url of [
      `${appOrigin}/../secret.txt`,
      `${appOrigin}/%2e%2e/secret.txt`,
      `${appOrigin}/assets/%2e%2e%2f%2e%2e%2fsecret.txt`,
      `${appOrigin}/..%5csecret.txt`,
      `${appOrigin}/index.html%00.js`,
      `${appOrigin}/%E0%A4%A`,
    ]) {
      const file = resolveAppFile(url, rendererDir);
      if (file !== null) expect(file.startsWith(rendererDir + path.sep), url).toBe(true);
      expect(file, url).not.toBe(path.join(root, 'secret.txt'));
    }
  });

  it('answers nothing for other schemes or hosts', () => {
    expect(resolveAppFile('file:///etc/passwd', rendererDir)).toBeNull();
    expect(resolveAppFile('fulcrum://other/index.html', rendererDir)).toBeNull();
    expect(resolveAppFile('https://app/index.html', rendererDir)).toBeNull();
    expect(resolveAppFile('::', rendererDir)).toBeNull();
  });
});

describe('contentTypeOf', () => {
  it('labels module scripts as JavaScript, which Chromium requires', () => {
    expect(contentTypeOf('/r/assets/index-abc.js')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeOf('/r/index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeOf('/r/a.CSS')).toBe('text/css; charset=utf-8');
    expect(contentTypeOf('/r/unknown.bin')).toBe('application/octet-stream');
  });
});

describe('the app media address', () => {
  it('names an episode by its id only', () => {
    expect(mediaEpisodeOf('fulcrum://app/media/3f2a-b1')).toBe('3f2a-b1');
    expect(mediaEpisodeOf('fulcrum://app/media/..%2Fsecret')).toBeNull();
    expect(mediaEpisodeOf('fulcrum://app/media/a/b')).toBeNull();
    expect(mediaEpisodeOf('fulcrum://other/media/abc')).toBeNull();
    expect(mediaEpisodeOf('https://app/media/abc')).toBeNull();
    expect(mediaEpisodeOf('fulcrum://app/index.html')).toBeNull();
  });
});
