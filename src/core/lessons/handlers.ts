// The lessons namespace: lessons of the leader's own. A new lesson gets a readable id made from its
// title (unique across the whole library), and its source is checked: a note that exists, or an
// episode moment within the episode. A lesson something applies or links is never deleted under it.
import type { OperationsOf, PersonalLesson } from '../../shared/contract';
import { clockTime } from '../../shared/clockTime';
import type { Handlers } from '../../shared/dispatch';
import { FulcrumError } from '../../shared/errors';
import type { FeedStore } from '../feeds/feedStore';
import type { Library } from '../library/library';
import type { LibrarySource } from '../library/librarySource';
import type { NoteStore } from '../notes/noteStore';
import { itemIdOfLesson } from './lessonItem';
import type { LessonOrigin, PersonalLessonStore } from './personalLessonStore';

export interface LessonDeps {
  lessons: PersonalLessonStore;
  notes: NoteStore;
  feeds: FeedStore;
  library: LibrarySource;
}

/** An id from a title: ASCII letters and digits joined by hyphens ("Ask what must be true" → "ask-what-must-be-true"). */
export function lessonIdBase(title: string): string {
  const base = title
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return base || 'my-lesson';
}

function freshId(title: string, library: Library, lessons: PersonalLessonStore): string {
  const base = lessonIdBase(title);
  const taken = (id: string) => Boolean(library.findLesson(id) || library.findItem(itemIdOfLesson(id)) || lessons.find(id));
  if (!taken(base)) return base;
  for (let n = 2; ; n += 1) if (!taken(`${base}-${n}`)) return `${base}-${n}`;
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

export function lessonHandlers(d: LessonDeps): Handlers<OperationsOf<'lessons'>> {
  /** Where a new lesson comes from, checked; and a note's words, which start the lesson's. */
  const originOf = (from: { noteId: string } | { episodeId: string; at: number | null; quote: string | null } | null): LessonOrigin & { words: string } => {
    if (!from) return { noteId: null, episodeId: null, at: null, quote: null, words: '' };
    if ('noteId' in from) {
      const note = d.notes.find(from.noteId);
      if (!note) throw new FulcrumError('invalid-input', 'That note no longer exists (it may have been deleted), so no lesson was made from it.');
      return { noteId: note.id, episodeId: note.episodeId, at: note.at, quote: null, words: note.text };
    }
    const episode = d.feeds.findEpisode(from.episodeId);
    if (!episode) throw new FulcrumError('invalid-input', 'That podcast episode is not in your library (its show may have been unsubscribed), so no lesson was made from it.');
    if (from.at !== null && episode.durationSeconds !== null && from.at > episode.durationSeconds + 5) {
      throw new FulcrumError('invalid-input', `${clockTime(from.at)} is after the end of “${episode.title}” (${clockTime(episode.durationSeconds)} long); nothing was saved.`);
    }
    return { noteId: null, episodeId: episode.id, at: from.at, quote: from.quote || null, words: '' };
  };

  return {
    'lessons.list': (query) => d.lessons.list(query),
    'lessons.get': ({ id }) => d.lessons.get(id),
    'lessons.create': async ({ from, ...fields }) => {
      const { words, ...origin } = originOf(from);
      // Promoted from a note with no words of its own: the note's words are the lesson's to start with.
      const { library } = await d.library();
      return d.lessons.create(freshId(fields.title, library, d.lessons), { ...fields, body: fields.body || words }, origin);
    },
    'lessons.update': ({ id, ...patch }) => {
      const lesson = d.lessons.get(id);
      return d.lessons.update(id, {
        title: patch.title ?? lesson.title,
        mode: patch.mode === undefined ? lesson.mode : patch.mode,
        tags: patch.tags ?? lesson.tags,
        body: patch.body ?? lesson.body,
      });
    },
    'lessons.delete': ({ id }) => {
      const lesson: PersonalLesson = d.lessons.get(id);
      const uses = d.lessons.uses(id);
      const parts = [
        uses.actions ? `applied in ${plural(uses.actions, 'action', 'actions')}` : '',
        uses.entries ? `linked from ${plural(uses.entries, 'journal entry', 'journal entries')}` : '',
        uses.notes ? `linked from ${plural(uses.notes, 'note', 'notes')}` : '',
        uses.briefs ? `in ${plural(uses.briefs, 'brief', 'briefs')}` : '',
      ].filter(Boolean);
      if (parts.length) {
        throw new FulcrumError('conflict', `“${lesson.title}” is ${new Intl.ListFormat('en', { type: 'conjunction' }).format(parts)}, so it was kept: deleting it would leave them pointing at nothing. Edit it instead, or remove those links first.`);
      }
      return { deleted: d.lessons.delete(id) };
    },
  };
}
