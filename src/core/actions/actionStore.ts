// Coaching actions in SQLite: one row per ask, share or mandate, with its lesson links. Only storage
// lives here; the rules that decide what may be written are in ./rules and ./coachingActions.
import { randomUUID } from 'node:crypto';
import type { ActionFlag, ActionKind, ActionStatus, AskForm, CoachingAction, ShareCategory } from '../../shared/contract';
import { FulcrumError } from '../../shared/errors';
import { pagesById, SqlStore } from '../storage/storage';

interface ActionRow {
  id: string;
  kind: ActionKind;
  person_id: string;
  person_name: string;
  text: string;
  notes: string;
  action_date: string;
  status: ActionStatus;
  closed_on: string | null;
  form: AskForm | null;
  confirm_how: string | null;
  confirm_when: string | null;
  confirm_help: string | null;
  due_date: string | null;
  escalates_id: string | null;
  ladder_step: number | null;
  category: ShareCategory | null;
  flags: string;
  created_at: string;
  updated_at: string;
  lesson_ids: string | null;
  episode_id: string | null;
  episode_at: number | null;
  escalated_to: string | null;
}

/** What a new action is written with: everything but what the store assigns or derives. */
export type NewAction = Unsaved<CoachingAction>;
type Unsaved<A> = A extends CoachingAction ? Omit<A, 'id' | 'personName' | 'createdAt' | 'updatedAt' | 'escalatedTo'> : never;

export interface ActionQuery {
  personId?: string | undefined;
  kind?: ActionKind | undefined;
  status?: ActionStatus | undefined;
  lessonId?: string | undefined;
  episodeId?: string | undefined;
  /** Mandates that escalate this ask. */
  escalates?: string | undefined;
  /** Inclusive YYYY-MM-DD bounds on the action's date. */
  from?: string | undefined;
  to?: string | undefined;
  limit?: number | undefined;
}

const selectActions = `
  SELECT a.*, p.name AS person_name,
    (SELECT json_group_array(lesson_id) FROM (SELECT lesson_id FROM action_lessons WHERE action_id = a.id ORDER BY position)) AS lesson_ids,
    (SELECT m.id FROM coaching_actions m WHERE m.escalates_id = a.id AND m.deleted_at IS NULL ORDER BY m.ladder_step DESC, m.created_at DESC LIMIT 1) AS escalated_to
  FROM coaching_actions a JOIN people p ON p.id = a.person_id`;
const live = 'a.deleted_at IS NULL';
const newestFirst = 'ORDER BY a.action_date DESC, a.created_at DESC, a.id';

