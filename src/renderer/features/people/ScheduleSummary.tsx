// A person's recurring 1:1 in a line ("Weekly on Friday · next: Fri 21 Mar, due today"), and the
// small form that sets it: weekly, every other week or monthly, on a weekday or a day of the month.
import { useId, useState } from 'react';
import type { Cadence, NextOneOnOne, OneOnOneSchedule } from '../../../shared/contract';
import { useClient } from '../../transport/connection';
import { formatDay } from '../../ui/formatDate';
import { MenuSelect } from '../../ui/MenuSelect';
import { useToast } from '../../ui/Toasts';
import { errorText } from '../../ui/useLoad';

export const weekdays = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

const ordinal = (n: number) => `${n}${n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th'}`;

export function cadenceText(schedule: Pick<OneOnOneSchedule, 'cadence' | 'day'>): string {
  if (schedule.cadence === 'monthly') return `Monthly on the ${ordinal(schedule.day)}`;
  const day = weekdays[schedule.day - 1] ?? '';
  return schedule.cadence === 'weekly' ? `Weekly on ${day}` : `Every other ${day}`;
}

export function nextText(next: NextOneOnOne): string {
  if (next.state === 'due') return 'due today';
  if (next.state === 'overdue') return `overdue since ${formatDay(next.date)}`;
  return formatDay(next.date, 'full');
}

interface Props {
  personId: string;
  schedule: OneOnOneSchedule | null;
  next: NextOneOnOne | null;
  onChanged: () => void;
}

export function ScheduleSummary({ personId, schedule, next, onChanged }: Props) {
  const client = useClient();
  const toast = useToast();
  const formId = useId();
  const [editing, setEditing] = useState(false);
  const [cadence, setCadence] = useState<Cadence>(schedule?.cadence ?? 'weekly');
  const [day, setDay] = useState(String(schedule?.day ?? 1));
  const [error, setError] = useState<string | null>(null);

  const save = async () => {
    setError(null);
    try {
      const saved = await client.oneOnOnes.schedule({ personId, cadence, day: Number(day) });
      toast({ message: `1:1 scheduled: ${cadenceText(saved).toLowerCase()}`, tone: 'success' });
      setEditing(false);
      onChanged();
    } catch (failure) {
      setError(errorText(failure));
    }
  };
  const remove = async () => {
    await client.oneOnOnes.unschedule({ personId });
    toast({ message: 'The recurring 1:1 was removed', tone: 'success' });
    setEditing(false);
    onChanged();
  };

  const chooseCadence = (value: string) => {
    setCadence(value as Cadence);
    if (value !== 'monthly' && Number(day) > 7) setDay('1');
  };
  const dayChoices =
    cadence === 'monthly'
      ? Array.from({ length: 31 }, (_, i) => ({ value: String(i + 1), label: `The ${ordinal(i + 1)}${i + 1 > 28 ? ' (or the month’s last day)' : ''}` }))
      : weekdays.map((name, i) => ({ value: String(i + 1), label: name }));

  return (
    <div className="schedule-summary">
      <p className={`schedule-line ${next && next.state !== 'upcoming' ? 'is-due' : ''}`} role="status" aria-label="1:1 schedule">
        {schedule && next ? (
          <>
            <strong>{cadenceText(schedule)}</strong> · next 1:1: {nextText(next)}
          </>
        ) : (
          'No recurring 1:1 yet.'
        )}{' '}
        {!editing && (
          <button type="button" className="link-button" onClick={() => setEditing(true)} aria-expanded={false} aria-controls={formId}>
            {schedule ? 'Change' : 'Schedule 1:1s'}
          </button>
        )}
      </p>
      {editing && (
        <form
          id={formId}
          className="schedule-form"
          aria-label="Schedule 1:1s"
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <MenuSelect
            label="How often"
            value={cadence}
            choices={[
              { value: 'weekly', label: 'Every week' },
              { value: 'biweekly', label: 'Every other week' },
              { value: 'monthly', label: 'Every month' },
            ]}
            onChange={chooseCadence}
            className="menu-select-field"
          />
          <MenuSelect label={cadence === 'monthly' ? 'Day of the month' : 'Day'} value={day} choices={dayChoices} onChange={setDay} className="menu-select-field" />
          <button type="submit" className="button button-primary button-small">
            Save schedule
          </button>
          <button type="button" className="button button-small" onClick={() => setEditing(false)}>
            Cancel
          </button>
          {schedule && (
            <button type="button" className="button button-small button-danger-quiet" onClick={() => void remove()}>
              Remove
            </button>
          )}
          {error && (
            <p className="form-error" role="alert">
              {error}
            </p>
          )}
        </form>
      )}
    </div>
  );
}
