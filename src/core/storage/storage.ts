// The journal database as every store uses it: transactions, and the changes the stores announce.
// A store says what it wrote (a journal entry, a person, an action, a library pack, an episode or a
// note: created, updated, deleted or restored); listeners such as the search index hear it once the outermost
// transaction has committed, and never hear a change that was rolled back.
import type { Database } from 'better-sqlite3';

export const recordKinds = ['journal', 'person', 'action', 'pack', 'episode', 'note'] as const;
export type RecordKind = (typeof recordKinds)[number];

export interface RecordChange {
  kind: RecordKind;
  id: string;
  change: 'created' | 'updated' | 'deleted' | 'restored';
}

export type ChangeListener = (changes: readonly RecordChange[]) => void;

export class Storage {
  readonly db: Database;
  readonly #listeners = new Set<ChangeListener>();
  readonly #onListenerError: (error: unknown) => void;
  #pending: RecordChange[] = [];
  #depth = 0;

  constructor(db: Database, onListenerError: (error: unknown) => void = (error) => console.warn(`fulcrum: a change listener failed: ${String(error)}`)) {
    this.db = db;
    this.#onListenerError = onListenerError;
  }

  /** Runs `work` in one transaction (nested calls join it); changes announced inside are heard after the commit. */
  transaction<T>(work: () => T): T {
    const mark = this.#pending.length;
    this.#depth += 1;
    let result: T;
    try {
      result = this.db.transaction(work)();
    } catch (error) {
      this.#pending.length = mark; // what was rolled back never happened
      throw error;
    } finally {
      this.#depth -= 1;
    }
    if (this.#depth === 0) this.#flush();
    return result;
  }

  /** Tells the listeners about a write: now, or when the transaction around it commits. */
  announce(kind: RecordKind, id: string, change: RecordChange['change']): void {
    this.#pending.push({ kind, id, change });
    if (this.#depth === 0) this.#flush();
  }

  /** Listens to every committed change; returns a function that stops listening. */
  onChanges(listener: ChangeListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  close(): void {
    this.#listeners.clear();
    this.db.close();
  }

  #flush(): void {
    if (this.#pending.length === 0) return;
    const changes = this.#pending;
    this.#pending = [];
    // The write has landed; a listener that fails must not turn it into an error for the caller.
    for (const listener of this.#listeners) {
      try {
        listener(changes);
      } catch (error) {
        this.#onListenerError(error);
      }
    }
  }
}

/**
 * A table's records in pages of `size`, in id order. Each page is read only when the caller asks for
 * it, so no statement stays open between pages: the caller may yield to other requests (and their
 * writes) while it works through them.
 */
export function* pagesById<T extends { id: string }>(readPage: (afterId: string, size: number) => T[], size: number): Generator<T[]> {
  let after = '';
  for (;;) {
    const page = readPage(after, size);
    if (page.length === 0) return;
    yield page;
    if (page.length < size) return;
    after = (page.at(-1) as T).id;
  }
}

/** What every store of a domain starts from: the journal's storage and the clock. */
export abstract class SqlStore {
  protected readonly storage: Storage;
  protected readonly now: () => Date;

  constructor(storage: Storage, now: () => Date) {
    this.storage = storage;
    this.now = now;
  }

  protected get db(): Database {
    return this.storage.db;
  }
}
