// The settings namespace: the leader's ask target and accountability ladder.
import type { OperationsOf } from '../../shared/contract';
import type { Handlers } from '../../shared/dispatch';
import type { CoachingSettings } from './coachingSettings';

export function settingsHandlers(settings: CoachingSettings): Handlers<OperationsOf<'settings'>> {
  const view = () => ({ askTarget: settings.askTarget(), ladder: settings.ladder() });
  return {
    'settings.coaching': () => view(),
    'settings.updateCoaching': (change) => {
      settings.update(change);
      return view();
    },
  };
}
