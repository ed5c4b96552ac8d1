// The library namespace: items and lessons (bundled, from packs, the leader's own), with what the
// journal, the actions and the notes say of them.
import type { OperationsOf } from '../../shared/contract';
import type { Handlers } from '../../shared/dispatch';
import type { ActionStore } from '../actions/actionStore';
import type { JournalStore } from '../journal/journalStore';
import type { PersonalLessonStore } from '../lessons/personalLessonStore';
import type { NoteStore } from '../notes/noteStore';
import type { LibrarySource } from './librarySource';

export interface LibraryDeps {
  library: LibrarySource;
  journal: JournalStore;
  actions: ActionStore;
  notes: NoteStore;
  ownLessons: PersonalLessonStore;
}

export function libraryHandlers(d: LibraryDeps): Handlers<OperationsOf<'library'>> {
  return {
    'library.list': async (query) => (await d.library()).library.list(query),
    'library.item': async ({ id }) => (await d.library()).library.detail(id),
    'library.lesson': async ({ id }) => {
      const { library } = await d.library();
      const record = library.lesson(id);
      return {
        lesson: record.lesson,
        item: record.item.summary,
        html: library.lessonHtml(id),
        backlinks: d.journal.list({ lessonId: id, limit: 1000 }),
        actions: d.actions.list({ lessonId: id }),
        notes: d.notes.list({ lessonId: id, limit: 1000 }),
        own: d.ownLessons.find(id) ?? null,
      };
    },
  };
}
