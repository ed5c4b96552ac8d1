// The library namespace: items and lessons of the content pack, with what the journal says of them.
import type { OperationsOf } from '../../shared/contract';
import type { Handlers } from '../../shared/dispatch';
import type { ActionStore } from '../actions/actionStore';
import type { JournalStore } from '../journal/journalStore';
import type { LibrarySource } from './librarySource';

export interface LibraryDeps {
  library: LibrarySource;
  journal: JournalStore;
  actions: ActionStore;
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
      };
    },
  };
}
