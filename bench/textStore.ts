// Where the benchmark keeps document texts, as the app does: in SQLite, read by id only for the
// hits on the page (the index holds no text). A temporary file, removed on close.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { IndexedDocument, SearchDocument, TextSource } from '../src/core/search/searchDocument';
import { Corpus } from './corpus';

export class TextStore {
  readonly #dir = mkdtempSync(path.join(os.tmpdir(), 'fulcrum-bench-texts-'));
  readonly #db = new Database(path.join(this.#dir, 'texts.db'));
  readonly #insert;
  readonly #select;
  #batch: Array<[number, string]> = [];

  constructor() {
    this.#db.pragma('journal_mode = WAL');
    this.#db.exec('CREATE TABLE texts (number INTEGER PRIMARY KEY, body TEXT NOT NULL) STRICT');
    this.#insert = this.#db.prepare('INSERT OR REPLACE INTO texts (number, body) VALUES (?, ?)');
    this.#select = this.#db.prepare('SELECT body FROM texts WHERE number = ?').pluck();
  }

  add(doc: SearchDocument): void {
    this.#batch.push([Corpus.numberOf(doc.id), doc.body]);
    if (this.#batch.length >= 500) this.flush();
  }

  flush(): void {
    const rows = this.#batch;
    this.#batch = [];
    this.#db.transaction(() => {
      for (const [number, body] of rows) this.#insert.run(number, body);
    })();
  }

  textSource(): TextSource {
    return (doc: IndexedDocument) => (this.#select.get(Corpus.numberOf(doc.id)) as string | undefined) ?? '';
  }

  close(): void {
    this.#db.close();
    rmSync(this.#dir, { recursive: true, force: true });
  }
}
