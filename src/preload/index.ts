// The bridge between the sandboxed page and the main process. The page gets the typed client as
// `window.fulcrum` and nothing else: no ipcRenderer, no channel names, no Node.
import { contextBridge, ipcRenderer } from 'electron';
import { channelOf, createClient, type Transport } from '../shared/client';
import type { Envelope } from '../shared/errors';

const transport: Transport = (name, input) => ipcRenderer.invoke(channelOf(name), input) as Promise<Envelope<unknown>>;

contextBridge.exposeInMainWorld('fulcrum', createClient(transport));
