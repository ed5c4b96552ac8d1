// Journal entries in SQLite: every write is one transaction, lesson links are stored as rows. An
// entry's Markdown keeps stable ids in its links; it is read with each link labelled as it reads now.
import { randomUUID } from 'node:crypto';
import type { JournalEntry, JournalEntryInput, JournalListQuery } from '../../shared/contract';
import { FulcrumError } from '../../shared/errors';
import { relabel, type LabelOf } from '../../shared/inlineLinks';
import { pagesById, SqlStore, type Storage } from '../storage/storage';

interface EntryRow {
  id: string;
  entry_date: string;
  title: string;
  body_md: string;
  created_at: string;
  updated_at: string;
  lesson_ids: string | null;
  person_ids: string | null;
  action_ids: string | null;
  one_on_one_with: string | null;
}

const selectEntries = `
  SELECT e.*, (SELECT json_group_array(lesson_id) FROM (
      SELECT lesson_id FROM entry_lessons WHERE entry_id = e.id ORDER BY position)) AS lesson_ids,
    (SELECT json_group_array(person_id) FROM entry_people WHERE entry_id = e.id) AS person_ids,
    (SELECT json_group_array(action_id) FROM entry_actions WHERE entry_id = e.id) AS action_ids
  FROM journal_entries e`;
const live = 'e.deleted_at IS NULL';
const newestFirst = 'ORDER BY e.entry_date DESC, e.created_at DESC, e.id';

