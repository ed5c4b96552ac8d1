// What an id names: the CLI takes any id (a lesson, an item, a journal entry, a person, an action, a note)
// and finds which it is, so `show` and `export` need no --kind.
import type { FulcrumClient } from '../shared/client';
import { FulcrumError } from '../shared/errors';

type Found =
  | { type: 'item'; value: Awaited<ReturnType<FulcrumClient['library']['item']>> }
  | { type: 'lesson'; value: Awaited<ReturnType<FulcrumClient['library']['lesson']>> }
  | { type: 'entry'; value: Awaited<ReturnType<FulcrumClient['journal']['get']>> }
  | { type: 'person'; value: Awaited<ReturnType<FulcrumClient['people']['get']>> }
  | { type: 'action'; value: Awaited<ReturnType<FulcrumClient['actions']['get']>> }
  | { type: 'note'; value: Awaited<ReturnType<FulcrumClient['notes']['get']>> };

export async function findById(client: FulcrumClient, id: string): Promise<Found> {
  const attempts: Array<() => Promise<Found>> = [
    async () => ({ type: 'lesson', value: await client.library.lesson({ id }) }),
    async () => ({ type: 'item', value: await client.library.item({ id }) }),
    async () => ({ type: 'entry', value: await client.journal.get({ id }) }),
    async () => ({ type: 'person', value: await client.people.get({ id }) }),
    async () => ({ type: 'action', value: await client.actions.get({ id }) }),
    async () => ({ type: 'note', value: await client.notes.get({ id }) }),
  ];
  for (const attempt of attempts) {
    try {
      return await attempt();
    } catch (error) {
      if (!(error instanceof FulcrumError) || (error.code !== 'not-found' && error.code !== 'invalid-input')) throw error;
    }
  }
  throw new FulcrumError('not-found', `nothing is called "${id}": no item, lesson, journal entry, person, action or note has that id (try fulcrum search)`);
}
