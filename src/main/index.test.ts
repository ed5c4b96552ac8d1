// The main process wired end to end on plain Node. Electron cannot run here, so a stand-in for the
// 'electron' module records what the app asks of it; the core behind it is real (temporary data
// folder, real SQLite file, the bundled content pack).
import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { makeTempDir } from '../../test/support/tempDirs';
import { channelOf } from '../shared/client';
import { operationNames } from '../shared/contract';
import type { Envelope } from '../shared/errors';

type Listener = (...args: never[]) => unknown;

const electron = vi.hoisted(() => {
  const calls: string[] = [];
  const appListeners = new Map<string, Listener>();
  const ipcHandlers = new Map<string, (event: unknown, input: unknown) => Promise<unknown>>();
  const windows: Array<{ options: Record<string, unknown>; loaded: string[]; listeners: Map<string, Listener> }> = [];
  let protocolHandler: ((request: { url: string }) => Promise<Response>) | undefined;
  let permissionRequest: ((contents: unknown, permission: string, callback: (granted: boolean) => void, details: { requestingUrl: string }) => void) | undefined;
  const opened: string[] = [];

  class BrowserWindow {
    readonly record: { options: Record<string, unknown>; loaded: string[]; listeners: Map<string, Listener> };
    readonly webContents = { on: () => undefined };
    constructor(options: Record<string, unknown>) {
      this.record = { options, loaded: [], listeners: new Map() };
      windows.push(this.record);
    }
    static getAllWindows = () => windows;
    once(event: string, listener: Listener) {
      this.record.listeners.set(event, listener);
    }
    on(event: string, listener: Listener) {
      this.record.listeners.set(event, listener);
    }
    loadURL(url: string) {
      this.record.loaded.push(url);
      return Promise.resolve();
    }
    show() {}
    isMinimized() {
      return false;
    }
    restore() {}
    focus() {}
  }

  class Notification {
    static isSupported = () => true;
    constructor(options: { title: string; body: string }) {
      calls.push(`notification ${options.title}: ${options.body}`);
    }
    on() {}
    show() {}
  }

  const module = {
    Notification,
    app: {
      isPackaged: false,
      setPath: (name: string, value: string) => calls.push(`setPath ${name} ${value}`),
      getPath: (name: string) => (name === 'userData' ? process.env.FULCRUM_DATA_DIR : '/home/user/Documents'),
      getVersion: () => '0.1.0',
      requestSingleInstanceLock: () => {
        calls.push('requestSingleInstanceLock');
        return true;
      },
      on: (event: string, listener: Listener) => appListeners.set(event, listener),
      whenReady: () => Promise.resolve(),
      quit: () => calls.push('quit'),
      exit: (code: number) => calls.push(`exit ${code}`),
    },
    BrowserWindow,
    dialog: {
      showSaveDialog: () => Promise.resolve({ canceled: true, filePath: '' }),
      showMessageBoxSync: () => 1,
      showErrorBox: (title: string, body: string) => calls.push(`error ${title}: ${body}`),
    },
    ipcMain: {
      handle: (channel: string, listener: (event: unknown, input: unknown) => Promise<unknown>) => ipcHandlers.set(channel, listener),
      removeHandler: (channel: string) => ipcHandlers.delete(channel),
    },
    nativeTheme: { shouldUseDarkColors: false },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown) => calls.push(`privileged ${JSON.stringify(schemes)}`),
      handle: (_scheme: string, handler: typeof protocolHandler) => {
        protocolHandler = handler;
      },
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (handler: typeof permissionRequest) => {
          permissionRequest = handler;
        },
        setPermissionCheckHandler: () => undefined,
        webRequest: { onHeadersReceived: () => calls.push('dev CSP') },
      },
    },
    shell: {
      openExternal: (url: string) => {
        opened.push(url);
        return Promise.resolve();
      },
    },
  };
  return {
    module,
    calls,
    appListeners,
    ipcHandlers,
    windows,
    opened,
    protocolHandler: () => protocolHandler,
    permissionRequest: () => permissionRequest,
  };
});

vi.mock('electron', () => electron.module);

