// The search domain: one index over the library and the journal, kept current by the changes the
// stores announce (no operation touches the index itself) and, when it follows other writers, by
// what other processes on the same data folder write (the CLI while the app runs).
//
// With a data folder to save in, the index is saved there after a build and after changes (once
// things are quiet), and the next start loads it, reads the changes written since from the change
// log, and is ready in a second or two; it is never rebuilt when nothing changed. A saved index
// that cannot be used (none yet, damaged, another format, another journal, a log that no longer
// reaches back to it) is built afresh, answering meanwhile from what is indexed so far; one that is
// usable but outdated (the bundled library changed, or too many replaced documents left postings
// behind) keeps answering while a fresh one is built beside it and swapped in.
import { createHash } from 'node:crypto';
import type { IndexingProgress, SearchQuery, SearchResults } from '../../shared/contract';
import type { Library } from '../library/library';
import type { LibrarySource } from '../library/librarySource';
import type { RecordChange, Storage } from '../storage/storage';
import { libraryDocuments, textSource } from './documents';
import { IndexedRecords, type RecordStores } from './indexedRecords';
import type { TextSource } from './searchDocument';
import { SearchIndex } from './searchIndex';
import type { SearchService } from './searchService';
import { loadSnapshot, saveSnapshot, type Fingerprint } from './snapshot/indexSnapshot';

export interface LiveSearchDeps extends RecordStores {
  storage: Storage;
  library: LibrarySource;
  /** The data folder the index is saved in, to be loaded at the next start; none: kept in memory only. */
  saveIn?: string;
  /** Follow what other processes write to the same journal (the doors that stay open, and the search worker). */
  followOthers?: boolean;
  /** How long after the last change the index is saved again (default 20 s). */
  saveAfterMs?: number;
  /** How long a save works before letting queries in (default 8 ms; tests use 0 to interleave at every step). */
  saveSliceMs?: number;
  log?: (line: string) => void;
}

/** A loaded index with more replaced or removed documents than this share of live ones is rebuilt. */
const retiredShareLimit = 0.25;

export class LiveSearch implements SearchService {
  readonly #d: LiveSearchDeps;
  /** Resolves once an index exists (possibly still filling). */
  #opening: Promise<IndexedRecords> | null = null;
  /** Resolves once the index holds every record. */
  #building: Promise<void> | null = null;
  #serving: IndexedRecords | null = null;
  /** While a fresh index is built beside the serving one: it, and the changes it must replay. */
  #fresh: { records: IndexedRecords; changes: RecordChange[] } | null = null;
  #progress: IndexingProgress | null = null;
  /** The build in flight after opening (none when a saved index was loaded and is current). */
  #whileBuilding: Promise<void> = Promise.resolve();
  /** Resolves once the library changes announced so far are in the index. */
  #following: Promise<void> = Promise.resolve();
  #stopFollowing: () => void = () => undefined;
  #dirty = false;
  #saveTimer: NodeJS.Timeout | null = null;
  /** A save under way: queries are answered meanwhile, and changes heard are held until it ends. */
  #saving: Promise<void> | null = null;
  #held: RecordChange[] = [];
  #closed = false;

