// Puts records into one search index and keeps them current: a full fill from every store, and the
// changes the stores announce (a record is read again as it now is: indexed if live, forgotten if
// not), including the ripple of a rename (a person's name is in their actions, entries and notes)
// and of a library pack installed or removed (its items and lessons, and the records that link them).
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { IndexingProgress } from '../../shared/contract';
import type { ActionStore } from '../actions/actionStore';
import type { FeedStore } from '../feeds/feedStore';
import type { JournalStore } from '../journal/journalStore';
import type { Library } from '../library/library';
import type { NoteStore } from '../notes/noteStore';
import type { PeopleStore } from '../people/peopleStore';
import type { RecordChange } from '../storage/storage';
import { actionDocument, episodeDocuments, journalDocument, libraryDocuments, noteDocument, personDocument } from './documents';
import type { SearchDocument } from './searchDocument';
import { keyOf, type SearchIndex } from './searchIndex';

export interface RecordStores {
  journal: JournalStore;
  people: PeopleStore;
  actions: ActionStore;
  feeds: FeedStore;
  notes: NoteStore;
}

/** Documents indexed between two turns of the event loop, so requests keep flowing during a fill. */
const batchSize = 200;

type RecordKindOf = Exclude<RecordChange['kind'], 'pack' | 'episode'>;

export class IndexedRecords {
  readonly index: SearchIndex;
  #library: Library;
  readonly #stores: RecordStores;
  /** The index keys each episode put in (itself and its transcript's passages), to take them out again. */
  readonly #episodeKeys = new Map<string, string[]>();

  constructor(index: SearchIndex, library: Library, stores: RecordStores) {
    this.index = index;
    this.#library = library;
    this.#stores = stores;
    // A loaded index already holds episodes: learn which keys each one put in.
    for (const doc of index.documents()) {
      const episodeId = doc.kind === 'podcast' ? doc.id : doc.kind === 'transcript' ? doc.itemId : undefined;
      if (episodeId) this.#episodeKeys.set(episodeId, [...(this.#episodeKeys.get(episodeId) ?? []), doc.key]);
    }
  }

  get library(): Library {
    return this.#library;
  }

  /** How many records a fill goes through (for "n of N"). */
  static total(library: Library, stores: RecordStores): number {
    const { journal, people, actions, feeds, notes } = stores;
    return library.itemCount + library.lessonCount + people.count() + actions.count() + journal.count() + notes.count() + feeds.episodeCount();
  }

