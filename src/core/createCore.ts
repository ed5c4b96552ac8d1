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
import { actionDocument, journalDocument, libraryDocuments, personDocument, textSource } from './search/documents';
import { FulcrumError } from '../shared/errors';
import { Coaching } from './coaching/coaching';
import { localDate } from './dates';
import { ActionStore } from './journal/actionStore';
import { CoachingSettings } from './journal/coachingSettings';
import { PeopleStore } from './journal/peopleStore';
import { ReminderLog } from './journal/reminderLog';
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
  readonly people: PeopleStore;
  readonly actions: ActionStore;
  readonly coaching: Coaching;
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
  const people = new PeopleStore(db, now);
  const actions = new ActionStore(db, now);
  const settings = new CoachingSettings(db);
  const binCutoff = new Date(now().getTime() - binDays * 24 * 3600 * 1000);
  journal.purgeBinnedBefore(binCutoff);
  actions.purgeBinnedBefore(binCutoff);

  const checkLessons = (lessonIds: string[]) => {
    const unknown = lessonIds.filter((id) => !library.findLesson(id));
    if (unknown.length > 0) {
      throw new FulcrumError('invalid-input', `No lesson is called ${unknown.map((id) => `"${id}"`).join(', ')}. Pick lessons from the library; nothing was saved.`);
    }
  };
  const coaching = new Coaching({ actions, people, settings, today: () => localDate(now()), checkLessons });

  const search = new SearchIndex(textSource(library, journal, people, actions));
  await search.addAll(libraryDocuments(library));
  await search.addAll((function* () {
    const nameOf = (id: string) => people.find(id)?.name;
    for (const person of people.all()) yield personDocument(person);
    for (const action of actions.all()) yield actionDocument(action, library);
    for (const entry of journal.all()) yield journalDocument(entry, library, nameOf);
  })());

  const services = {
    library, journal, people, actions, settings, coaching, search, now, checkLessons,
    reminderLog: new ReminderLog(db),
    contentProblems: problems,
    dataDir: options.dataDir,
    version: options.version ?? '0.0.0',
    door: options.door ?? 'browser',
  };
  return {
    handlers: coreHandlers(services),
    library,
    journal,
    people,
    actions,
    coaching,
    search,
    contentProblems: problems,
    dataDir: options.dataDir,
    close: () => db.close(),
  };
}
