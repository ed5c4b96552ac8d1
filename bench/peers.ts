// The peers Fulcrum's SearchIndex is measured against, on the same texts and the same queries:
// SQLite FTS5 (what the database gives for free) and a plain substring scan (what no index gives).
// Both read the query as SearchIndex does (queryTerms: stop words dropped unless nothing else is
// left, the last word a prefix while it is being typed) and match ANY of its words (OR semantics).
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { queryTerms } from '../src/core/search/ranking';
import type { SearchDocument } from '../src/core/search/searchDocument';
import { words } from '../src/core/search/text';
import type { LessonMode, ResultKind, SearchQuery } from '../src/shared/contract';

export interface PeerHit {
  id: string;
  title: string;
  snippet: string;
}

export interface Peer {
  readonly name: string;
  /** The first page: `query.limit` hits. */
  search(query: SearchQuery): PeerHit[];
  close(): void;
}

/** What the scan keeps of a document: its filterable fields and its words, lowercased. */
interface ScannedDoc {
  id: string;
  kind: ResultKind;
  mode?: LessonMode;
  tags: string[];
  title: string;
  /** All words of title, keywords and body, space-separated, with a space at both ends. */
  text: string;
}

const passes = (doc: ScannedDoc, query: SearchQuery) =>
  (!query.kinds?.length || query.kinds.includes(doc.kind)) &&
  (!query.modes?.length || (!!doc.mode && query.modes.includes(doc.mode))) &&
  (!query.tags?.length || query.tags.some((tag) => doc.tags.includes(tag)));

/**
 * A plain scan over every document's words held in memory: a document matches when its text
 * includes any query word as a substring (so also inside longer words). The first `limit` matches
 * in corpus order are the page: no ranking, and the snippet is the first 160 characters.
 */
export class ScanPeer implements Peer {
  readonly name = 'substring scan';
  readonly #docs: ScannedDoc[] = [];

  add(doc: SearchDocument): void {
    this.#docs.push({
      id: doc.id,
      kind: doc.kind,
      ...(doc.mode ? { mode: doc.mode } : {}),
      tags: doc.tags ?? [],
      title: doc.title,
      text: ` ${words(`${doc.title} ${doc.keywords.join(' ')} ${doc.body}`).join(' ')} `,
    });
  }

  /** Whether the document with this corpus number holds `word` as a whole word. */
  holdsWord(number: number, word: string): boolean {
    return this.#docs[number]?.text.includes(` ${word} `) ?? false;
  }

  search(query: SearchQuery): PeerHit[] {
    const terms = queryTerms(query.q).map((t) => t.word);
    const hits: PeerHit[] = [];
    if (terms.length === 0) return hits;
    for (const doc of this.#docs) {
      if (!terms.some((term) => doc.text.includes(term)) || !passes(doc, query)) continue;
      hits.push({ id: doc.id, title: doc.title, snippet: doc.text.slice(1, 161) });
      if (hits.length >= query.limit) break;
    }
    return hits;
  }

  close(): void {
    this.#docs.length = 0;
  }
}

/** An FTS5 MATCH expression: each word quoted, the word being typed as a prefix (`"conf"*`), OR between them. */
export function fts5Match(q: string): string | null {
  const terms = queryTerms(q);
  if (terms.length === 0) return null;
  return terms.map((t) => `"${t.word.replaceAll('"', '""')}"${t.prefix ? '*' : ''}`).join(' OR ');
}

/**
 * SQLite FTS5 in a temporary file: title, keywords and body columns, the porter tokenizer over
 * unicode61, prefix indexes for 2–4 characters, bm25 ranking weighted like SearchIndex's fields
 * (title 3, keywords 1.5, body 1), snippet() from the best column and highlight() of the title.
 * Filters are applied in the same statement from unindexed columns.
 */
export class Fts5Peer implements Peer {
  readonly name = 'SQLite FTS5';
  readonly #folder = mkdtempSync(path.join(os.tmpdir(), 'fulcrum-bench-fts5-'));
  readonly #db: Database.Database;
  readonly #insert: Database.Statement;
  readonly #page: Database.Statement;
  #pending: unknown[][] = [];

  constructor() {
    this.#db = new Database(path.join(this.#folder, 'fts5.sqlite'));
    this.#db.pragma('journal_mode = OFF');
    this.#db.pragma('synchronous = OFF');
    this.#db.exec(`create virtual table docs using fts5(
      title, keywords, body, id unindexed, kind unindexed, mode unindexed, tags unindexed,
      tokenize = 'porter unicode61 remove_diacritics 2', prefix = '2 3 4')`);
    this.#insert = this.#db.prepare('insert into docs (title, keywords, body, id, kind, mode, tags) values (?, ?, ?, ?, ?, ?, ?)');
    this.#page = this.#db.prepare(`select id, highlight(docs, 0, '<', '>') as title, snippet(docs, -1, '<', '>', '…', 16) as snippet
      from docs
      where docs match :match
        and (:kinds is null or kind in (select value from json_each(:kinds)))
        and (:modes is null or mode in (select value from json_each(:modes)))
        and (:tags is null or exists (select 1 from json_each(:tags) as tag where instr(docs.tags, ' ' || tag.value || ' ') > 0))
      order by bm25(docs, 3.0, 1.5, 1.0)
      limit :limit`);
  }

  /** Queues a document; `flush` writes the queue in one transaction. */
  add(doc: SearchDocument): void {
    this.#pending.push([doc.title, doc.keywords.join(' '), doc.body, doc.id, doc.kind, doc.mode ?? null, ` ${(doc.tags ?? []).join(' ')} `]);
    if (this.#pending.length >= 500) this.flush();
  }

  flush(): void {
    const rows = this.#pending;
    this.#pending = [];
    this.#db.transaction(() => {
      for (const row of rows) this.#insert.run(...row);
    })();
  }

  /** Merges the index's segments into one, as a database left alone for a while would have. */
  optimize(): void {
    this.#db.exec("insert into docs (docs) values ('optimize')");
  }

  get fileMb(): number {
    const { page_count: pages, page_size: size } = this.#db.prepare('select page_count, page_size from pragma_page_count(), pragma_page_size()').get() as { page_count: number; page_size: number };
    return Math.round((pages * size) / 1048576);
  }

  search(query: SearchQuery): PeerHit[] {
    const match = fts5Match(query.q);
    if (!match) return [];
    const list = (values: readonly string[] | undefined) => (values?.length ? JSON.stringify(values) : null);
    return this.#page.all({ match, kinds: list(query.kinds), modes: list(query.modes), tags: list(query.tags), limit: query.limit }) as PeerHit[];
  }

  close(): void {
    this.#db.close();
    rmSync(this.#folder, { recursive: true, force: true });
  }
}
