import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtLayout, preloadFileName } from './buildLayout';
import { mainWindowOptions, windowBackground } from './windowOptions';

describe('mainWindowOptions', () => {
  const options = mainWindowOptions({ preloadPath: '/app/out/preload/index.cjs', prefersDark: false });

  it('keeps the renderer sandboxed, isolated and without Node', () => {
    expect(options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
    });
  });

  it('loads the CommonJS preload it is given', () => {
    expect(options.webPreferences?.preload).toBe('/app/out/preload/index.cjs');
  });

  it('stays hidden until the page is ready, with a usable size and the app name as title', () => {
    expect(options.show).toBe(false);
    expect(options.title).toBe('Fulcrum');
    expect(options.width).toBeGreaterThanOrEqual(options.minWidth ?? 0);
    expect(options.height).toBeGreaterThanOrEqual(options.minHeight ?? 0);
    expect(options.minWidth).toBeGreaterThanOrEqual(640);
  });

  it('paints the background of the system theme before the page loads', () => {
    expect(options.backgroundColor).toBe(windowBackground.light);
    expect(mainWindowOptions({ preloadPath: 'p', prefersDark: true }).backgroundColor).toBe(windowBackground.dark);
  });
});

describe('builtLayout', () => {
  it('finds the preload, the renderer and the search worker beside the built main process', () => {
    const mainDir = path.join('/work', 'app', 'out', 'main');
    expect(builtLayout(mainDir)).toEqual({
      preload: path.join('/work', 'app', 'out', 'preload', preloadFileName),
      rendererDir: path.join('/work', 'app', 'out', 'renderer'),
      searchWorker: path.join('/work', 'app', 'out', 'main', 'searchWorker.js'),
    });
  });

  it('points at a CommonJS preload, the only kind a sandboxed window runs', () => {
    expect(preloadFileName).toMatch(/\.cjs$/);
  });
});
