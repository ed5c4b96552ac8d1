// What the search worker reads, opened on a data folder of its own: the journal (its own SQLite
// connection) and the stores and library over it. Only read here; their clock is never asked.
import path from 'node:path';
import { ActionStore } from '../../actions/actionStore';
import { FeedStore } from '../../feeds/feedStore';
import { JournalStore } from '../../journal/journalStore';
import { PersonalLessonStore } from '../../lessons/personalLessonStore';
import { librarySource } from '../../library/librarySource';
import { NoteStore } from '../../notes/noteStore';
import { PackStore } from '../../packs/packStore';
import { PeopleStore } from '../../people/peopleStore';
import { journalFileName, openDatabase } from '../../storage/database';
import { Storage } from '../../storage/storage';
import type { LiveSearchDeps } from '../liveSearch';

export interface SearchDepsOptions {
  dataDir: string;
  contentDir: string;
  nativeBinding?: string;
  onListenerError?: (error: unknown) => void;
}

export function openSearchDeps(options: SearchDepsOptions): Pick<LiveSearchDeps, 'storage' | 'library' | 'journal' | 'people' | 'actions' | 'feeds' | 'notes'> {
  const db = openDatabase(path.join(options.dataDir, journalFileName), options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  const storage = new Storage(db, options.onListenerError);
  const now = () => new Date();
  return {
    storage,
    library: librarySource(options.contentDir, new PackStore(storage, now), new PersonalLessonStore(storage, now)),
    journal: new JournalStore(storage, now),
    people: new PeopleStore(storage, now),
    actions: new ActionStore(storage, now),
    feeds: new FeedStore(storage, now),
    notes: new NoteStore(storage, now),
  };
}
