// Lessons of the leader's own, in SQLite. Only storage lives here: the handlers pick ids and check
// sources. Every write is one transaction that gives the lesson a new revision and is announced as
// a change of the "Your lessons" pack, so the library, and search after it, read the lessons again
// (in this process, or in another one at its next library call).
import { randomUUID } from 'node:crypto';
import type { LessonMode, PersonalLesson } from '../../shared/contract';
import { personalPack } from '../../shared/contract';
import { momentLabel } from '../../shared/clockTime';
import { FulcrumError } from '../../shared/errors';
import type { OwnLessons } from '../library/librarySource';
import { SqlStore } from '../storage/storage';
import type { ParsedItem } from '../library/parseItem';
import { itemIdOfLesson, personalLessonItem } from './lessonItem';

interface LessonRow {
  id: string;
  title: string;
  mode: LessonMode | null;
  tags: string;
  body_md: string;
  note_id: string | null;
  episode_id: string | null;
  at_seconds: number | null;
  quote: string | null;
  episode_title: string | null;
  created_at: string;
  updated_at: string;
}

const selectLessons = `
  SELECT l.*, e.title AS episode_title
  FROM personal_lessons l LEFT JOIN episodes e ON e.id = l.episode_id`;
const newestFirst = 'ORDER BY l.created_at DESC, l.id';

export interface LessonFields {
  title: string;
  mode: LessonMode | null;
  tags: string[];
  body: string;
}

export interface LessonOrigin {
  noteId: string | null;
  episodeId: string | null;
  at: number | null;
  quote: string | null;
}

const toLesson = (row: LessonRow): PersonalLesson => ({
  id: row.id,
  itemId: itemIdOfLesson(row.id),
  title: row.title,
  mode: row.mode,
  tags: JSON.parse(row.tags) as string[],
  body: row.body_md,
  source: {
    noteId: row.note_id,
    episodeId: row.episode_id,
    at: row.at_seconds,
    quote: row.quote,
    label: row.episode_title === null ? null : momentLabel(row.episode_title, row.at_seconds),
  },
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

export class PersonalLessonStore extends SqlStore implements OwnLessons {
  list(query: { episodeId?: string | undefined; noteId?: string | undefined } = {}): PersonalLesson[] {
    const where: string[] = [];
    if (query.episodeId) where.push('l.episode_id = @episodeId');
    if (query.noteId) where.push('l.note_id = @noteId');
    const sql = `${selectLessons} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ${newestFirst}`;
    return (this.db.prepare(sql).all({ episodeId: query.episodeId, noteId: query.noteId }) as LessonRow[]).map(toLesson);
  }

  find(id: string): PersonalLesson | undefined {
    const row = this.db.prepare(`${selectLessons} WHERE l.id = ?`).get(id) as LessonRow | undefined;
    return row ? toLesson(row) : undefined;
  }

  get(id: string): PersonalLesson {
    const lesson = this.find(id);
    if (!lesson) throw new FulcrumError('not-found', `You have no lesson of your own called "${id}". It may have been deleted in another window.`);
    return lesson;
  }

  /** Changes whenever a lesson is added, edited or removed (the library reads them again then). */
  revision(): string {
    return (this.db.prepare("SELECT count(*) || ':' || coalesce(max(updated_at), '') || ':' || coalesce(group_concat(revision, ''), '') AS r FROM personal_lessons").get() as { r: string }).r;
  }

  create(id: string, fields: LessonFields, origin: LessonOrigin): PersonalLesson {
    const now = this.now().toISOString();
    this.storage.transaction(() => {
      this.db
        .prepare(
          `INSERT INTO personal_lessons (id, title, mode, tags, body_md, note_id, episode_id, at_seconds, quote, revision, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(id, fields.title, fields.mode, JSON.stringify(fields.tags), fields.body, origin.noteId, origin.episodeId, origin.at, origin.quote, randomUUID(), now, now);
      this.storage.announce('pack', personalPack.id, 'updated');
      if (origin.noteId) this.storage.announce('note', origin.noteId, 'updated');
    });
    return this.get(id);
  }

  update(id: string, fields: LessonFields): PersonalLesson {
    this.storage.transaction(() => {
      const result = this.db
        .prepare('UPDATE personal_lessons SET title = ?, mode = ?, tags = ?, body_md = ?, revision = ?, updated_at = ? WHERE id = ?')
        .run(fields.title, fields.mode, JSON.stringify(fields.tags), fields.body, randomUUID(), this.now().toISOString(), id);
      if (result.changes === 0) throw new FulcrumError('not-found', `You have no lesson of your own called "${id}", so nothing was saved. It may have been deleted in another window.`);
      this.storage.announce('pack', personalPack.id, 'updated');
    });
    return this.get(id);
  }

  /** What applies or links a lesson (in the bin too: it may come back), counted. */
  uses(id: string): { actions: number; entries: number; notes: number; briefs: number } {
    return this.db
      .prepare(
        `SELECT (SELECT count(*) FROM action_lessons WHERE lesson_id = @id) AS actions,
                (SELECT count(*) FROM entry_lessons WHERE lesson_id = @id) AS entries,
                (SELECT count(*) FROM episode_notes WHERE lesson_id = @id) AS notes,
                (SELECT count(*) FROM brief_lessons WHERE lesson_id = @id) AS briefs`,
      )
      .get({ id }) as { actions: number; entries: number; notes: number; briefs: number };
  }

  /** The lessons as the library holds them: each an item of the pack "Your lessons". */
  items(): ParsedItem[] {
    return this.list().map(personalLessonItem);
  }

  delete(id: string): PersonalLesson {
    return this.storage.transaction(() => {
      const lesson = this.get(id);
      this.db.prepare('DELETE FROM personal_lessons WHERE id = ?').run(id);
      this.storage.announce('pack', personalPack.id, 'updated');
      if (lesson.source.noteId) this.storage.announce('note', lesson.source.noteId, 'updated');
      return lesson;
    });
  }
}
