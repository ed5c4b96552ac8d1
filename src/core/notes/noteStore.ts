// Notes at a moment of an episode, in SQLite. Each write is one transaction announced as a `note`
// change (search and the library's readers follow it). A deleted note waits in the bin, like a
// journal entry, until it is restored or purged.
import { randomUUID } from 'node:crypto';
import type { EpisodeNote, NoteListQuery } from '../../shared/contract';
import { FulcrumError } from '../../shared/errors';
import { pagesById, SqlStore } from '../storage/storage';

interface NoteRow {
  id: string;
  episode_id: string;
  episode_title: string;
  show_title: string;
  at_seconds: number;
  text_md: string;
  lesson_id: string | null;
  person_id: string | null;
  person_name: string | null;
  note_date: string;
  lessons_made: string;
  created_at: string;
  updated_at: string;
}

const selectNotes = `
  SELECT n.*, e.title AS episode_title, e.show_title AS show_title, (SELECT name FROM people WHERE id = n.person_id) AS person_name,
    (SELECT json_group_array(id) FROM (SELECT id FROM personal_lessons WHERE note_id = n.id ORDER BY created_at, id)) AS lessons_made
  FROM episode_notes n JOIN episodes e ON e.id = n.episode_id`;
const live = 'n.deleted_at IS NULL';

const toNote = (row: NoteRow): EpisodeNote => ({
  id: row.id,
  episodeId: row.episode_id,
  episodeTitle: row.episode_title,
  showTitle: row.show_title,
  at: row.at_seconds,
  text: row.text_md,
  lessonId: row.lesson_id,
  personId: row.person_id,
  personName: row.person_name,
  date: row.note_date,
  lessonIdsMade: JSON.parse(row.lessons_made) as string[],
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

export interface NoteFields {
  episodeId: string;
  at: number;
  text: string;
  lessonId: string | null;
  personId: string | null;
  date: string;
}

export class NoteStore extends SqlStore {
  list(query: NoteListQuery): EpisodeNote[] {
    const where = [live];
    const params: Record<string, unknown> = { limit: query.limit };
    const add = (clause: string, key: keyof NoteListQuery) => {
      where.push(clause);
      params[key] = query[key];
    };
    if (query.episodeId) add('n.episode_id = @episodeId', 'episodeId');
    if (query.lessonId) add('(n.lesson_id = @lessonId OR n.id IN (SELECT note_id FROM personal_lessons WHERE id = @lessonId))', 'lessonId');
    if (query.personId) add('n.person_id = @personId', 'personId');
    if (query.date) add('n.note_date = @date', 'date');
    if (query.from) add('n.note_date >= @from', 'from');
    if (query.to) add('n.note_date <= @to', 'to');
    const order = query.episodeId ? 'ORDER BY n.at_seconds, n.created_at, n.id' : 'ORDER BY n.note_date DESC, n.created_at DESC, n.id';
    return (this.db.prepare(`${selectNotes} WHERE ${where.join(' AND ')} ${order} LIMIT @limit`).all(params) as NoteRow[]).map(toNote);
  }

  /** Every live note in pages, for indexing (see pagesById). */
  pages(size: number): Generator<EpisodeNote[]> {
    const select = this.db.prepare(`${selectNotes} WHERE ${live} AND n.id > ? ORDER BY n.id LIMIT ?`);
    return pagesById((after, limit) => (select.all(after, limit) as NoteRow[]).map(toNote), size);
  }

  count(): number {
    return (this.db.prepare('SELECT count(*) AS n FROM episode_notes WHERE deleted_at IS NULL').get() as { n: number }).n;
  }

  find(id: string): EpisodeNote | undefined {
    const row = this.db.prepare(`${selectNotes} WHERE ${live} AND n.id = ?`).get(id) as NoteRow | undefined;
    return row ? toNote(row) : undefined;
  }

  get(id: string): EpisodeNote {
    const note = this.find(id);
    if (!note) throw new FulcrumError('not-found', 'That note no longer exists. It may have been deleted in another window.');
    return note;
  }

  create(fields: NoteFields): EpisodeNote {
    const id = randomUUID();
    const now = this.now().toISOString();
    this.storage.transaction(() => {
      this.db
        .prepare('INSERT INTO episode_notes (id, episode_id, at_seconds, text_md, lesson_id, person_id, note_date, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
        .run(id, fields.episodeId, fields.at, fields.text, fields.lessonId, fields.personId, fields.date, now, now);
      this.storage.announce('note', id, 'created');
    });
    return this.get(id);
  }

  update(id: string, fields: Omit<NoteFields, 'episodeId' | 'date'>): EpisodeNote {
    this.storage.transaction(() => {
      const result = this.db
        .prepare('UPDATE episode_notes SET at_seconds = ?, text_md = ?, lesson_id = ?, person_id = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL')
        .run(fields.at, fields.text, fields.lessonId, fields.personId, this.now().toISOString(), id);
      if (result.changes === 0) throw new FulcrumError('not-found', 'That note no longer exists, so it could not be saved. Copy your text before leaving.');
      this.storage.announce('note', id, 'updated');
    });
    return this.get(id);
  }

  /** Moves a note to the bin: it disappears everywhere but comes back as it was with `restore`. */
  delete(id: string): EpisodeNote {
    return this.storage.transaction(() => {
      const note = this.get(id);
      this.db.prepare('UPDATE episode_notes SET deleted_at = ? WHERE id = ?').run(this.now().toISOString(), id);
      this.storage.announce('note', id, 'deleted');
      return note;
    });
  }

  restore(id: string): EpisodeNote {
    const result = this.db.prepare('UPDATE episode_notes SET deleted_at = NULL WHERE id = ? AND deleted_at IS NOT NULL').run(id);
    if (result.changes === 0) {
      throw new FulcrumError('not-found', this.find(id) ? 'That note is not deleted, so there is nothing to restore.' : 'That note is no longer in the bin, so it cannot be restored.');
    }
    this.storage.announce('note', id, 'restored');
    return this.get(id);
  }

  /** Erases notes that have been in the bin since before `cutoff`. Returns how many. */
  purgeBinnedBefore(cutoff: Date): number {
    return this.db.prepare('DELETE FROM episode_notes WHERE deleted_at IS NOT NULL AND deleted_at < ?').run(cutoff.toISOString()).changes;
  }
}
