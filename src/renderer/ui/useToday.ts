// "Today" as the core sees it (the leader's local date; in browser mode started for tests, the
// test clock's date), so due dates, follow-ups and new records agree with the core's rules.
import { localDate } from '../../shared/calendarDays';
import { useConnection } from '../transport/connection';
import { useLoad } from './useLoad';

export function useToday(): string {
  const { client } = useConnection();
  const info = useLoad('today', () => client.app.info(), { marksReady: false });
  return info.status === 'ready' ? info.value.today : localDate(new Date());
}
