// The notes namespace: notes at a moment of an episode. Every link a note makes (its episode, the
// lesson and the person it is about) is checked before anything is saved, and a moment past the
// end of the episode is refused in words.
import type { OperationsOf } from '../../shared/contract';
import { clockTime } from '../../shared/clockTime';
import type { Handlers } from '../../shared/dispatch';
import { FulcrumError } from '../../shared/errors';
import type { FeedStore } from '../feeds/feedStore';
import { checkLessons, type LibrarySource } from '../library/librarySource';
import type { PeopleStore } from '../people/peopleStore';
import type { NoteStore } from './noteStore';

export interface NoteDeps {
  notes: NoteStore;
  feeds: FeedStore;
  people: PeopleStore;
  library: LibrarySource;
  today: () => string;
}

/** Feeds round durations; a note a few seconds past the announced end is still in the episode. */
const durationSlack = 5;

export function noteHandlers(d: NoteDeps): Handlers<OperationsOf<'notes'>> {
  const checkMoment = (episodeId: string, at: number) => {
    const episode = d.feeds.findEpisode(episodeId);
    if (!episode) throw new FulcrumError('invalid-input', 'That podcast episode is not in your library (its show may have been unsubscribed), so the note was not saved.');
    if (episode.durationSeconds !== null && at > episode.durationSeconds + durationSlack) {
      throw new FulcrumError('invalid-input', `${clockTime(at)} is after the end of “${episode.title}” (${clockTime(episode.durationSeconds)} long). Pick a moment within the episode; nothing was saved.`);
    }
  };
  const checkLinks = async (lessonId: string | null, personId: string | null, alreadyLinked: string | null = null) => {
    if (lessonId) await checkLessons(d.library, [lessonId], alreadyLinked ? [alreadyLinked] : []);
    if (personId && !d.people.find(personId)) throw new FulcrumError('invalid-input', 'The note is about a person who is not in your journal. Pick someone from your people; nothing was saved.');
  };
  return {
    'notes.list': (query) => d.notes.list(query),
    'notes.get': ({ id }) => d.notes.get(id),
    'notes.create': async (input) => {
      checkMoment(input.episodeId, input.at);
      await checkLinks(input.lessonId, input.personId);
      return d.notes.create({ ...input, date: input.date ?? d.today() });
    },
    'notes.update': async ({ id, ...patch }) => {
      const note = d.notes.get(id);
      const next = {
        at: patch.at ?? note.at,
        text: patch.text ?? note.text,
        lessonId: patch.lessonId === undefined ? note.lessonId : patch.lessonId,
        personId: patch.personId === undefined ? note.personId : patch.personId,
      };
      if (next.at !== note.at) checkMoment(note.episodeId, next.at);
      await checkLinks(next.lessonId, next.personId === note.personId ? null : next.personId, note.lessonId);
      return d.notes.update(id, next);
    },
    'notes.delete': ({ id }) => ({ deleted: d.notes.delete(id) }),
    'notes.restore': ({ id }) => d.notes.restore(id),
  };
}
