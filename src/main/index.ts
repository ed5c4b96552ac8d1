// The Electron main process: one window, one core, the contract over IPC. Every decision lives in a
// small pure module beside this file (window options, navigation, CSP, permissions, channels);
// this file only wires them to Electron and runs the app's lifecycle.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, nativeTheme, Notification, protocol, session, shell, type Event } from 'electron';
import { openCoreSession, type CoreSession } from '../core/coreSession';
import { bundledContentDir, defaultDataDir, projectRoot } from '../core/paths';
import type { Handlers } from '../shared/dispatch';
import { appEntryUrl, appOrigin, appScheme, contentTypeOf, mediaEpisodeOf, resolveAppFile } from './appProtocol';
import { openMedia } from '../core/downloads/mediaStream';
import { Readable } from 'node:stream';
import { builtLayout } from './buildLayout';
import { contentSecurityPolicy } from './contentSecurityPolicy';
import { desktopHostHandlers } from './hostHandlers';
import { registerIpc } from './ipc';
import { chooseNativeBinding, electronBindingPath } from './nativeBinding';
import { decideNavigation, decideWindowOpen, isAppUrl, type NavigationDecision } from './navigation';
import { isPermissionGranted } from './permissions';
import { startReminderNotifier } from './reminderNotifier';
import { inProcessClient } from '../core/inProcessClient';
import { mainWindowOptions } from './windowOptions';

const layout = builtLayout(path.dirname(fileURLToPath(import.meta.url)));
// `electron-vite dev` serves the renderer over HTTP; a built app serves it from fulcrum://app.
const devServerUrl = (!app.isPackaged && process.env.ELECTRON_RENDERER_URL) || undefined;
const origin = devServerUrl ? new URL(devServerUrl).origin : appOrigin;
const csp = contentSecurityPolicy(devServerUrl ? { devServerOrigin: origin } : {});

let core: CoreSession | null = null;
let mainWindow: BrowserWindow | null = null;
let unregisterIpc: (() => void) | null = null;
let stopReminders: (() => void) | null = null;

// The journal lives where the CLI and browser mode look for it, so all doors share one.
app.setPath('userData', defaultDataDir());
protocol.registerSchemesAsPrivileged([
  { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true } },
]);

if (!app.requestSingleInstanceLock()) {
  // Another Fulcrum already has this journal open; it brings its window forward instead.
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => {
    contents.setWindowOpenHandler(({ url }) => {
      follow(decideWindowOpen(url, origin));
      return { action: 'deny' };
    });
    const guard = (event: Event, url: string) => {
      const decision = decideNavigation(url, origin);
      if (decision.action === 'allow') return;
      event.preventDefault();
      follow(decision);
    };
    contents.on('will-navigate', guard);
    contents.on('will-redirect', guard);
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (core && BrowserWindow.getAllWindows().length === 0) mainWindow = createWindow();
  });
  app.on('will-quit', shutdown);
  process.once('SIGINT', () => app.quit());
  process.once('SIGTERM', () => app.quit());
  app.whenReady().then(start).catch(failToStart);
}