  constructor(deps: LiveSearchDeps) {
    this.#d = deps;
    deps.storage.onChanges((changes) => this.#follow(changes));
  }

  /** Opens the index (loading or building it) if nobody has yet; resolves when every record is in. */
  ready(): Promise<void> {
    if (!this.#building) {
      const opening = this.#open();
      this.#opening = opening;
      this.#building = opening
        .then(() => this.#whileBuilding)
        .catch((error: unknown) => {
          if (!this.#d.storage.db.open) return; // the core was closed during the build (the app quits): stop there
          this.#opening = this.#building = this.#serving = null; // the next query tries again
          throw error;
        });
    }
    return this.#building;
  }

  /** Answers at once while a build is under way (saying how far it got); otherwise opens first. */
  async query(query: SearchQuery): Promise<SearchResults> {
    if (!this.#building) await this.ready();
    const records = await (this.#opening as Promise<IndexedRecords>);
    if (!this.#progress) await this.#following;
    // What was written during a save is in the index once the save ends.
    if (this.#held.length > 0) await this.#saving;
    const results = (this.#serving ?? records).index.search(query);
    return this.#progress ? { ...results, indexing: { ...this.#progress } } : results;
  }

  /** Reads what other processes wrote since the last look (a door calls this right after its own writes). */
  catchUp(): void {
    this.#d.storage.catchUp({ now: true });
  }

  /** Saves what is not saved yet; stops following and saving. */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    if (this.#saveTimer) clearTimeout(this.#saveTimer);
    await this.#saving;
    if (this.#dirty && !this.#progress && this.#d.storage.db.open) await this.#save();
    this.#stopFollowing();
  }

  async #open(): Promise<IndexedRecords> {
    const { storage } = this.#d;
    const { library } = await this.#d.library();
    const stores = this.#d;
    const text = textSource(() => this.#serving?.library ?? library, stores.journal, stores.people, stores.actions, stores.feeds, stores.notes);
    const libraryHash = this.#d.saveIn ? hashLibrary(library) : '';
    const loaded = this.#d.saveIn ? this.#load(text) : null;
    if (loaded) {
      const records = new IndexedRecords(loaded.index, library, stores);
      this.#serving = records;
      // The changes written since it was saved, then every later one.
      this.#startFollowing(loaded.fingerprint.seq);
      const outdated = loaded.fingerprint.library !== libraryHash ? 'the library changed' : !records.agreesWithStores() ? 'it does not hold what the journal holds' : tooManyRetired(loaded.index) ? 'replaced documents left too much behind' : null;
      if (outdated) {
        this.#log(`search: rebuilding the saved index in the background (${outdated})`);
        this.#whileBuilding = this.#rebuildBeside(library, text);
      }
      return records;
    }
    // Nothing usable saved: build, answering meanwhile from what is in so far.
    this.#startFollowing();
    const records = new IndexedRecords(new SearchIndex(text), library, stores);
    this.#serving = records;
    this.#progress = { indexed: 0, total: IndexedRecords.total(library, stores) };
    this.#whileBuilding = records.fill(this.#progress).then(() => {
      this.#progress = null;
      if (this.#d.saveIn && storage.db.open) return this.#saveAndCompact(text);
    });
    return records;
  }

  #load(text: TextSource): { index: SearchIndex; fingerprint: Fingerprint } | null {
    const { storage, saveIn } = this.#d;
    const loaded = loadSnapshot(saveIn as string, text);
    if ('problem' in loaded) {
      this.#log(`search: building the index (${loaded.problem})`);
      return null;
    }
    const { fingerprint } = loaded;
    const first = storage.firstChange();
    const unusable =
      fingerprint.journalId !== storage.journalId()
        ? 'it was saved for another journal'
        : fingerprint.seq > storage.lastChange() || (fingerprint.seq > 0 && storage.writerOf(fingerprint.seq) !== fingerprint.writer) || (first !== null && first > fingerprint.seq + 1)
          ? 'the journal’s change log no longer reaches back to it'
          : null;
    if (unusable) {
      this.#log(`search: building the index (${unusable})`);
      return null;
    }
    this.#log(`search: loaded the saved index (${loaded.index.size} documents, ${Math.round(loaded.bytes / 1e6)} MB) in ${Math.round(loaded.ms)} ms`);
    return loaded;
  }

  /** Follows other writers from now, or from the change after `from` (what a saved index lacks). */
  #startFollowing(from?: number): void {
    if (!this.#d.followOthers && from === undefined) return;
    const stop = this.#d.storage.followOtherWriters(from === undefined ? {} : { from });
    // Not following: the changes since `from` were read once, at once; that is all.
    if (this.#d.followOthers) this.#stopFollowing = stop;
    else stop();
  }

  /** Builds a fresh index beside the serving one, replays what changed meanwhile, and swaps it in. */
  async #rebuildBeside(library: Library, text: TextSource): Promise<void> {
    const stores = this.#d;
    const fresh = new IndexedRecords(new SearchIndex(text), library, stores);
    this.#fresh = { records: fresh, changes: [] };
    const progress = { indexed: 0, total: IndexedRecords.total(library, stores) };
    this.#progress = progress;
    try {
      await fresh.fill(progress);
      const { changes } = this.#fresh;
      fresh.apply(changes);
      if (changes.some((c) => c.kind === 'pack')) fresh.switchLibrary((await this.#d.library()).library);
      this.#serving = fresh;
    } finally {
      this.#fresh = null;
      this.#progress = null;
    }
    if (this.#d.saveIn && this.#d.storage.db.open) await this.#saveAndCompact(text);
  }

  /** Saves a freshly built index, then serves the saved one: loaded, it takes a fraction of the memory. */
  async #saveAndCompact(text: TextSource): Promise<void> {
    if (this.#closed) return;
    await this.#save(() => {
      // Swapped in before the changes held during the save are applied, so it gets them too.
      const loaded = loadSnapshot(this.#d.saveIn as string, text);
      const serving = this.#serving;
      if ('problem' in loaded || !serving) return;
      this.#serving = new IndexedRecords(loaded.index, serving.library, this.#d);
    });
  }

  #follow(changes: readonly RecordChange[]): void {
    this.#fresh?.changes.push(...changes);
    if (changes.some((c) => c.kind === 'pack')) {
      this.#following = this.#following.then(() => this.#followLibrary()).catch((error: unknown) => {
        if (this.#d.storage.db.open) this.#log(`search could not follow a library pack change: ${String(error)}`);
      });
    }
    const serving = this.#serving;
    if (!serving) return; // not open yet: opening reads every record as it is then
    if (this.#saving) {
      this.#held.push(...changes);
      return;
    }
    serving.apply(changes);
    this.#changed();
  }

  async #followLibrary(): Promise<void> {
    await this.#building?.catch(() => undefined); // a build under way finishes with the library it read
    if (!this.#serving) return;
    const { library } = await this.#d.library();
    while (this.#saving) await this.#saving; // the index does not change while it is being saved
    this.#serving.switchLibrary(library);
    this.#changed();
  }

  /** Something changed: save once things have been quiet for a while. */
  #changed(): void {
    if (!this.#d.saveIn || this.#closed) return;
    this.#dirty = true;
    if (this.#saveTimer) clearTimeout(this.#saveTimer);
    this.#saveTimer = setTimeout(() => {
      this.#saveTimer = null;
      if (!this.#progress && this.#d.storage.db.open) void this.#save();
    }, this.#d.saveAfterMs ?? 20_000);
    this.#saveTimer.unref();
  }

  /**
   * Saves the serving index in slices, answering queries between them. The changes heard meanwhile
   * are held (the index must not change while it is written) and applied once it is saved, after
   * `then`; a query that follows such a change waits for that. Resolves when all that is done.
   */
  #save(then?: () => void): Promise<void> {
    if (this.#saving) return this.#saving.then(() => this.#save(then));
    const { storage, saveIn } = this.#d;
    const serving = this.#serving;
    if (!saveIn || !serving) return Promise.resolve();
    // Everything up to the newest change must be in before the index says it covers it.
    storage.catchUp({ now: true });
    const seq = storage.heardUpTo() ?? storage.lastChange();
    const fingerprint: Fingerprint = { journalId: storage.journalId(), seq, writer: storage.writerOf(seq) ?? '', library: hashLibrary(serving.library) };
    this.#dirty = false;
    const saving = saveSnapshot(saveIn, serving.index, fingerprint, this.#d.saveSliceMs === undefined ? {} : { sliceMs: this.#d.saveSliceMs })
      .then(
        (saved) => {
          this.#log(`search: saved the index (${serving.index.size} documents, ${Math.round(saved.bytes / 1e6)} MB) in ${Math.round(saved.ms)} ms`);
          then?.();
        },
        (error: unknown) => {
          this.#dirty = true;
          this.#log(`search: the index could not be saved (it will be built again at the next start): ${String(error)}`);
        },
      )
      .finally(() => {
        this.#saving = null;
        const held = this.#held.splice(0);
        if (held.length === 0 || !this.#serving) return;
        try {
          this.#serving.apply(held);
        } catch (error) {
          this.#log(`search: a change could not be followed: ${String(error)}`);
        }
        this.#dirty = true;
        this.#changed();
      });
    this.#saving = saving;
    return saving;
  }

  #log(line: string): void {
    (this.#d.log ?? (() => undefined))(line);
  }
}

/** A short hash of everything the library puts in the index: it changes when any item or lesson does. */
function hashLibrary(library: Library): string {
  const hash = createHash('sha256');
  for (const doc of libraryDocuments(library)) hash.update(JSON.stringify(doc)).update('\n');
  return hash.digest('hex').slice(0, 32);
}

function tooManyRetired(index: SearchIndex): boolean {
  return index.retired > 1000 && index.retired > retiredShareLimit * index.size;
}
