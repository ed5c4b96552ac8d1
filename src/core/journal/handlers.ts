// The journal namespace: entries, with the links picked for them and those written in their text.
import type { OperationsOf } from '../../shared/contract';
import type { Handlers } from '../../shared/dispatch';
import { FulcrumError } from '../../shared/errors';
import { dropEmptySections } from '../../shared/entryTemplates';
import { inlineLinkIds, unionIds } from '../../shared/inlineLinks';
import type { ActionStore } from '../actions/actionStore';
import { checkLessons, type LibrarySource } from '../library/librarySource';
import type { FeedStore } from '../feeds/feedStore';
import type { PeopleStore } from '../people/peopleStore';
import type { EntryInput, JournalStore } from './journalStore';

export interface JournalDeps {
  journal: JournalStore;
  people: PeopleStore;
  actions: ActionStore;
  library: LibrarySource;
  feeds: FeedStore;
}

export function journalHandlers(d: JournalDeps): Handlers<OperationsOf<'journal'>> {
  /** Picked links plus those written inside the text, each checked to exist before anything is saved. */
  const withLinks = async (given: EntryInput, alreadyLinked: string[] = []): Promise<EntryInput> => {
    // A template's prompts left unanswered, and headings left with nothing under them, are not kept.
    const input = { ...given, body: dropEmptySections(given.body) };
    const inline = inlineLinkIds(input.body);
    const linked = {
      ...input,
      lessonIds: unionIds(input.lessonIds, inline.lessonIds),
      // A 1:1 note is about the person it was with.
      personIds: unionIds(unionIds(input.oneOnOneWith ? [input.oneOnOneWith] : [], input.personIds ?? []), inline.personIds),
      actionIds: unionIds(input.actionIds ?? [], inline.actionIds),
    };
    await checkLessons(d.library, linked.lessonIds, alreadyLinked);
    const missingPeople = linked.personIds.filter((id) => !d.people.find(id));
    if (missingPeople.length) throw new FulcrumError('invalid-input', `The entry links to ${missingPeople.length === 1 ? 'a person who is' : 'people who are'} not in your journal. Remove the link or add the person first; nothing was saved.`);
    const missingEpisodes = inline.episodeIds.filter((id) => !d.feeds.findEpisode(id));
    if (missingEpisodes.length) throw new FulcrumError('invalid-input', 'The entry links to a podcast episode that is not in your library (its show may have been unsubscribed). Remove the link; nothing was saved.');
    const missingActions = linked.actionIds.filter((id) => !d.actions.find(id));
    if (missingActions.length) throw new FulcrumError('invalid-input', 'The entry links to an action that is not in your journal (it may have been deleted). Remove the link; nothing was saved.');
    return linked;
  };
  /** Entries are read with the lessons' titles as they are now, so the library is read first. */
  const current = async <T>(read: () => T): Promise<T> => {
    await d.library();
    return read();
  };
  return {
    'journal.list': (query) => current(() => d.journal.list(query)),
    'journal.get': ({ id }) => current(() => d.journal.get(id)),
    'journal.create': async (input) => {
      const linked = await withLinks(input);
      return current(() => d.journal.create(linked));
    },
    'journal.update': async ({ id, ...input }) => {
      const linked = await withLinks(input, d.journal.find(id)?.lessonIds ?? []);
      return current(() => d.journal.update(id, linked));
    },
    'journal.delete': ({ id }) => current(() => ({ deleted: d.journal.delete(id) })),
    'journal.restore': ({ id }) => current(() => d.journal.restore(id)),
  };
}