async function start(): Promise<void> {
  if (!devServerUrl && !existsSync(path.join(layout.rendererDir, 'index.html'))) {
    throw new Error(`The app's pages are missing (${layout.rendererDir}). Run \`npm start\`, which builds them first.`);
  }
  secureSession();
  serveAppFiles();
  core = await openCoreSession({
    dataDir: app.getPath('userData'),
    contentDir: app.isPackaged ? path.join(process.resourcesPath, 'content') : bundledContentDir(),
    nativeBinding: chooseNativeBinding({
      fromEnv: process.env.FULCRUM_SQLITE_BINDING,
      candidate: electronBindingPath(projectRoot(), process.versions.electron, process.versions.modules),
      exists: existsSync,
    }),
    door: 'desktop',
    indexing: 'background',
    search: { mode: 'worker', workerEntry: pathToFileURL(layout.searchWorker) },
    log: (line) => console.log(line),
    backups: 'daily',
    feedRefresh: 'scheduled',
    version: app.getVersion(),
  });
  for (const problem of (await core.handlers['app.info']({})).contentProblems) console.warn(`content: ${problem.file}:${problem.line}: ${problem.message}`);
  const handlers: Handlers = {
    ...core.handlers,
    ...desktopHostHandlers({
      showSaveDialog: (options) => (mainWindow ? dialog.showSaveDialog(mainWindow, options) : dialog.showSaveDialog(options)),
      defaultDir: () => app.getPath('documents'),
    }),
  };
  unregisterIpc = registerIpc(ipcMain, { handlers, isTrustedSender: (url) => isAppUrl(url, origin) });
  mainWindow = createWindow();
  if (Notification.isSupported()) {
    const client = inProcessClient(core.handlers);
    stopReminders = startReminderNotifier({
      check: () => client.reminders.check({ record: true }),
      notify: ({ title, body, open }) => {
        const notification = new Notification({ title, body });
        notification.on('click', open);
        notification.show();
      },
      openRoute: (route) => {
        const window = mainWindow ?? (mainWindow = createWindow());
        if (window.isMinimized()) window.restore();
        window.focus();
        // Moves the page's own hash router; the page keeps its state (and its unsaved-edit guard).
        void window.webContents.executeJavaScript(`location.hash = ${JSON.stringify(`#${route}`)}`);
      },
      setInterval: (run, ms) => setInterval(run, ms),
      clearInterval: (handle) => clearInterval(handle as ReturnType<typeof setInterval>),
      onError: (error) => console.warn(`reminders: ${error instanceof Error ? error.message : String(error)}`),
    });
  }
}

function createWindow(): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions({ preloadPath: layout.preload, prefersDark: nativeTheme.shouldUseDarkColors }));
  window.once('ready-to-show', () => window.show());
  // A page with unsaved edits vetoes unloading; Electron would then silently refuse to close.
  window.webContents.on('will-prevent-unload', (event) => {
    const choice = dialog.showMessageBoxSync(window, {
      type: 'question',
      buttons: ['Leave without saving', 'Stay'],
      defaultId: 1,
      cancelId: 1,
      message: 'You have changes that are not saved.',
      detail: 'If you leave now, those changes are lost.',
    });
    if (choice === 0) event.preventDefault();
  });
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  window.loadURL(devServerUrl ?? appEntryUrl).catch(failToStart);
  return window;
}

/** Serves the built renderer from fulcrum://app/, with the CSP on every page. */
function serveAppFiles(): void {
  protocol.handle(appScheme, async (request) => {
    const episodeId = mediaEpisodeOf(request.url);
    if (episodeId !== null) return mediaResponse(episodeId, request);
    const file = resolveAppFile(request.url, layout.rendererDir);
    const body = file ? await readFile(file).catch(() => null) : null;
    if (!file || !body) return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain' } });
    return new Response(new Uint8Array(body), {
      headers: {
        'content-type': contentTypeOf(file),
        'x-content-type-options': 'nosniff',
        ...(file.endsWith('.html') ? { 'content-security-policy': csp } : {}),
      },
    });
  });
}

/** An episode's audio for the player, Range and all (the same answer as browser mode's route). */
async function mediaResponse(episodeId: string, request: Request): Promise<Response> {
  if (!core) return new Response('Not ready', { status: 503 });
  try {
    const answer = await openMedia(await core.media(episodeId), { range: request.headers.get('range') ?? undefined, head: request.method === 'HEAD', signal: request.signal });
    return new Response(answer.body ? (Readable.toWeb(answer.body) as ReadableStream<Uint8Array>) : null, { status: answer.status, headers: answer.headers });
  } catch (error) {
    return new Response(error instanceof Error ? error.message : 'The audio could not be read.', { status: 404, headers: { 'content-type': 'text/plain' } });
  }
}

function secureSession(): void {
  const { defaultSession } = session;
  defaultSession.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(isPermissionGranted(permission, details.requestingUrl, origin)),
  );
  defaultSession.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionGranted(permission, requestingOrigin, origin),
  );
  if (devServerUrl) {
    defaultSession.webRequest.onHeadersReceived({ urls: [`${origin}/*`] }, (details, callback) =>
      callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [csp] } }),
    );
  }
}

function follow(decision: NavigationDecision): void {
  if (decision.action === 'open-external') {
    shell.openExternal(decision.url).catch((error: unknown) => console.warn(`Could not open ${decision.url}: ${String(error)}`));
  }
}

function shutdown(): void {
  stopReminders?.();
  stopReminders = null;
  unregisterIpc?.();
  unregisterIpc = null;
  void core?.close();
  core = null;
}

function failToStart(error: unknown): void {
  const detail = error instanceof Error ? error.message : String(error);
  console.error(`Fulcrum could not start: ${detail}`);
  dialog.showErrorBox(
    'Fulcrum could not start',
    `${detail}\n\nYour journal was not changed. If this keeps happening, run Fulcrum in your browser with \`npm run web\`.`,
  );
  shutdown();
  app.exit(1);
}
