// The people and coaching actions an entry links to, looked up once per page so links and chips
// show names instead of ids.
import type { CoachingAction, Person } from '../../../shared/contract';
import { useClient } from '../../transport/connection';
import { useLoad, type Load } from '../../ui/useLoad';

export type PeopleIndex = Map<string, Person>;

/** Everyone, archived included (an old entry may name someone archived since). */
export function usePeopleIndex(): Load<PeopleIndex> {
  const client = useClient();
  return useLoad('journal-people', async () => new Map((await client.people.list({ includeArchived: true })).map((p) => [p.id, p])), { marksReady: false });
}

/** The actions with these ids; one that is gone (deleted since) is left out. */
export function useActionsById(ids: string[]): Load<Map<string, CoachingAction>> {
  const client = useClient();
  return useLoad(
    `journal-actions:${ids.join(',')}`,
    async () => {
      const found = await Promise.all(ids.map((id) => client.actions.get({ id }).then((detail) => detail.action, () => null)));
      return new Map(found.filter((a): a is CoachingAction => a !== null).map((a) => [a.id, a]));
    },
    { marksReady: false },
  );
}
