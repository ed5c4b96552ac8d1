// The bridge between the sandboxed page and the main process. The page gets the contract's typed
// client as `window.fulcrum` and nothing else: no ipcRenderer, no channel names, no Node. Its methods
// resolve with envelopes, because an error crossing contextBridge keeps only its message; the
// renderer turns envelopes back into values and FulcrumErrors (see renderer/transport/pickClient).
import { contextBridge, ipcRenderer } from 'electron';
import { channelOf, createEnvelopeClient, type Transport } from '../shared/client';
import type { Envelope } from '../shared/errors';

const transport: Transport = (name, input) => ipcRenderer.invoke(channelOf(name), input) as Promise<Envelope<unknown>>;

contextBridge.exposeInMainWorld('fulcrum', createEnvelopeClient(transport));
