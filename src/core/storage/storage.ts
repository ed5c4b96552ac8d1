// The journal database as every store uses it: transactions, and the changes the stores announce.
// A store says what it wrote (a journal entry, a person, an action, a library pack, an episode or a
// note: created, updated, deleted or restored); listeners such as the search index hear it once the
// outermost transaction has committed, and never hear a change that was rolled back. Each change is
// also written to the change log in the same transaction, so a process that follows other writers
// (the app, while the CLI writes) hears theirs too.
import { randomUUID } from 'node:crypto';
import type { Database, Statement } from 'better-sqlite3';

export const recordKinds = ['journal', 'person', 'action', 'pack', 'episode', 'note'] as const;
export type RecordKind = (typeof recordKinds)[number];

export interface RecordChange {
  kind: RecordKind;
  id: string;
  change: 'created' | 'updated' | 'deleted' | 'restored';
}

export type ChangeListener = (changes: readonly RecordChange[]) => void;

/** How many changes the log keeps: a process that follows it reads it twice a second. */
const logKept = 50_000;

export class Storage {
  readonly db: Database;
  readonly #listeners = new Set<ChangeListener>();
  readonly #onListenerError: (error: unknown) => void;
  #pending: RecordChange[] = [];
  #depth = 0;
  /** Writes each announced change to the change log, in the same transaction as the write. */
  readonly #log: Statement | null;
  /** Names this connection's rows in the change log, so following skips them. */
  readonly #writer = randomUUID();
  /** While following other processes: the last row of the log read, and SQLite's data version then. */
  #following: { seen: number; dataVersion: number; timer: NodeJS.Timeout } | null = null;

  constructor(db: Database, onListenerError: (error: unknown) => void = (error) => console.warn(`fulcrum: a change listener failed: ${String(error)}`)) {
    this.db = db;
    this.#onListenerError = onListenerError;
    const logged = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'change_log'").get() !== undefined;
    this.#log = logged ? db.prepare('INSERT INTO change_log (kind, record_id, change, writer) VALUES (?, ?, ?, ?)') : null;
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
    this.#log?.run(kind, id, change, this.#writer);
    this.#pending.push({ kind, id, change });
    if (this.#depth === 0) this.#flush();
  }

  /**
   * Hears what other processes write to the same journal (the CLI while the app runs): every
   * `everyMs` it asks SQLite whether another connection committed (`PRAGMA data_version`, a cheap
   * read) and, if so, reads their changes from the log and tells the listeners, as if announced here.
   * `from` is the last change already known (a saved search index's): the changes after it are read
   * at once. Returns a function that stops following.
   */
  followOtherWriters(options: { everyMs?: number; from?: number } = {}): () => void {
    if (!this.#log || this.#following) return () => this.#stopFollowing();
    const seen = options.from ?? this.lastChange();
    const timer = setInterval(() => this.catchUp(), options.everyMs ?? 250);
    timer.unref();
    this.#following = { seen, dataVersion: this.#dataVersion(), timer };
    if (options.from !== undefined) this.catchUp({ now: true });
    return () => this.#stopFollowing();
  }

  /** The newest row of the change log (0 when it is empty or absent). */
  lastChange(): number {
    if (!this.#log) return 0;
    return (this.db.prepare('SELECT coalesce(max(seq), 0) AS seq FROM change_log').get() as { seq: number }).seq;
  }

  /** The oldest row the change log still has (null when it is empty or absent): older ones were trimmed. */
  firstChange(): number | null {
    if (!this.#log) return null;
    return (this.db.prepare('SELECT min(seq) AS seq FROM change_log').get() as { seq: number | null }).seq;
  }

  /** Up to which row of the change log every change has been heard here (while following). */
  heardUpTo(): number | null {
    return this.#following?.seen ?? null;
  }

  /** Who wrote row `seq` of the change log, if the log still has it. */
  writerOf(seq: number): string | null {
    if (!this.#log) return null;
    const row = this.db.prepare('SELECT writer FROM change_log WHERE seq = ?').get(seq) as { writer: string } | undefined;
    return row?.writer ?? null;
  }

  /** This journal's identity, made once: a saved search index records it, so it is never used for another journal. */
  journalId(): string {
    this.db.prepare("INSERT OR IGNORE INTO settings (key, value) VALUES ('journal.id', ?)").run(randomUUID());
    return (this.db.prepare("SELECT value FROM settings WHERE key = 'journal.id'").get() as { value: string }).value;
  }

  /** Keeps the newest changes of the log (a follower reads it within a second; nothing needs older ones). */
  trimChangeLog(): void {
    if (this.#log) this.db.prepare('DELETE FROM change_log WHERE seq <= (SELECT max(seq) FROM change_log) - ?').run(logKept);
  }

  #dataVersion(): number {
    return this.db.pragma('data_version', { simple: true }) as number;
  }

  #stopFollowing(): void {
    if (this.#following) clearInterval(this.#following.timer);
    this.#following = null;
  }

  /**
   * Reads what other connections committed since the last look, and tells the listeners. Cheap when
   * nothing changed; `now` reads the log even when SQLite says nothing changed (the first look).
   */
  catchUp(options: { now?: boolean } = {}): void {
    const following = this.#following;
    if (!following || !this.db.open || this.#depth > 0) return;
    const version = this.#dataVersion();
    if (version === following.dataVersion && !options.now) return;
    following.dataVersion = version;
    const rows = this.db.prepare('SELECT seq, kind, record_id, change, writer FROM change_log WHERE seq > ? ORDER BY seq').all(following.seen) as Array<{ seq: number; kind: RecordKind; record_id: string; change: RecordChange['change']; writer: string }>;
    const theirs: RecordChange[] = [];
    for (const row of rows) {
      following.seen = row.seq;
      if (row.writer !== this.#writer && (recordKinds as readonly string[]).includes(row.kind)) theirs.push({ kind: row.kind, id: row.record_id, change: row.change });
    }
    if (theirs.length > 0) this.#tell(theirs);
  }

  /** Listens to every committed change; returns a function that stops listening. */
  onChanges(listener: ChangeListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  close(): void {
    this.#stopFollowing();
    this.#listeners.clear();
    this.db.close();
  }

  #flush(): void {
    if (this.#pending.length === 0) return;
    const changes = this.#pending;
    this.#pending = [];
    this.#tell(changes);
  }

  #tell(changes: readonly RecordChange[]): void {
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

  readonly #statements = new Map<string, Statement>();

  /** A statement prepared once and kept: for reads asked many times a second (search snippets). */
  protected statement(sql: string): Statement {
    let prepared = this.#statements.get(sql);
    if (!prepared) this.#statements.set(sql, (prepared = this.db.prepare(sql)));
    return prepared;
  }
}
