// The actions namespace: asks, shares and mandates through the coaching rules.
import type { MandateAction, OperationsOf } from '../../shared/contract';
import type { Handlers } from '../../shared/dispatch';
import { FulcrumError } from '../../shared/errors';
import type { FeedStore } from '../feeds/feedStore';
import type { JournalStore } from '../journal/journalStore';
import { checkLessons, type LibrarySource } from '../library/librarySource';
import type { ActionStore } from './actionStore';
import type { CoachingActions } from './coachingActions';

export interface ActionDeps {
  actions: ActionStore;
  coaching: CoachingActions;
  journal: JournalStore;
  library: LibrarySource;
  feeds: FeedStore;
}

export function actionHandlers(d: ActionDeps): Handlers<OperationsOf<'actions'>> {
  const checkEpisode = (id: string | undefined) => {
    if (id && !d.feeds.findEpisode(id)) throw new FulcrumError('invalid-input', 'The action comes from a podcast episode that is not in your library (its show may have been unsubscribed). Remove the episode; nothing was saved.');
  };
  return {
    'actions.list': (query) => d.actions.list(query),
    'actions.candidates': () => d.coaching.candidates(),
    'actions.get': async ({ id }) => {
      await d.library(); // its entries read with the lessons' current titles
      const action = d.actions.get(id);
      const escalated = action.kind === 'mandate' && action.escalates ? d.actions.find(action.escalates) : undefined;
      const mandates = action.kind === 'ask' ? (d.actions.list({ escalates: action.id }) as MandateAction[]).sort((a, b) => a.step - b.step) : [];
      return { action, ask: escalated?.kind === 'ask' ? escalated : null, mandates, entries: d.journal.list({ actionId: id, limit: 1000 }) };
    },
    'actions.create': async (input) => {
      await checkLessons(d.library, input.lessonIds ?? []);
      checkEpisode(input.episode?.id);
      return d.coaching.create(input);
    },
    'actions.update': async ({ id, ...patch }) => {
      if (patch.lessonIds) await checkLessons(d.library, patch.lessonIds, d.actions.get(id).lessonIds);
      if (patch.episode && patch.episode.id !== d.actions.get(id).episode?.id) checkEpisode(patch.episode.id);
      return d.coaching.update(id, patch);
    },
    'actions.setStatus': ({ id, status }) => d.coaching.setStatus(id, status),
    'actions.escalate': ({ id, ...input }) => d.coaching.escalate(id, input),
    'actions.delete': ({ id }) => ({ deleted: d.coaching.bin(id) }),
    'actions.restore': ({ id }) => d.coaching.restore(id),
  };
}
