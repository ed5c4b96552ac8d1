// `fulcrum one-on-one`: start today's 1:1 with someone (its note is written from the filled
// template, once) and print what to go through; set a recurring 1:1; list the 1:1s coming up.
import type { FulcrumClient } from '../shared/client';
import type { OneOnOneSchedule, OneOnOneWorkspace, UpcomingOneOnOne } from '../shared/contract';
import { daysBetween } from '../shared/calendarDays';
import { resolvePerson } from './coachingCommands';
import { asInput, need, numeric, print, UsageError, type FlagValues, type Output } from './commandKit';

type WithClient = <T>(work: (client: FulcrumClient) => Promise<T>) => Promise<T>;

const weekdays = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** `friday`, `fri` or `5` for a weekday; a number for a day of the month (the contract checks the range). */
function dayOf(given: string): number | string {
  const name = given.trim().toLowerCase();
  const index = weekdays.findIndex((day) => name.length >= 3 && day.startsWith(name));
  return index >= 0 ? index + 1 : (numeric(given) ?? given);
}

function cadenceLine(schedule: OneOnOneSchedule): string {
  if (schedule.cadence === 'monthly') return `monthly on day ${schedule.day}`;
  const day = weekdays[schedule.day - 1] ?? '';
  return `${schedule.cadence === 'weekly' ? 'weekly' : 'every other week'} on ${day.charAt(0).toUpperCase()}${day.slice(1)}`;
}

export function formatWorkspace(w: OneOnOneWorkspace): string {
  const lines = [`1:1 with ${w.person.name}, ${w.date}${w.note ? ` (note ${w.note.id})` : ''}`];
  const about = [w.previous ? `last 1:1 ${w.previous.date}` : 'first 1:1', w.schedule ? cadenceLine(w.schedule) : null, w.next ? `next ${w.next.date}${w.next.state === 'upcoming' ? '' : ` (${w.next.state})`}` : null];
  lines.push(about.filter(Boolean).join(' · '), '');
  const section = (title: string, rows: string[]) => lines.push(`${title} (${rows.length})`, ...(rows.length ? rows : ['  none']), '');
  section(
    'Open asks',
    w.openAsks.map((ask) => {
      const { how, when, help } = ask.confirmations;
      const late = when && when < w.date ? `, ${daysBetween(when, w.date)} days late` : '';
      return `  ${ask.id}  ${ask.text}\n      how: ${how ?? 'not confirmed'} · when: ${when ?? 'not confirmed'}${late} · help: ${help ?? 'not confirmed'}`;
    }),
  );
  section('Open mandates', w.openMandates.map((m) => `  ${m.id}  ${m.text} (step ${m.step}${m.dueDate ? `, due ${m.dueDate}` : ''})`));
  section(w.previous ? 'Shared since the last 1:1' : 'Shared in the last 30 days', w.sharesSince.map((s) => `  ${s.date}  ${s.text} (${s.category})`));
  section('Carried over', w.carriedOver.map((item) => `  [ ] ${item}`));
  return `${lines.join('\n').trimEnd()}\n`;
}

function formatUpcoming(list: UpcomingOneOnOne[]): string {
  if (list.length === 0) return 'No 1:1 is due or coming up. Schedule one: fulcrum one-on-one schedule PERSON --every weekly --day friday\n';
  return `${list.map((u) => `${u.next.date}  ${u.next.state.padEnd(8)}  ${u.person.name} (${cadenceLine(u.schedule)}${u.last ? `, last ${u.last}` : ''})`).join('\n')}\n`;
}

export async function oneOnOneCommand(sub: string | undefined, rest: string[], values: FlagValues, withClient: WithClient, out: Output): Promise<void> {
  switch (sub) {
    case 'start': {
      const given = need(rest.join(' ') || values.person, 'one-on-one start needs a person: an id or their exact name');
      const workspace = await withClient(async (c) => c.oneOnOnes.start({ personId: (await resolvePerson(c, given)).id }));
      return print(out, values.json, workspace, () => formatWorkspace(workspace));
    }
    case 'schedule': {
      const given = need(rest.join(' ') || values.person, 'one-on-one schedule needs a person: an id or their exact name');
      const cadence = need(values.every, 'one-on-one schedule needs --every weekly, biweekly or monthly');
      const day = need(values.day, 'one-on-one schedule needs --day: a weekday (friday) or, monthly, a day of the month (15)');
      const schedule = await withClient(async (c) => c.oneOnOnes.schedule(asInput({ personId: (await resolvePerson(c, given)).id, cadence, day: dayOf(day), startsOn: values.from })));
      return print(out, values.json, schedule, () => `1:1s ${cadenceLine(schedule)}\n`);
    }
    case 'upcoming': {
      const list = await withClient((c) => c.oneOnOnes.upcoming(asInput({ days: numeric(values.limit) ?? 14 })));
      return print(out, values.json, list, () => formatUpcoming(list));
    }
    default:
      throw new UsageError(`unknown one-on-one command "${sub ?? ''}"; use one-on-one start, schedule or upcoming`);
  }
}