describe('the main process', () => {
  let cleanup: () => Promise<void>;
  let dataDir: string;
  const hadElectronVersion = 'electron' in process.versions;

  beforeAll(async () => {
    ({ dir: dataDir, cleanup } = await makeTempDir('fulcrum-main-'));
    vi.stubEnv('FULCRUM_DATA_DIR', dataDir);
    vi.stubEnv('ELECTRON_RENDERER_URL', '');
    vi.stubEnv('FULCRUM_SQLITE_BINDING', '');
    // What Electron 45 reports; the .native build does not exist here, so better-sqlite3 loads its own.
    Object.assign(process.versions, { electron: '45.5.0' });
    await import('./index');
    await vi.waitFor(() => expect(electron.windows).toHaveLength(1), { timeout: 20_000 });
  });
  afterAll(async () => {
    electron.appListeners.get('will-quit')?.();
    vi.unstubAllEnvs();
    if (!hadElectronVersion) delete (process.versions as Record<string, string | undefined>).electron;
    await cleanup();
  });

  it('moves the user-data folder to the shared journal folder before taking the single-instance lock', () => {
    const setPath = electron.calls.indexOf(`setPath userData ${dataDir}`);
    expect(setPath).toBeGreaterThanOrEqual(0);
    expect(setPath).toBeLessThan(electron.calls.indexOf('requestSingleInstanceLock'));
    expect(electron.calls.find((call) => call.startsWith('privileged'))).toContain('"scheme":"fulcrum","privileges":{"standard":true,"secure":true');
    expect(electron.calls).not.toContain('dev CSP');
    expect(electron.calls.filter((call) => call.startsWith('error') || call.startsWith('exit'))).toEqual([]);
  });

  it('opens one sandboxed window on the app page, shown when ready', () => {
    const [window] = electron.windows;
    expect(window?.options).toMatchObject({ show: false, webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false } });
    expect(String((window?.options.webPreferences as { preload: string }).preload)).toMatch(/preload[\\/]index\.cjs$/);
    expect(window?.loaded).toEqual(['fulcrum://app/index.html']);
    expect(window?.listeners.has('ready-to-show')).toBe(true);
  });

  it('checks follow-ups for system notifications at start (none are due in a new journal)', () => {
    expect(electron.calls.filter((call) => call.startsWith('notification'))).toEqual([]);
    expect(electron.calls.filter((call) => call.startsWith('error'))).toEqual([]);
  });

  it('answers every operation over IPC, only to the app page', async () => {
    expect([...electron.ipcHandlers.keys()].sort()).toEqual(operationNames.map(channelOf).sort());
    const invoke = (name: string, input: unknown, url: string) =>
      electron.ipcHandlers.get(channelOf(name as never))?.({ senderFrame: { url } }, input) as Promise<Envelope<unknown>>;
    expect(await invoke('app.info', {}, 'fulcrum://app/index.html')).toMatchObject({ ok: true, value: { door: 'desktop', version: '0.1.0', dataDir } });
    expect(await invoke('app.info', {}, 'https://example.com/')).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(readdirSync(dataDir).length).toBeGreaterThan(0);
  });

  it('serves the renderer from fulcrum://app with the CSP, and nothing outside it', async () => {
    const handler = electron.protocolHandler();
    const page = await handler!({ url: 'fulcrum://app/index.html' });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect((await handler!({ url: 'fulcrum://app/../../package.json' })).status).toBe(404);
    expect((await handler!({ url: 'fulcrum://app/%2e%2e/%2e%2e/package.json' })).status).toBe(404);
  });

  it('keeps every web contents on the app and sends web links to the browser', () => {
    const listeners = new Map<string, Listener>();
    let openHandler: ((details: { url: string }) => { action: string }) | undefined;
    const contents = {
      on: (event: string, listener: Listener) => listeners.set(event, listener),
      setWindowOpenHandler: (handler: typeof openHandler) => {
        openHandler = handler;
      },
    };
    (electron.appListeners.get('web-contents-created') as (event: unknown, contents: unknown) => void)({}, contents);
    expect(openHandler!({ url: 'https://example.com/article' })).toEqual({ action: 'deny' });
    expect(openHandler!({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(electron.opened).toEqual(['https://example.com/article']);

    const navigate = listeners.get('will-navigate') as (event: { preventDefault: () => void }, url: string) => void;
    const prevented: string[] = [];
    for (const url of ['fulcrum://app/index.html#/journal', 'file:///home/me/x.html', 'https://example.com/b']) {
      navigate({ preventDefault: () => prevented.push(url) }, url);
    }
    expect(prevented).toEqual(['file:///home/me/x.html', 'https://example.com/b']);
    expect(electron.opened).toEqual(['https://example.com/article', 'https://example.com/b']);
    expect(listeners.has('will-attach-webview')).toBe(true);
  });

  it('refuses device permissions', () => {
    const answers: boolean[] = [];
    const request = electron.permissionRequest()!;
    request({}, 'media', (granted) => answers.push(granted), { requestingUrl: 'fulcrum://app/index.html' });
    request({}, 'clipboard-sanitized-write', (granted) => answers.push(granted), { requestingUrl: 'fulcrum://app/index.html' });
    expect(answers).toEqual([false, true]);
  });

  it('closes the core and its IPC handlers on quit', () => {
    electron.appListeners.get('will-quit')?.();
    expect(electron.ipcHandlers.size).toBe(0);
  });
});