  /** Puts every record in, a batch at a time, counting them into `progress`. */
  async fill(progress: IndexingProgress): Promise<void> {
    const library = this.#library;
    const { journal, people, actions, notes, feeds } = this.#stores;
    const nameOf = (id: string) => people.find(id)?.name;
    const add = async (docs: Iterable<SearchDocument>, count: number) => {
      await this.index.addAll(docs, batchSize);
      progress.indexed += count;
      await nextTurn();
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
    const episodes = feeds.allEpisodes();
    for (let from = 0; from < episodes.length; from += batchSize) {
      const page = episodes.slice(from, from + batchSize);
      await add(page.flatMap((episode) => this.#episodeDocs(episode.id)), page.length);
    }
  }

  /** Whether the index holds as many records of each kind as the stores (a check on a loaded index). */
  agreesWithStores(): boolean {
    const counts = new Map<string, number>();
    for (const doc of this.index.documents()) counts.set(doc.kind, (counts.get(doc.kind) ?? 0) + 1);
    const { journal, people, actions, feeds, notes } = this.#stores;
    return (
      (counts.get('journal') ?? 0) === journal.count() &&
      (counts.get('person') ?? 0) === people.count() &&
      (counts.get('action') ?? 0) === actions.count() &&
      (counts.get('note') ?? 0) === notes.count() &&
      (counts.get('podcast') ?? 0) === feeds.episodeCount()
    );
  }

  /** Re-reads each changed record (other than packs) as it now is: indexed again if live, forgotten if not. */
  apply(changes: readonly RecordChange[]): void {
    const { journal, actions, notes } = this.#stores;
    const done = new Set<string>();
    for (const { kind, id, change } of changes) {
      if (kind === 'pack') continue;
      if (kind === 'episode') {
        this.#refreshEpisode(id);
        // Its notes, and the entries linking it, carry its title.
        if (change === 'updated') {
          for (const note of notes.list({ episodeId: id, limit: 5000 })) this.#refresh('note', note.id, done);
          for (const entry of journal.list({ episodeId: id, limit: 100_000 })) this.#refresh('journal', entry.id, done);
        }
        continue;
      }
      this.#refresh(kind, id, done);
      // Entries linking an action read its words.
      if (kind === 'action' && change === 'updated') for (const entry of journal.list({ actionId: id, limit: 100_000 })) this.#refresh('journal', entry.id, done);
      // A person's actions, and the entries and notes about them, carry the person's name.
      if (kind === 'person' && change === 'updated') {
        for (const action of actions.list({ personId: id })) this.#refresh('action', action.id, done);
        for (const entry of journal.list({ personId: id, limit: 100_000 })) this.#refresh('journal', entry.id, done);
        for (const note of notes.list({ personId: id, limit: 5000 })) this.#refresh('note', note.id, done);
      }
    }
  }

  /**
   * After a pack was installed, replaced or removed: the packs' items and lessons as `library` has
   * them, and the entries, actions and notes that link their lessons (they carry the titles). The
   * bundled items do not change while the app runs.
   */
  switchLibrary(library: Library): void {
    const before = this.#library;
    if (library === before) return;
    this.#library = library;
    const fromPacks = (from: Library) => [...libraryDocuments(from, (item) => item.summary.pack !== undefined)];
    const fresh = fromPacks(library);
    const freshKeys = new Set(fresh.map((doc) => keyOf(doc.kind, doc.id)));
    const lessonIds = new Set<string>();
    for (const doc of fromPacks(before)) {
      if (doc.kind === 'lesson') lessonIds.add(doc.id);
      if (!freshKeys.has(keyOf(doc.kind, doc.id))) this.index.remove(keyOf(doc.kind, doc.id));
    }
    for (const doc of fresh) {
      if (doc.kind === 'lesson') lessonIds.add(doc.id);
      this.index.add(doc);
    }
    const { journal, actions, notes } = this.#stores;
    const done = new Set<string>();
    for (const lessonId of lessonIds) {
      for (const entry of journal.list({ lessonId, limit: 100_000 })) this.#refresh('journal', entry.id, done);
      for (const action of actions.list({ lessonId })) this.#refresh('action', action.id, done);
      for (const note of notes.list({ lessonId, limit: 5000 })) this.#refresh('note', note.id, done);
    }
  }

  /** An episode's documents as they are now, remembering their keys. */
  #episodeDocs(episodeId: string): SearchDocument[] {
    const { feeds } = this.#stores;
    const episode = feeds.findEpisode(episodeId);
    const docs = episode ? episodeDocuments(episode, feeds) : [];
    if (docs.length) this.#episodeKeys.set(episodeId, docs.map((doc) => keyOf(doc.kind, doc.id)));
    else this.#episodeKeys.delete(episodeId);
    return docs;
  }

  #refreshEpisode(episodeId: string): void {
    for (const key of this.#episodeKeys.get(episodeId) ?? []) this.index.remove(key);
    for (const doc of this.#episodeDocs(episodeId)) this.index.add(doc);
  }

  #refresh(kind: RecordKindOf, id: string, done: Set<string>): void {
    const key = keyOf(kind, id);
    if (done.has(key)) return;
    done.add(key);
    const doc = this.#documentOf(kind, id);
    if (doc) this.index.add(doc);
    else this.index.remove(key);
  }

  #documentOf(kind: RecordKindOf, id: string): SearchDocument | null {
    const { journal, people, actions, notes } = this.#stores;
    const library = this.#library;
    const nameOf = (personId: string) => people.find(personId)?.name;
    if (kind === 'journal') {
      const entry = journal.find(id);
      return entry ? journalDocument(entry, library, nameOf) : null;
    }
    if (kind === 'action') {
      const action = actions.find(id);
      return action ? actionDocument(action, library) : null;
    }
    if (kind === 'note') {
      const note = notes.find(id);
      return note ? noteDocument(note, library, nameOf) : null;
    }
    const person = people.find(id);
    return person ? personDocument(person) : null;
  }
}
