// The IPC wiring, driven the way Electron drives it: a registry standing in for ipcMain (Electron
// cannot load here) in front of a real core on a real temporary SQLite file.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCoreSession, type CoreSession } from '../core/coreSession';
import { bundledContentDir } from '../core/paths';
import { makeTempDir } from '../../test/support/tempDirs';
import { channelOf } from '../shared/client';
import { operationNames, type OperationName } from '../shared/contract';
import type { Handlers } from '../shared/dispatch';
import type { Envelope } from '../shared/errors';
import type { JournalEntry } from '../shared/contract';
import { appOrigin } from './appProtocol';
import { desktopHostHandlers } from './hostHandlers';
import { registerIpc, untrustedSenderEnvelope, type InvokeEvent, type InvokeRegistry } from './ipc';
import { isAppUrl } from './navigation';

type Listener = (event: InvokeEvent, ...args: unknown[]) => Promise<Envelope<unknown>>;

class RecordingIpc implements InvokeRegistry {
  readonly listeners = new Map<string, Listener>();
  handle(channel: string, listener: Listener): void {
    if (this.listeners.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.listeners.set(channel, listener);
  }
  removeHandler(channel: string): void {
    this.listeners.delete(channel);
  }
  invoke(name: OperationName, input: unknown, frameUrl: string | null = 'fulcrum://app/index.html'): Promise<Envelope<unknown>> {
    const listener = this.listeners.get(channelOf(name));
    if (!listener) throw new Error(`No handler for ${name}`);
    return listener({ senderFrame: frameUrl === null ? null : { url: frameUrl } }, structuredClone(input));
  }
}

describe('registerIpc', () => {
  let core: CoreSession;
  let cleanup: () => Promise<void>;
  const ipc = new RecordingIpc();
  let unregister: () => void;

  beforeAll(async () => {
    const temp = await makeTempDir();
    cleanup = temp.cleanup;
    core = await openCoreSession({ dataDir: temp.dir, contentDir: bundledContentDir(), door: 'desktop', version: '9.9.9' });
    const handlers: Handlers = {
      ...core.handlers,
      ...desktopHostHandlers({ showSaveDialog: async () => ({ canceled: true, filePath: '' }), defaultDir: () => temp.dir }),
    };
    unregister = registerIpc(ipc, { handlers, isTrustedSender: (url) => isAppUrl(url, appOrigin) });
  });
  afterAll(async () => {
    await core.close();
    await cleanup();
  });

  it('answers every operation of the contract, one channel each', () => {
    expect([...ipc.listeners.keys()].sort()).toEqual(operationNames.map(channelOf).sort());
  });

  it('carries a core operation end to end: a journal entry linked to a lesson shows up as its backlink', async () => {
    const created = await ipc.invoke('journal.create', { date: '2024-03-01', body: 'Asked Dana for the CRM update.', lessonIds: ['make-confirmations-a-habit'] });
    expect(created.ok).toBe(true);
    const entry = (created as { ok: true; value: JournalEntry }).value;
    const lesson = await ipc.invoke('library.lesson', { id: 'make-confirmations-a-habit' });
    expect(lesson).toMatchObject({ ok: true, value: { backlinks: [{ id: entry.id }] } });
    const info = await ipc.invoke('app.info', {});
    expect(info).toMatchObject({ ok: true, value: { door: 'desktop', version: '9.9.9' } });
  });

  it('validates input with the contract and answers with plain words', async () => {
    const answer = await ipc.invoke('journal.create', { date: 'tomorrow', body: 'x' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('answers host operations itself', async () => {
    expect(await ipc.invoke('host.saveFile', { fileName: 'a.md', mimeType: 'text/markdown', content: '# A' })).toEqual({ ok: true, value: { saved: false } });
  });

  it('refuses frames that are not the app, and frames already gone', async () => {
    expect(await ipc.invoke('app.info', {}, 'https://evil.example/')).toEqual(untrustedSenderEnvelope);
    expect(await ipc.invoke('journal.list', {}, 'file:///tmp/page.html')).toEqual(untrustedSenderEnvelope);
    expect(await ipc.invoke('app.info', {}, null)).toEqual(untrustedSenderEnvelope);
    const before = await ipc.invoke('journal.list', {});
    expect(await ipc.invoke('journal.delete', { id: 'anything' }, 'fulcrum://other/')).toEqual(untrustedSenderEnvelope);
    expect(await ipc.invoke('journal.list', {})).toEqual(before);
  });

  it('removes every handler on shutdown', () => {
    unregister();
    expect(ipc.listeners.size).toBe(0);
  });
});
