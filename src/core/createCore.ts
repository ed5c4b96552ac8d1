// The one composition root: everything the app does, wired from explicit parts. Every door
// (Electron main, browser-mode server, CLI, tests, benchmarks) calls createCore and nothing else.
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import type { CoreOperationName } from '../shared/contract';
import type { Handlers } from '../shared/dispatch';
import type { ContentProblem } from '../shared/types';
import { loadLibrary } from './content/loadLibrary';
import type { Library } from './content/library';
import { coreHandlers } from './handlers';
import { journalFileName, openDatabase } from './journal/database';
import { JournalStore } from './journal/journalStore';
import { journalDocument, libraryDocuments, textSource } from './search/documents';
import { SearchIndex } from './search/searchIndex';

/** How long a deleted journal entry stays restorable before it is erased for good. */
export const binDays = 30;

export interface CoreOptions {
  /** Where the journal and other user data live (the desktop app's user-data folder by default). */
  dataDir: string;
  /** The content pack to load. */
  contentDir: string;
  /** better-sqlite3 addon built for the running runtime (Electron passes its own build). */
  nativeBinding?: string;
  /** The clock; tests inject their own. */
  now?: () => Date;
  version?: string;
  door?: 'desktop' | 'browser';
}

export interface Core {
  readonly handlers: Handlers<CoreOperationName>;
  readonly library: Library;
  readonly journal: JournalStore;
  readonly search: SearchIndex;
  readonly contentProblems: ContentProblem[];
  readonly dataDir: string;
  close(): void;
}

export async function createCore(options: CoreOptions): Promise<Core> {
  const now = options.now ?? (() => new Date());
  const { library, problems } = await loadLibrary(options.contentDir);
  const db: Database = openDatabase(path.join(options.dataDir, journalFileName), {
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  const journal = new JournalStore(db, now);
  journal.purgeBinnedBefore(new Date(now().getTime() - binDays * 24 * 3600 * 1000));
  const search = new SearchIndex(textSource(library, journal));
  await search.addAll(libraryDocuments(library));
  await search.addAll((function* () {
    for (const entry of journal.all()) yield journalDocument(entry, library);
  })());

  const services = { library, journal, search, now, contentProblems: problems, dataDir: options.dataDir, version: options.version ?? '0.0.0', door: options.door ?? 'browser' };
  return {
    handlers: coreHandlers(services),
    library,
    journal,
    search,
    contentProblems: problems,
    dataDir: options.dataDir,
    close: () => db.close(),
  };
}
