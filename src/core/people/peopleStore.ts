// People the leader coaches or sells to. A person with history is archived, never deleted, so no
// action or entry about them is ever lost.
import { randomUUID } from 'node:crypto';
import type { Person, PersonInput } from '../../shared/contract';
import { FulcrumError } from '../../shared/errors';
import { pagesById, SqlStore } from '../storage/storage';

interface PersonRow {
  id: string;
  name: string;
  role: string;
  relation: Person['relation'];
  notes: string;
  team: string;
  manager_id: string | null;
  archived_at: string | null;
  created_at: string;
  updated_at: string;
}

function toPerson(row: PersonRow): Person {
  return {
    id: row.id,
    name: row.name,
    role: row.role,
    relation: row.relation,
    notes: row.notes,
    team: row.team,
    managerId: row.manager_id,
    archived: row.archived_at !== null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export class PeopleStore extends SqlStore {
  list(options: { includeArchived?: boolean } = {}): Person[] {
    const where = options.includeArchived ? '' : 'WHERE archived_at IS NULL';
    return (this.db.prepare(`SELECT * FROM people ${where} ORDER BY archived_at IS NOT NULL, name COLLATE NOCASE, id`).all() as PersonRow[]).map(toPerson);
  }

  /** Everyone, archived included, in pages, for indexing (see pagesById). */
  pages(size: number): Generator<Person[]> {
    const select = this.db.prepare('SELECT * FROM people WHERE id > ? ORDER BY id LIMIT ?');
    return pagesById((after, limit) => (select.all(after, limit) as PersonRow[]).map(toPerson), size);
  }

  count(): number {
    return (this.db.prepare('SELECT count(*) AS n FROM people').get() as { n: number }).n;
  }

  find(id: string): Person | undefined {
    const row = this.db.prepare('SELECT * FROM people WHERE id = ?').get(id) as PersonRow | undefined;
    return row ? toPerson(row) : undefined;
  }

  get(id: string): Person {
    const person = this.find(id);
    if (!person) throw new FulcrumError('not-found', 'That person is not in your journal. They may have been removed in another window.');
    return person;
  }

  create(input: PersonInput): Person {
    const id = randomUUID();
    const now = this.now().toISOString();
    this.storage.transaction(() => {
      this.#checkManager(id, input.managerId ?? null);
      this.db
        .prepare('INSERT INTO people (id, name, role, relation, notes, team, manager_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
        .run(id, input.name, input.role, input.relation, input.notes, input.team ?? '', input.managerId ?? null, now, now);
      this.storage.announce('person', id, 'created');
    });
    return this.get(id);
  }

  update(id: string, input: PersonInput): Person {
    this.storage.transaction(() => {
      const before = this.get(id);
      const managerId = input.managerId === undefined ? before.managerId : input.managerId;
      this.#checkManager(id, managerId);
      this.db
        .prepare('UPDATE people SET name = ?, role = ?, relation = ?, notes = ?, team = ?, manager_id = ?, updated_at = ? WHERE id = ?')
        .run(input.name, input.role, input.relation, input.notes, input.team ?? before.team, managerId, this.now().toISOString(), id);
      this.storage.announce('person', id, 'updated');
    });
    return this.get(id);
  }

  /** Every team name in use, sorted. */
  teams(): string[] {
    return (this.db.prepare("SELECT DISTINCT team FROM people WHERE team <> '' ORDER BY team COLLATE NOCASE").all() as Array<{ team: string }>).map((row) => row.team);
  }

  /** A manager must be someone else in the journal, and nobody may end up managing themselves up the line. */
  #checkManager(id: string, managerId: string | null): void {
    if (managerId === null) return;
    if (managerId === id) throw new FulcrumError('invalid-input', 'Someone cannot report to themselves. Choose another manager, or none; nothing was saved.');
    const manager = this.find(managerId);
    if (!manager) throw new FulcrumError('invalid-input', 'That manager is not in your journal. Choose someone from your people, or none; nothing was saved.');
    const seen = new Set([id]);
    for (let above: Person | undefined = manager; above; above = above.managerId ? this.find(above.managerId) : undefined) {
      if (seen.has(above.id)) throw new FulcrumError('invalid-input', `${manager.name} already reports, directly or through others, to this person, so they cannot be their manager too. Nothing was saved.`);
      seen.add(above.id);
    }
  }

  setArchived(id: string, archived: boolean): Person {
    const now = this.now().toISOString();
    const result = this.db.prepare('UPDATE people SET archived_at = ?, updated_at = ? WHERE id = ?').run(archived ? now : null, now, id);
    if (result.changes === 0) throw new FulcrumError('not-found', 'That person is not in your journal any more.');
    this.storage.announce('person', id, 'updated');
    return this.get(id);
  }

  /** Removes a person with no history at all; anyone with actions or entries must be archived instead. */
  delete(id: string): Person {
    return this.storage.transaction(() => {
      const person = this.get(id);
      const { actions, entries, notes } = this.db
        .prepare(
          `SELECT (SELECT count(*) FROM coaching_actions WHERE person_id = @id) AS actions,
                  (SELECT count(*) FROM entry_people WHERE person_id = @id) AS entries,
                  (SELECT count(*) FROM episode_notes WHERE person_id = @id) AS notes`,
        )
        .get({ id }) as { actions: number; entries: number; notes: number };
      if (actions + entries + notes > 0) {
        const history = new Intl.ListFormat('en', { type: 'conjunction' }).format(
          [actions ? `${actions} action${actions === 1 ? '' : 's'}` : '', entries ? `${entries} journal entr${entries === 1 ? 'y' : 'ies'}` : '', notes ? `${notes} note${notes === 1 ? '' : 's'}` : ''].filter(Boolean),
        );
        throw new FulcrumError('conflict', `${person.name} has ${history} in your journal, so they cannot be deleted. Archive them instead: their history stays, and they leave your lists.`);
      }
      this.db.prepare('DELETE FROM people WHERE id = ?').run(id);
      this.storage.announce('person', id, 'deleted');
      return person;
    });
  }
}
