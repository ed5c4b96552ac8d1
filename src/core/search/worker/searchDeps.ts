// What the search worker reads, opened on a data folder of its own: the journal (its own SQLite
// connection) and the stores and library over it. Only read here; their clock is never asked.
import path from 'node:path';
import { ActionStore } from '../../actions/actionStore';
import { FeedStore } from '../../feeds/feedStore';
import { JournalStore } from '../../journal/journalStore';
import { PersonalLessonStore } from '../../lessons/personalLessonStore';
import { librarySource, rememberLatest } from '../../library/librarySource';
import { currentLabels } from '../../journal/linkLabels';
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
  const { source: library, latest } = rememberLatest(librarySource(options.contentDir, new PackStore(storage, now), new PersonalLessonStore(storage, now)));
  const people = new PeopleStore(storage, now);
  const actions = new ActionStore(storage, now);
  const feeds = new FeedStore(storage, now);
  return {
    storage,
    library,
    journal: new JournalStore(storage, now, currentLabels({ people, actions, feeds, library: latest })),
    people,
    actions,
    feeds,
    notes: new NoteStore(storage, now),
  };
}
