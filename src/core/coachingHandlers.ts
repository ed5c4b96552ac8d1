// The core's answers to the coaching operations of the contract: people, actions, the balance,
// reminders and the leader's coaching settings. Every write also updates the search index.
import type { AskAction, CoachingAction, MandateAction, TimelineItem } from '../shared/coaching';
import type { CoreOperationName } from '../shared/contract';
import type { Handlers } from '../shared/dispatch';
import type { Coaching } from './coaching/coaching';
import { checkReminders, followUpsOf } from './coaching/reminders';
import type { Library } from './content/library';
import { localDate } from './dates';
import type { ActionStore } from './journal/actionStore';
import type { CoachingSettings } from './journal/coachingSettings';
import type { JournalStore } from './journal/journalStore';
import type { PeopleStore } from './journal/peopleStore';
import type { ReminderLog } from './journal/reminderLog';
import { actionDocument, journalDocument, personDocument } from './search/documents';
import { keyOf, type SearchIndex } from './search/searchIndex';

type CoachingOperation = Extract<CoreOperationName, `people.${string}` | `actions.${string}` | 'balance.report' | 'reminders.check' | `settings.${string}`>;

export interface CoachingServices {
  library: Library;
  journal: JournalStore;
  people: PeopleStore;
  actions: ActionStore;
  settings: CoachingSettings;
  reminderLog: ReminderLog;
  coaching: Coaching;
  search: SearchIndex;
  now: () => Date;
}

export function coachingHandlers(s: CoachingServices): Handlers<CoachingOperation> {
  const index = (...actions: CoachingAction[]) => {
    for (const action of actions) s.search.add(actionDocument(action, s.library));
  };
  /** A mandate's write also changes the ask it escalates (its status, its link): index both. */
  const indexWithAsk = (action: CoachingAction) => index(action, ...(action.kind === 'mandate' && action.escalates ? [s.actions.get(action.escalates)] : []));
  const settingsView = () => ({ askTarget: s.settings.askTarget(), ladder: s.settings.ladder() });
  return {
    'people.list': ({ includeArchived }) => s.people.list({ includeArchived }),
    'people.get': ({ id }) => {
      const person = s.people.get(id);
      const actions = s.actions.list({ personId: id });
      const openAsks = actions.filter((a): a is AskAction => a.kind === 'ask' && a.status === 'open');
      const timeline: TimelineItem[] = [
        ...actions.filter((a) => !(a.kind === 'ask' && a.status === 'open')).map((action): TimelineItem => ({ type: 'action', date: action.date, action })),
        ...s.journal.list({ personId: id, limit: 1000 }).map((entry): TimelineItem => ({ type: 'entry', date: entry.date, entry })),
      ].sort((a, b) => b.date.localeCompare(a.date) || createdOf(b).localeCompare(createdOf(a)));
      return { person, openAsks, timeline, followUps: followUpsOf(actions, localDate(s.now())) };
    },
    'people.create': (input) => {
      const person = s.people.create(input);
      s.search.add(personDocument(person));
      return person;
    },
    'people.update': ({ id, ...input }) => {
      const person = s.people.update(id, input);
      s.search.add(personDocument(person));
      index(...s.actions.list({ personId: id })); // their actions and entries carry the name
      for (const entry of s.journal.list({ personId: id, limit: 1000 })) s.search.add(journalDocument(entry, s.library, (pid) => s.people.find(pid)?.name));
      return person;
    },
    'people.archive': ({ id, archived }) => s.people.setArchived(id, archived),
    'people.delete': ({ id }) => {
      const deleted = s.people.delete(id);
      s.search.remove(keyOf('person', id));
      return { deleted };
    },

    'actions.list': (query) => s.actions.list(query),
    'actions.candidates': () => s.coaching.candidates(),
    'actions.get': ({ id }) => {
      const action = s.actions.get(id);
      const ask = action.kind === 'mandate' && action.escalates ? (s.actions.find(action.escalates) as AskAction | undefined) ?? null : null;
      const mandates =
        action.kind === 'ask'
          ? (s.actions.list({ escalates: action.id }) as MandateAction[]).sort((a, b) => a.step - b.step)
          : [];
      return { action, ask, mandates, entries: s.journal.list({ actionId: id, limit: 1000 }) };
    },
    'actions.create': (input) => {
      const action = s.coaching.create({ ...input, notes: input.notes ?? '', lessonIds: input.lessonIds ?? [] });
      indexWithAsk(action);
      return action;
    },
    'actions.update': ({ id, ...patch }) => {
      const action = s.coaching.update(id, patch);
      indexWithAsk(action);
      return action;
    },
    'actions.setStatus': ({ id, status }) => {
      const action = s.coaching.setStatus(id, status);
      index(action);
      return action;
    },
    'actions.escalate': ({ id, ...input }) => {
      const result = s.coaching.escalate(id, input);
      index(result.mandate, result.from, ...(result.mandate.escalates && result.mandate.escalates !== id ? [s.actions.get(result.mandate.escalates)] : []));
      return result;
    },
    'actions.delete': ({ id }) => {
      const deleted = s.coaching.bin(id);
      s.search.remove(keyOf('action', id));
      if (deleted.kind === 'mandate' && deleted.escalates) index(s.actions.get(deleted.escalates));
      return { deleted };
    },
    'actions.restore': ({ id }) => {
      const action = s.coaching.restore(id);
      indexWithAsk(action);
      return action;
    },

    'balance.report': ({ weeks, personId }) => s.coaching.report(weeks, personId ?? null),
    'reminders.check': ({ record }) => {
      const check = checkReminders(s.actions.openOrMissed(), s.reminderLog.raisedOn(localDate(s.now())), s.now());
      if (record) s.reminderLog.record(check.today, check.toNotify.map((f) => f.action.id));
      return check;
    },
    'settings.coaching': () => settingsView(),
    'settings.updateCoaching': (change) => {
      s.settings.update(change);
      return settingsView();
    },
  };
}

function createdOf(item: TimelineItem): string {
  return item.type === 'action' ? item.action.createdAt : item.entry.createdAt;
}