function toAction(row: ActionRow): CoachingAction {
  const base = {
    id: row.id,
    personId: row.person_id,
    personName: row.person_name,
    text: row.text,
    notes: row.notes,
    date: row.action_date,
    status: row.status,
    closedOn: row.closed_on,
    lessonIds: row.lesson_ids ? (JSON.parse(row.lesson_ids) as string[]) : [],
    episode: row.episode_id ? { id: row.episode_id, at: row.episode_at } : null,
    flags: JSON.parse(row.flags) as ActionFlag[],
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
  switch (row.kind) {
    case 'ask':
      return {
        ...base,
        kind: 'ask',
        form: row.form ?? 'request',
        confirmations: { how: row.confirm_how, when: row.confirm_when, help: row.confirm_help },
        escalatedTo: row.escalated_to,
      };
    case 'mandate':
      return { ...base, kind: 'mandate', dueDate: row.due_date, escalates: row.escalates_id, step: row.ladder_step ?? 1 };
    case 'share':
      return { ...base, kind: 'share', category: row.category ?? 'idea' };
  }
}

/** An action as its row's columns (named parameters of insert and update); other kinds' columns stay null. */
function columnsOf(action: NewAction) {
  const { kind, personId, text, notes, date, status, closedOn } = action;
  const ask = action.kind === 'ask' ? action : null;
  const mandate = action.kind === 'mandate' ? action : null;
  return {
    kind,
    personId,
    text,
    notes,
    date,
    status,
    closedOn,
    form: ask?.form ?? null,
    how: ask?.confirmations.how ?? null,
    when: ask?.confirmations.when ?? null,
    help: ask?.confirmations.help ?? null,
    dueDate: mandate?.dueDate ?? null,
    escalates: mandate?.escalates ?? null,
    step: mandate?.step ?? null,
    category: action.kind === 'share' ? action.category : null,
    episodeId: action.episode?.id ?? null,
    episodeAt: action.episode?.at ?? null,
    flags: JSON.stringify(action.flags),
  };
}

export class ActionStore extends SqlStore {
  list(query: ActionQuery = {}): CoachingAction[] {
    const where = [live];
    const params: unknown[] = [];
    const add = (clause: string, value: unknown) => {
      where.push(clause);
      params.push(value);
    };
    if (query.personId) add('a.person_id = ?', query.personId);
    if (query.kind) add('a.kind = ?', query.kind);
    if (query.status) add('a.status = ?', query.status);
    if (query.lessonId) add('a.id IN (SELECT action_id FROM action_lessons WHERE lesson_id = ?)', query.lessonId);
    if (query.episodeId) add('a.episode_id = ?', query.episodeId);
    if (query.escalates) add('a.escalates_id = ?', query.escalates);
    if (query.from) add('a.action_date >= ?', query.from);
    if (query.to) add('a.action_date <= ?', query.to);
    const limit = query.limit ? `LIMIT ${Math.floor(query.limit)}` : '';
    return (this.db.prepare(`${selectActions} WHERE ${where.join(' AND ')} ${newestFirst} ${limit}`).all(...params) as ActionRow[]).map(toAction);
  }

  /** Open asks and mandates, for follow-ups and mandate candidates. */
  openOrMissed(): CoachingAction[] {
    return (this.db.prepare(`${selectActions} WHERE ${live} AND a.status IN ('open', 'missed') ${newestFirst}`).all() as ActionRow[]).map(toAction);
  }

  /** Every live action in pages, for indexing (see pagesById). */
  pages(size: number): Generator<CoachingAction[]> {
    const select = this.db.prepare(`${selectActions} WHERE ${live} AND a.id > ? ORDER BY a.id LIMIT ?`);
    return pagesById((after, limit) => (select.all(after, limit) as ActionRow[]).map(toAction), size);
  }

  count(): number {
    return (this.db.prepare('SELECT count(*) AS n FROM coaching_actions WHERE deleted_at IS NULL').get() as { n: number }).n;
  }

  /** Just the date and kind of live actions in a date range, for the balance view. */
  datedKinds(from: string, to: string, personId: string | null): Array<{ date: string; kind: ActionKind }> {
    const person = personId ? 'AND person_id = ?' : '';
    const rows = this.db
      .prepare(`SELECT action_date AS date, kind FROM coaching_actions WHERE deleted_at IS NULL AND action_date >= ? AND action_date < ? ${person}`)
      .all(...[from, to, ...(personId ? [personId] : [])]);
    return rows as Array<{ date: string; kind: ActionKind }>;
  }

  find(id: string): CoachingAction | undefined {
    const row = this.db.prepare(`${selectActions} WHERE ${live} AND a.id = ?`).get(id) as ActionRow | undefined;
    return row ? toAction(row) : undefined;
  }

  get(id: string): CoachingAction {
    const action = this.find(id);
    if (!action) throw new FulcrumError('not-found', 'That action is not in your journal. It may have been deleted in another window.');
    return action;
  }

  /** Runs `work` in one transaction (several writes that must land together, like an escalation). */
  transaction<T>(work: () => T): T {
    return this.storage.transaction(work);
  }

  insert(action: NewAction): CoachingAction {
    const id = randomUUID();
    const now = this.now().toISOString();
    this.transaction(() => {
      this.db
        .prepare(
          `INSERT INTO coaching_actions (id, kind, person_id, text, notes, action_date, status, closed_on, form, confirm_how, confirm_when,
             confirm_help, due_date, escalates_id, ladder_step, category, episode_id, episode_at, flags, created_at, updated_at)
           VALUES (@id, @kind, @personId, @text, @notes, @date, @status, @closedOn, @form, @how, @when, @help, @dueDate, @escalates, @step,
             @category, @episodeId, @episodeAt, @flags, @now, @now)`,
        )
        .run({ ...columnsOf(action), id, now });
      this.#writeLessons(id, action.lessonIds);
      this.storage.announce('action', id, 'created');
    });
    return this.get(id);
  }

  /** Writes an action back as given (its kind and person never change). */
  update(action: CoachingAction): CoachingAction {
    const { id } = action;
    this.transaction(() => {
      const result = this.db
        .prepare(
          `UPDATE coaching_actions SET text = @text, notes = @notes, action_date = @date, status = @status, closed_on = @closedOn,
             form = @form, confirm_how = @how, confirm_when = @when, confirm_help = @help, due_date = @dueDate, escalates_id = @escalates,
             ladder_step = @step, category = @category, episode_id = @episodeId, episode_at = @episodeAt, flags = @flags, updated_at = @now
           WHERE id = @id AND deleted_at IS NULL`,
        )
        .run({ ...columnsOf(action), id, now: this.now().toISOString() });
      if (result.changes === 0) throw new FulcrumError('not-found', 'That action is not in your journal any more, so the change was not saved.');
      this.db.prepare('DELETE FROM action_lessons WHERE action_id = ?').run(id);
      this.#writeLessons(id, action.lessonIds);
      this.storage.announce('action', id, 'updated');
    });
    return this.get(id);
  }

  /** Moves an action to the bin; it keeps its id and links so Undo can bring it back. */
  bin(id: string): CoachingAction {
    return this.transaction(() => {
      const action = this.get(id);
      this.db.prepare('UPDATE coaching_actions SET deleted_at = ? WHERE id = ?').run(this.now().toISOString(), id);
      this.storage.announce('action', id, 'deleted');
      return action;
    });
  }

  restore(id: string): CoachingAction {
    const result = this.db.prepare('UPDATE coaching_actions SET deleted_at = NULL WHERE id = ? AND deleted_at IS NOT NULL').run(id);
    if (result.changes === 0) throw new FulcrumError('not-found', this.find(id) ? 'That action is not deleted, so there is nothing to restore.' : 'That action is no longer in the bin, so it cannot be restored.');
    this.storage.announce('action', id, 'restored');
    return this.get(id);
  }

  /** Erases actions binned before `cutoff` that nothing refers to any more. Returns how many. */
  purgeBinnedBefore(cutoff: Date): number {
    return this.db
      .prepare(
        `DELETE FROM coaching_actions WHERE deleted_at IS NOT NULL AND deleted_at < ?
           AND id NOT IN (SELECT escalates_id FROM coaching_actions WHERE escalates_id IS NOT NULL)
           AND id NOT IN (SELECT action_id FROM entry_actions)`,
      )
      .run(cutoff.toISOString()).changes;
  }

  #writeLessons(actionId: string, lessonIds: string[]): void {
    const insert = this.db.prepare('INSERT OR IGNORE INTO action_lessons (action_id, lesson_id, position) VALUES (?, ?, ?)');
    lessonIds.forEach((lessonId, position) => insert.run(actionId, lessonId, position));
  }
}
