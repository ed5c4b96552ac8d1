// The search domain: one index over the library and the journal, built once and then kept current
// by the changes the stores announce (no operation touches the index itself): records are read
// again, and a library pack installed or removed swaps the packs' items and lessons. It is built on
// first need (a CLI search), or in the background right after start (the desktop app and browser
// mode), while every other operation is already answered; queries made meanwhile say how far it got.
import type { IndexingProgress, SearchQuery, SearchResults } from '../../shared/contract';
import type { ActionStore } from '../actions/actionStore';
import type { JournalStore } from '../journal/journalStore';
import type { Library } from '../library/library';
import type { LibrarySource } from '../library/librarySource';
import type { PeopleStore } from '../people/peopleStore';
import type { RecordChange, Storage } from '../storage/storage';
import type { FeedStore } from '../feeds/feedStore';
import type { NoteStore } from '../notes/noteStore';
import { actionDocument, episodeDocuments, journalDocument, libraryDocuments, noteDocument, personDocument, textSource } from './documents';
import type { SearchDocument } from './searchDocument';
import { keyOf, SearchIndex } from './searchIndex';

export interface LiveSearchDeps {
  storage: Storage;
  library: LibrarySource;
  journal: JournalStore;
  people: PeopleStore;
  actions: ActionStore;
  feeds: FeedStore;
  notes: NoteStore;
}

/** Documents indexed between two turns of the event loop, so requests keep flowing during a build. */
const batchSize = 200;

export class LiveSearch {
  readonly #d: LiveSearchDeps;
  /** Resolves once the library is read and the (still empty) index exists. */
  #opening: Promise<SearchIndex> | null = null;
  /** Resolves once every record is in the index. */
  #building: Promise<void> | null = null;
  #index: SearchIndex | null = null;
  #library: Library | null = null;
  #progress: IndexingProgress | null = null;
  /** The index keys each episode put in (itself and its transcript's passages), to take them out again. */
  readonly #episodeKeys = new Map<string, string[]>();
  /** Resolves once the library changes announced so far are in the index. */
  #following: Promise<void> = Promise.resolve();

  constructor(deps: LiveSearchDeps) {
    this.#d = deps;
    deps.storage.onChanges((changes) => this.#follow(changes));
  }

  /** Builds the index if nobody has started it yet; resolves when every record is in. */
  ready(): Promise<void> {
    if (!this.#building) {
      const opening = this.#open();
      this.#opening = opening;
      this.#building = opening.then((index) => this.#fill(index)).catch((error: unknown) => {
        if (!this.#d.storage.db.open) return; // the core was closed during the build (the app quits): stop there
        this.#opening = this.#building = this.#index = null; // the next query tries again
        throw error;
      });
    }
    return this.#building;
  }

