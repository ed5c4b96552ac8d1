// The one app window's options. The renderer gets no Node, runs sandboxed in an isolated world,
// and reaches the core only through the preload's typed client.
import type { BrowserWindowConstructorOptions } from 'electron';
import { appName } from '../core/paths';

export interface WindowOptionsInput {
  /** Absolute path of the CommonJS preload build. */
  preloadPath: string;
  /** Paint the window dark before the page loads when the system theme is dark. */
  prefersDark: boolean;
}

export const windowBackground = { light: '#ffffff', dark: '#16181d' } as const;

export function mainWindowOptions({ preloadPath, prefersDark }: WindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    title: appName,
    width: 1200,
    height: 800,
    minWidth: 720,
    minHeight: 480,
    show: false,
    backgroundColor: prefersDark ? windowBackground.dark : windowBackground.light,
    webPreferences: {
      preload: preloadPath,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: true,
    },
  };
}