function toEntry(row: EntryRow, labelOf: LabelOf): JournalEntry {
  return {
    id: row.id,
    date: row.entry_date,
    title: row.title,
    body: relabel(row.body_md, labelOf),
    lessonIds: row.lesson_ids ? (JSON.parse(row.lesson_ids) as string[]) : [],
    personIds: row.person_ids ? (JSON.parse(row.person_ids) as string[]) : [],
    actionIds: row.action_ids ? (JSON.parse(row.action_ids) as string[]) : [],
    oneOnOneWith: row.one_on_one_with,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** What an entry is written with; links to people and actions are optional. */
export type EntryInput = Omit<JournalEntryInput, 'personIds' | 'actionIds'> & { personIds?: string[]; actionIds?: string[] };

export class JournalStore extends SqlStore {
  readonly #toEntry: (row: EntryRow) => JournalEntry;

  /** `labelOf` says what a link reads as now (see linkLabels); without it links keep their labels. */
  constructor(storage: Storage, now: () => Date, labelOf: LabelOf = () => undefined) {
    super(storage, now);
    this.#toEntry = (row) => toEntry(row, labelOf);
  }

  list(query: JournalListQuery): JournalEntry[] {
    const where = [live];
    const params: unknown[] = [];
    const add = (clause: string, value: string) => {
      where.push(clause);
      params.push(value);
    };
    if (query.lessonId) add('e.id IN (SELECT entry_id FROM entry_lessons WHERE lesson_id = ?)', query.lessonId);
    if (query.personId) add('e.id IN (SELECT entry_id FROM entry_people WHERE person_id = ?)', query.personId);
    if (query.actionId) add('e.id IN (SELECT entry_id FROM entry_actions WHERE action_id = ?)', query.actionId);
    if (query.episodeId) {
      where.push("(instr(e.body_md, '(episode:' || ? || ')') > 0 OR instr(e.body_md, '(episode:' || ? || '@') > 0)");
      params.push(query.episodeId, query.episodeId);
    }
    if (query.date) add('e.entry_date = ?', query.date);
    if (query.from) add('e.entry_date >= ?', query.from);
    if (query.to) add('e.entry_date <= ?', query.to);
    return (this.db.prepare(`${selectEntries} WHERE ${where.join(' AND ')} ${newestFirst} LIMIT ?`).all(...params, query.limit) as EntryRow[]).map(this.#toEntry);
  }

  /** Every live entry in pages, for indexing (see pagesById). */
  pages(size: number): Generator<JournalEntry[]> {
    const select = this.db.prepare(`${selectEntries} WHERE ${live} AND e.id > ? ORDER BY e.id LIMIT ?`);
    return pagesById((after, limit) => (select.all(after, limit) as EntryRow[]).map(this.#toEntry), size);
  }

  count(): number {
    return (this.db.prepare('SELECT count(*) AS n FROM journal_entries WHERE deleted_at IS NULL').get() as { n: number }).n;
  }

  find(id: string): JournalEntry | undefined {
    const row = this.db.prepare(`${selectEntries} WHERE ${live} AND e.id = ?`).get(id) as EntryRow | undefined;
    return row ? this.#toEntry(row) : undefined;
  }

  get(id: string): JournalEntry {
    const entry = this.find(id);
    if (!entry) throw new FulcrumError('not-found', 'That journal entry no longer exists. It may have been deleted in another window.');
    return entry;
  }

  create(input: EntryInput): JournalEntry {
    const id = randomUUID();
    const now = this.now().toISOString();
    this.storage.transaction(() => {
      this.#checkOneOnOne(input, id);
      this.db
        .prepare('INSERT INTO journal_entries (id, entry_date, title, body_md, one_on_one_with, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
        .run(id, input.date, input.title, input.body, input.oneOnOneWith ?? null, now, now);
      this.#writeLinks(id, input);
      this.storage.announce('journal', id, 'created');
    });
    return this.get(id);
  }

  update(id: string, input: EntryInput): JournalEntry {
    this.storage.transaction(() => {
      const oneOnOneWith = input.oneOnOneWith === undefined ? (this.find(id)?.oneOnOneWith ?? null) : input.oneOnOneWith;
      this.#checkOneOnOne({ date: input.date, oneOnOneWith }, id);
      const result = this.db
        .prepare('UPDATE journal_entries SET entry_date = ?, title = ?, body_md = ?, one_on_one_with = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL')
        .run(input.date, input.title, input.body, oneOnOneWith, this.now().toISOString(), id);
      if (result.changes === 0) {
        throw new FulcrumError('not-found', 'That journal entry no longer exists, so it could not be saved. Copy your text before leaving the page.');
      }
      for (const table of ['entry_lessons', 'entry_people', 'entry_actions']) this.db.prepare(`DELETE FROM ${table} WHERE entry_id = ?`).run(id);
      this.#writeLinks(id, input);
      this.storage.announce('journal', id, 'updated');
    });
    return this.get(id);
  }

  /** Moves an entry to the bin: it disappears everywhere but keeps its id and links for restore. */
  delete(id: string): JournalEntry {
    return this.storage.transaction(() => {
      const entry = this.get(id);
      this.db.prepare('UPDATE journal_entries SET deleted_at = ? WHERE id = ?').run(this.now().toISOString(), id);
      this.storage.announce('journal', id, 'deleted');
      return entry;
    });
  }

  /** The live 1:1 note with a person on a day, if there is one. */
  oneOnOneOn(personId: string, date: string): JournalEntry | undefined {
    const row = this.db.prepare(`${selectEntries} WHERE ${live} AND e.one_on_one_with = ? AND e.entry_date = ?`).get(personId, date) as EntryRow | undefined;
    return row ? this.#toEntry(row) : undefined;
  }

  /** The last live 1:1 note with a person before a day. */
  oneOnOneBefore(personId: string, date: string): JournalEntry | undefined {
    const row = this.db.prepare(`${selectEntries} WHERE ${live} AND e.one_on_one_with = ? AND e.entry_date < ? ${newestFirst} LIMIT 1`).get(personId, date) as EntryRow | undefined;
    return row ? this.#toEntry(row) : undefined;
  }

  /** The day of each person's last 1:1 up to a day (inclusive), by person id. */
  lastOneOnOnes(upTo: string): Map<string, string> {
    const rows = this.db
      .prepare(`SELECT one_on_one_with AS person, max(entry_date) AS day FROM journal_entries e WHERE ${live} AND one_on_one_with IS NOT NULL AND entry_date <= ? GROUP BY one_on_one_with`)
      .all(upTo) as Array<{ person: string; day: string }>;
    return new Map(rows.map((row) => [row.person, row.day]));
  }

  /** One live 1:1 note per person and day: a second is refused in words, before SQLite would. */
  #checkOneOnOne(input: { date: string; oneOnOneWith?: string | null | undefined }, id: string): void {
    if (!input.oneOnOneWith) return;
    const existing = this.oneOnOneOn(input.oneOnOneWith, input.date);
    if (existing && existing.id !== id) {
      throw new FulcrumError('conflict', `There is already a 1:1 note with this person on ${input.date} ("${existing.title || 'untitled'}"). Add to that note instead; nothing was saved.`);
    }
  }

  /** Brings a binned entry back exactly as it was (the Undo of delete). */
  restore(id: string): JournalEntry {
    const binned = this.db.prepare('SELECT entry_date AS date, one_on_one_with AS person FROM journal_entries WHERE id = ? AND deleted_at IS NOT NULL').get(id) as { date: string; person: string | null } | undefined;
    if (binned?.person && this.oneOnOneOn(binned.person, binned.date)) {
      throw new FulcrumError('conflict', `Another 1:1 note with this person was written for ${binned.date} since, so this one cannot come back beside it. Open that note and add to it instead.`);
    }
    const result = this.db.prepare('UPDATE journal_entries SET deleted_at = NULL WHERE id = ? AND deleted_at IS NOT NULL').run(id);
    if (result.changes === 0) {
      throw new FulcrumError('not-found', this.find(id) ? 'That journal entry is not deleted, so there is nothing to restore.' : 'That journal entry is no longer in the bin, so it cannot be restored.');
    }
    this.storage.announce('journal', id, 'restored');
    return this.get(id);
  }

  /** Erases entries that have been in the bin since before `cutoff`. Returns how many. */
  purgeBinnedBefore(cutoff: Date): number {
    return this.db.prepare('DELETE FROM journal_entries WHERE deleted_at IS NOT NULL AND deleted_at < ?').run(cutoff.toISOString()).changes;
  }

  #writeLinks(entryId: string, input: EntryInput): void {
    const lesson = this.db.prepare('INSERT OR IGNORE INTO entry_lessons (entry_id, lesson_id, position) VALUES (?, ?, ?)');
    input.lessonIds.forEach((lessonId, position) => lesson.run(entryId, lessonId, position));
    const person = this.db.prepare('INSERT OR IGNORE INTO entry_people (entry_id, person_id) VALUES (?, ?)');
    for (const personId of input.personIds ?? []) person.run(entryId, personId);
    const action = this.db.prepare('INSERT OR IGNORE INTO entry_actions (entry_id, action_id) VALUES (?, ?)');
    for (const actionId of input.actionIds ?? []) action.run(entryId, actionId);
  }
}
