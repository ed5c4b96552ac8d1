// Answers every operation of the contract over IPC: one `ipcMain.handle` per channel, each through
// the same dispatch (zod validation, envelopes) as browser mode. Only the app's own pages get an
// answer. `ipcMain` is passed in, so this file runs (and is tested) on plain Node.
import { dispatch, type Handlers } from '../shared/dispatch';
import type { Envelope } from '../shared/errors';
import { ipcRoutes } from './channels';

/** The part of Electron's IpcMainInvokeEvent this door looks at. */
export interface InvokeEvent {
  readonly senderFrame: { readonly url: string } | null;
}

/** The part of Electron's `ipcMain` this door uses. */
export interface InvokeRegistry {
  handle(channel: string, listener: (event: InvokeEvent, ...args: unknown[]) => Promise<Envelope<unknown>>): void;
  removeHandler(channel: string): void;
}

export interface IpcOptions {
  handlers: Handlers;
  /** Whether a frame at this URL is one of the app's own pages. */
  isTrustedSender: (url: string) => boolean;
}

export const untrustedSenderEnvelope: Envelope<never> = {
  ok: false,
  error: {
    code: 'unauthorized',
    message: 'Fulcrum only answers its own window. Close this page and use the Fulcrum window instead.',
  },
};

/** Registers a handler for every operation; returns a function that removes them all. */
export function registerIpc(ipc: InvokeRegistry, options: IpcOptions): () => void {
  const routes = ipcRoutes();
  for (const { name, channel } of routes) {
    ipc.handle(channel, async (event, input) => {
      const url = event.senderFrame?.url;
      if (!url || !options.isTrustedSender(url)) return untrustedSenderEnvelope;
      return dispatch(options.handlers, name, input);
    });
  }
  return () => {
    for (const { channel } of routes) ipc.removeHandler(channel);
  };
}