  /** Answers at once while a build is under way (saying how far it got); otherwise builds first. */
  async query(query: SearchQuery): Promise<SearchResults> {
    if (!this.#building) await this.ready();
    const index = await (this.#opening as Promise<SearchIndex>);
    if (!this.#progress) await this.#following;
    const results = index.search(query);
    return this.#progress ? { ...results, indexing: { ...this.#progress } } : results;
  }

  async #open(): Promise<SearchIndex> {
    const { library } = await this.#d.library();
    const { journal, people, actions, feeds, notes } = this.#d;
    this.#library = library;
    this.#progress = { indexed: 0, total: library.itemCount + library.lessonCount + people.count() + actions.count() + journal.count() + notes.count() + feeds.episodeCount() };
    this.#index = new SearchIndex(textSource(() => this.#library as Library, journal, people, actions, feeds, notes));
    return this.#index;
  }

  async #fill(index: SearchIndex): Promise<void> {
    const library = this.#library as Library;
    const { journal, people, actions, notes } = this.#d;
    const progress = this.#progress as IndexingProgress;
    const nameOf = (id: string) => people.find(id)?.name;
    const add = async (docs: Iterable<SearchDocument>, count: number) => {
      await index.addAll(docs, batchSize);
      progress.indexed += count;
      await turn();
    };
    await add(libraryDocuments(library), library.itemCount + library.lessonCount);
    // Each page is read only after the previous one is in (and other requests had their turn), so
    // writes made meanwhile are read as they now are.
    function* pages(): Generator<SearchDocument[]> {
      for (const page of people.pages(batchSize)) yield page.map(personDocument);
      for (const page of actions.pages(batchSize)) yield page.map((action) => actionDocument(action, library));
      for (const page of journal.pages(batchSize)) yield page.map((entry) => journalDocument(entry, library, nameOf));
      for (const page of notes.pages(batchSize)) yield page.map((note) => noteDocument(note, library, nameOf));
    }
    for (const docs of pages()) await add(docs, docs.length);
    const episodes = this.#d.feeds.allEpisodes();
    for (let from = 0; from < episodes.length; from += batchSize) {
      const page = episodes.slice(from, from + batchSize);
      await add(page.flatMap((episode) => this.#episodeDocs(episode.id)), page.length);
    }
    this.#progress = null;
  }

  /** Re-reads each changed record as it now is: indexed again if it is live, forgotten if not. */
  #follow(changes: readonly RecordChange[]): void {
    if (changes.some((c) => c.kind === 'pack')) {
      this.#following = this.#following.then(() => this.#followLibrary()).catch((error: unknown) => {
        if (this.#d.storage.db.open) console.warn(`fulcrum: search could not follow a library pack change: ${String(error)}`);
      });
    }
    if (!this.#index || !this.#library) return; // not built yet: the build will read every record as it is then
    const { journal, actions } = this.#d;
    const done = new Set<string>();
    for (const { kind, id, change } of changes) {
      if (kind === 'pack') continue;
      if (kind === 'episode') {
        this.#refreshEpisode(id);
        // Its notes carry its title.
        if (change === 'updated') for (const note of this.#d.notes.list({ episodeId: id, limit: 5000 })) this.#refresh('note', note.id, done);
        continue;
      }
      this.#refresh(kind, id, done);
      // A person's actions, and the entries and notes about them, carry the person's name.
      if (kind === 'person' && change === 'updated') {
        for (const action of actions.list({ personId: id })) this.#refresh('action', action.id, done);
        for (const entry of journal.list({ personId: id, limit: 100_000 })) this.#refresh('journal', entry.id, done);
        for (const note of this.#d.notes.list({ personId: id, limit: 5000 })) this.#refresh('note', note.id, done);
      }
    }
  }

  /** An episode's documents as they are now, remembering their keys. */
  #episodeDocs(episodeId: string): SearchDocument[] {
    const episode = this.#d.feeds.findEpisode(episodeId);
    const docs = episode ? episodeDocuments(episode, this.#d.feeds) : [];
    if (docs.length) this.#episodeKeys.set(episodeId, docs.map((doc) => keyOf(doc.kind, doc.id)));
    else this.#episodeKeys.delete(episodeId);
    return docs;
  }

  #refreshEpisode(episodeId: string): void {
    const index = this.#index as SearchIndex;
    for (const key of this.#episodeKeys.get(episodeId) ?? []) index.remove(key);
    for (const doc of this.#episodeDocs(episodeId)) index.add(doc);
  }

  #refresh(kind: Exclude<RecordChange['kind'], 'pack' | 'episode'>, id: string, done: Set<string>): void {
    const index = this.#index as SearchIndex;
    const library = this.#library as Library;
    const key = keyOf(kind, id);
    if (done.has(key)) return;
    done.add(key);
    const doc = this.#documentOf(kind, id, library);
    if (doc) index.add(doc);
    else index.remove(key);
  }

  #documentOf(kind: Exclude<RecordChange['kind'], 'pack' | 'episode'>, id: string, library: Library): SearchDocument | null {
    const { journal, people, actions } = this.#d;
    if (kind === 'journal') {
      const entry = journal.find(id);
      return entry ? journalDocument(entry, library, (personId) => people.find(personId)?.name) : null;
    }
    if (kind === 'action') {
      const action = actions.find(id);
      return action ? actionDocument(action, library) : null;
    }
    if (kind === 'note') {
      const note = this.#d.notes.find(id);
      return note ? noteDocument(note, library, (personId) => people.find(personId)?.name) : null;
    }
    const person = people.find(id);
    return person ? personDocument(person) : null;
  }

  /**
   * After a pack was installed, replaced or removed: the packs' items and lessons as the library
   * now has them, and the entries and actions that link their lessons (they carry the titles).
   * The bundled items do not change while the app runs.
   */
  async #followLibrary(): Promise<void> {
    await this.#building?.catch(() => undefined); // a build under way finishes with the library it read
    const index = this.#index;
    const before = this.#library;
    if (!index || !before) return;
    const { library } = await this.#d.library();
    if (library === before) return;
    this.#library = library;
    const fromPacks = (from: Library) => [...libraryDocuments(from, (item) => item.summary.pack !== undefined)];
    const fresh = fromPacks(library);
    const freshKeys = new Set(fresh.map((doc) => keyOf(doc.kind, doc.id)));
    const lessonIds = new Set<string>();
    for (const doc of fromPacks(before)) {
      if (doc.kind === 'lesson') lessonIds.add(doc.id);
      if (!freshKeys.has(keyOf(doc.kind, doc.id))) index.remove(keyOf(doc.kind, doc.id));
    }
    for (const doc of fresh) {
      if (doc.kind === 'lesson') lessonIds.add(doc.id);
      index.add(doc);
    }
    const done = new Set<string>();
    for (const lessonId of lessonIds) {
      for (const entry of this.#d.journal.list({ lessonId, limit: 100_000 })) this.#refresh('journal', entry.id, done);
      for (const action of this.#d.actions.list({ lessonId })) this.#refresh('action', action.id, done);
      for (const note of this.#d.notes.list({ lessonId, limit: 5000 })) this.#refresh('note', note.id, done);
    }
  }
}

function turn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
