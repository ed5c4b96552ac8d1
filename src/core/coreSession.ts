// The core as a door that stays open holds it: one opened journal at a time, which a restore can
// swap for another while the app runs. When the journal found at start cannot be used (empty or
// damaged), the session still opens, in recovery: the library and the backups answer, everything
// else says what is wrong, and the leader can restore a backup or start over. Nothing is ever
// deleted: what a restore replaces is backed up or moved aside first.
import { randomBytes } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { localDate } from '../shared/calendarDays';
import { operationNames, type CoreOperationName, type JournalStatus, type OperationsOf, type RestoreOutcome, type SessionOperationName } from '../shared/contract';
import type { Handler, Handlers } from '../shared/dispatch';
import { FulcrumError } from '../shared/errors';
import { appHandlers } from './app/handlers';
import { backupExtension } from './backup/backupFile';
import { backupsFolder, latestGoodBackup, listBackups, restoreBackup, setAsideUnusableJournal } from './backup/backups';
import { createCore, UnusableJournalError, type Core, type CoreOptions } from './createCore';
import type { MediaSource } from './downloads/downloads';
import { librarySource } from './library/librarySource';

export interface CoreSession {
  /** Every operation but the door's own; each call reaches the journal open at that moment. */
  readonly handlers: Handlers<SessionOperationName>;
  /** Resolves when the search index of the open journal holds every record (at once in recovery). */
  searchReady(): Promise<void>;
  /** Where the player gets an episode's audio (see Core.media). */
  media(episodeId: string): Promise<MediaSource>;
  close(): Promise<void>;
}

type State = { kind: 'open'; core: Core } | { kind: 'unusable'; problem: string };

const coreOperations = operationNames.filter((name): name is CoreOperationName => !name.startsWith('host.') && !name.startsWith('restore.'));

/** Opens the journal of `options.dataDir`, in recovery if it cannot be used. */
export async function openCoreSession(options: CoreOptions): Promise<CoreSession> {
  const now = options.now ?? (() => new Date());
  const backupOptions = () => ({ appVersion: options.version ?? '0.0.0', now: now(), nativeBinding: options.nativeBinding });
  let state: State = await open();
  /** The swap under way; calls wait for it, so none reaches a closed journal. */
  let switching: Promise<unknown> = Promise.resolve();

  async function open(): Promise<State> {
    try {
      return { kind: 'open', core: await createCore(options) };
    } catch (error) {
      if (error instanceof UnusableJournalError) return { kind: 'unusable', problem: error.problem };
      throw error;
    }
  }

  /** Closes the open journal, does `work` on the data folder, and opens the journal again, one at a time. */
  function swap<T>(work: () => Promise<T>): Promise<T> {
    const run = switching.then(async () => {
      if (state.kind === 'open') await state.core.close();
      try {
        return await work();
      } finally {
        state = await open();
      }
    });
    switching = run.catch(() => undefined);
    return run;
  }

  // Recovery answers what needs no journal: the app's facts (from the library) and the backups.
  const recovery: Partial<Handlers<CoreOperationName>> = {
    ...appHandlers({ library: librarySource(options.contentDir), today: () => localDate(now()), dataDir: options.dataDir, version: options.version ?? '0.0.0', door: options.door ?? 'browser' }),
    'backup.list': () => listBackups(options.dataDir),
  };

  const forward = <N extends CoreOperationName>(name: N): Handler<N> =>
    (async (input: Parameters<Handler<N>>[0]) => {
      await switching;
      if (state.kind === 'open') return (state.core.handlers[name] as Handler<N>)(input);
      const answer = recovery[name] as Handler<N> | undefined;
      if (!answer) throw new FulcrumError('unavailable', `${state.problem} Restore a backup or start over first (the app shows how).`);
      return answer(input);
    }) as Handler<N>;

  const restoreFrom = async (file: string): Promise<RestoreOutcome> => {
    const result = await swap(() => restoreBackup(file, options.dataDir, backupOptions()));
    if (state.kind === 'unusable') throw new FulcrumError('internal', `The backup was restored, but the journal still cannot be opened: ${state.problem}`);
    return { restored: path.basename(file), madeAt: result.restored.createdAt, rows: result.restored.rows, keptAside: result.keptAside && (path.dirname(result.keptAside) === backupsFolder(options.dataDir) ? path.basename(result.keptAside) : result.keptAside) };
  };

  const session: Handlers<OperationsOf<'restore'>> = {
    'restore.status': async (): Promise<JournalStatus> => {
      await switching;
      if (state.kind === 'open') return { status: 'ok' };
      const latest = await latestGoodBackup(options.dataDir, { nativeBinding: options.nativeBinding });
      const summary = latest ? (await listBackups(options.dataDir)).find((b) => b.name === path.basename(latest.file)) ?? null : null;
      return { status: 'unusable', problem: state.problem, latestGoodBackup: summary };
    },
    'restore.backup': async ({ name }) => {
      const known = (await listBackups(options.dataDir)).find((b) => b.name === name);
      if (!known) throw new FulcrumError('not-found', `There is no backup called "${name}" in the backups folder. Pick one from the list.`);
      return restoreFrom(path.join(backupsFolder(options.dataDir), known.name));
    },
    'restore.upload': async ({ fileName, content }) => {
      // Kept in the backups folder under a name of ours, so the list shows it and it can be used again.
      const folder = backupsFolder(options.dataDir);
      await mkdir(folder, { recursive: true });
      const stamp = now().toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/:/g, '-');
      const file = path.join(folder, `manual-${stamp}-uploaded-${randomBytes(3).toString('hex')}${backupExtension}`);
      await writeFile(file, Buffer.from(content, 'base64'), { flag: 'wx' });
      try {
        return await restoreFrom(file);
      } catch (error) {
        await rm(file, { force: true });
        throw error instanceof FulcrumError ? new FulcrumError(error.code, `${fileName}: ${error.message}`, error.issues) : error;
      }
    },
    'restore.startOver': async () => {
      if (state.kind === 'open') throw new FulcrumError('conflict', 'The journal is fine; there is nothing to start over from. To go back to an earlier state, restore a backup instead.');
      const keptAside = await swap(() => setAsideUnusableJournal(options.dataDir, now()));
      return { keptAside };
    },
  };

  const handlers = Object.fromEntries(coreOperations.map((name) => [name, forward(name)])) as unknown as Handlers<CoreOperationName>;
  return {
    handlers: { ...handlers, ...session },
    media: async (episodeId) => {
      await switching;
      if (state.kind !== 'open') throw new FulcrumError('unavailable', `${state.problem} Restore a backup or start over first (the app shows how).`);
      return state.core.media(episodeId);
    },
    searchReady: async () => {
      await switching;
      if (state.kind === 'open') await state.core.searchReady();
    },
    close: async () => {
      await switching;
      if (state.kind === 'open') await state.core.close();
    },
  };
}
