// Each person's recurring 1:1, at most one, in SQLite. A person's schedule goes when they are
// deleted; archiving keeps it but takes them off the upcoming list.
import type { OneOnOneSchedule, ScheduleInput } from '../../shared/contract';
import { FulcrumError } from '../../shared/errors';
import { SqlStore } from '../storage/storage';

interface ScheduleRow {
  person_id: string;
  cadence: OneOnOneSchedule['cadence'];
  day: number;
  starts_on: string;
}

const toSchedule = (row: ScheduleRow): OneOnOneSchedule => ({ personId: row.person_id, cadence: row.cadence, day: row.day, startsOn: row.starts_on });

export class ScheduleStore extends SqlStore {
  find(personId: string): OneOnOneSchedule | null {
    const row = this.db.prepare('SELECT * FROM one_on_one_schedules WHERE person_id = ?').get(personId) as ScheduleRow | undefined;
    return row ? toSchedule(row) : null;
  }

  /** Every schedule of a person not archived. */
  active(): OneOnOneSchedule[] {
    return (this.db.prepare('SELECT s.* FROM one_on_one_schedules s JOIN people p ON p.id = s.person_id WHERE p.archived_at IS NULL').all() as ScheduleRow[]).map(toSchedule);
  }

  set(input: ScheduleInput & { startsOn: string }): OneOnOneSchedule {
    const now = this.now().toISOString();
    try {
      this.db
        .prepare(
          `INSERT INTO one_on_one_schedules (person_id, cadence, day, starts_on, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)
           ON CONFLICT (person_id) DO UPDATE SET cadence = excluded.cadence, day = excluded.day, starts_on = excluded.starts_on, updated_at = excluded.updated_at`,
        )
        .run(input.personId, input.cadence, input.day, input.startsOn, now, now);
    } catch (error) {
      if (String(error).includes('FOREIGN KEY')) throw new FulcrumError('not-found', 'That person is not in your journal, so no 1:1 was scheduled.');
      throw error;
    }
    return this.find(input.personId) as OneOnOneSchedule;
  }

  remove(personId: string): boolean {
    return this.db.prepare('DELETE FROM one_on_one_schedules WHERE person_id = ?').run(personId).changes > 0;
  }
}
