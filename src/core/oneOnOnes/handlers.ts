// The oneOnOnes namespace: schedules, the upcoming list, and the workspace of a 1:1. Starting a 1:1
// writes today's note from the filled template (prompts left empty are not kept), once.
import type { OperationsOf } from '../../shared/contract';
import type { Handlers } from '../../shared/dispatch';
import { dropEmptySections } from '../../shared/entryTemplates';
import { FulcrumError } from '../../shared/errors';
import type { LibrarySource } from '../library/librarySource';
import { upcomingOf, workspaceOf, type WorkspaceStores } from './workspace';

export interface OneOnOneDeps extends WorkspaceStores {
  /** Read first, so notes read with the lessons' current titles. */
  library: LibrarySource;
  today: () => string;
}

export function oneOnOneHandlers(d: OneOnOneDeps): Handlers<OperationsOf<'oneOnOnes'>> {
  return {
    'oneOnOnes.get': async ({ personId, date }) => {
      await d.library();
      return workspaceOf(d, personId, date ?? d.today(), d.today());
    },
    'oneOnOnes.start': async ({ personId }) => {
      await d.library();
      const today = d.today();
      const person = d.people.get(personId);
      if (person.archived) throw new FulcrumError('conflict', `${person.name} is archived, so no new 1:1 can start. Bring them back first; their history stays as it is.`);
      const workspace = workspaceOf(d, personId, today, today);
      if (workspace.note) return workspace;
      d.journal.create({ date: today, title: workspace.template.title, body: dropEmptySections(workspace.template.body), lessonIds: [], personIds: [personId], oneOnOneWith: personId });
      return workspaceOf(d, personId, today, today);
    },
    'oneOnOnes.schedule': (input) => {
      d.people.get(input.personId);
      return d.schedules.set({ ...input, startsOn: input.startsOn ?? d.today() });
    },
    'oneOnOnes.unschedule': ({ personId }) => ({ removed: d.schedules.remove(personId) }),
    'oneOnOnes.upcoming': ({ days }) => upcomingOf(d, d.today(), days),
  };
}
