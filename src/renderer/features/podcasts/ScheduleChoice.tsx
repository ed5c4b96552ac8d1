// How often feeds refresh by themselves (while the app is open), and when the next refresh is due.
import { refreshEveryHours } from '../../../shared/contract';
import { useClient } from '../../transport/connection';
import { formatMoment } from '../../ui/formatDate';
import { useToast } from '../../ui/Toasts';
import { errorText, useLoad } from '../../ui/useLoad';

const label = (hours: number) => (hours === 0 ? 'Only when I ask' : hours === 1 ? 'Every hour' : `Every ${hours} hours`);

export function ScheduleChoice() {
  const client = useClient();
  const toast = useToast();
  const schedule = useLoad('feed-schedule', () => client.feeds.schedule(), { marksReady: false });
  if (schedule.status !== 'ready') return null;
  const change = async (everyHours: number) => {
    try {
      await client.feeds.setSchedule({ everyHours });
      schedule.reload();
    } catch (error) {
      toast({ message: `The schedule was not changed. ${errorText(error)}`, tone: 'error' });
    }
  };
  return (
    <p className="podcast-schedule">
      <label>
        Refresh feeds{' '}
        <select value={schedule.value.everyHours} onChange={(event) => void change(Number(event.target.value))}>
          {refreshEveryHours.map((hours) => (
            <option key={hours} value={hours}>
              {label(hours)}
            </option>
          ))}
        </select>
      </label>{' '}
      <span className="muted">{schedule.value.nextAt ? `Next: ${formatMoment(schedule.value.nextAt)} (while Fulcrum is open).` : 'Refresh them with Refresh all.'}</span>
    </p>
  );
}
