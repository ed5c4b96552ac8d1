// Team briefs in SQLite: the brief, and its lessons in order with the leader's comments. Only
// storage lives here; the handlers add the lessons' titles from the library.
import { randomUUID } from 'node:crypto';
import type { Brief } from '../../shared/contract';
import { FulcrumError } from '../../shared/errors';
import { SqlStore } from '../storage/storage';

interface BriefRow {
  id: string;
  title: string;
  introduction: string;
  created_at: string;
  updated_at: string;
  lessons: string;
}

/** A brief as stored: its lessons by id, without their titles. */
export type StoredBrief = Omit<Brief, 'lessons'> & { lessons: Array<{ lessonId: string; comment: string }> };

export interface BriefContent {
  title: string;
  introduction: string;
  lessons: Array<{ lessonId: string; comment: string }>;
}

const selectBriefs = `
  SELECT b.*, (SELECT json_group_array(json_object('lessonId', lesson_id, 'comment', comment))
    FROM (SELECT lesson_id, comment FROM brief_lessons WHERE brief_id = b.id ORDER BY position)) AS lessons
  FROM briefs b`;

export class BriefStore extends SqlStore {
  #toBrief(row: BriefRow): StoredBrief {
    return {
      id: row.id,
      title: row.title,
      introduction: row.introduction,
      lessons: JSON.parse(row.lessons) as StoredBrief['lessons'],
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    };
  }

  list(): StoredBrief[] {
    return (this.db.prepare(`${selectBriefs} WHERE b.deleted_at IS NULL ORDER BY b.updated_at DESC, b.id`).all() as BriefRow[]).map((row) => this.#toBrief(row));
  }

  find(id: string): StoredBrief | undefined {
    const row = this.db.prepare(`${selectBriefs} WHERE b.deleted_at IS NULL AND b.id = ?`).get(id) as BriefRow | undefined;
    return row ? this.#toBrief(row) : undefined;
  }

  get(id: string): StoredBrief {
    const brief = this.find(id);
    if (!brief) throw new FulcrumError('not-found', 'That brief is not in Fulcrum any more. It may have been deleted in another window.');
    return brief;
  }

  create(content: BriefContent): StoredBrief {
    const id = randomUUID();
    const now = this.now().toISOString();
    this.storage.transaction(() => {
      this.db.prepare('INSERT INTO briefs (id, title, introduction, created_at, updated_at) VALUES (?, ?, ?, ?, ?)').run(id, content.title, content.introduction, now, now);
      this.#writeLessons(id, content.lessons);
    });
    return this.get(id);
  }

  update(id: string, content: BriefContent): StoredBrief {
    this.storage.transaction(() => {
      const result = this.db.prepare('UPDATE briefs SET title = ?, introduction = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL').run(content.title, content.introduction, this.now().toISOString(), id);
      if (result.changes === 0) throw new FulcrumError('not-found', 'That brief is not in Fulcrum any more, so the change was not saved.');
      this.db.prepare('DELETE FROM brief_lessons WHERE brief_id = ?').run(id);
      this.#writeLessons(id, content.lessons);
    });
    return this.get(id);
  }

  delete(id: string): StoredBrief {
    return this.storage.transaction(() => {
      const brief = this.get(id);
      this.db.prepare('UPDATE briefs SET deleted_at = ? WHERE id = ?').run(this.now().toISOString(), id);
      return brief;
    });
  }

  restore(id: string): StoredBrief {
    const result = this.db.prepare('UPDATE briefs SET deleted_at = NULL WHERE id = ? AND deleted_at IS NOT NULL').run(id);
    if (result.changes === 0) throw new FulcrumError('not-found', this.find(id) ? 'That brief is not deleted, so there is nothing to restore.' : 'That brief is no longer in the bin, so it cannot be restored.');
    return this.get(id);
  }

  /** Erases briefs binned before `cutoff`. Returns how many. */
  purgeBinnedBefore(cutoff: Date): number {
    return this.db.prepare('DELETE FROM briefs WHERE deleted_at IS NOT NULL AND deleted_at < ?').run(cutoff.toISOString()).changes;
  }

  #writeLessons(briefId: string, lessons: BriefContent['lessons']): void {
    const insert = this.db.prepare('INSERT INTO brief_lessons (brief_id, lesson_id, position, comment) VALUES (?, ?, ?, ?)');
    lessons.forEach((lesson, position) => insert.run(briefId, lesson.lessonId, position, lesson.comment));
  }
}
