// The export namespace: documents made to leave the app.
import type { OperationsOf } from '../../shared/contract';
import type { Handlers } from '../../shared/dispatch';
import type { JournalStore } from '../journal/journalStore';
import type { LibrarySource } from '../library/librarySource';
import { lessonMarkdown } from './lessonMarkdown';

export interface ExportDeps {
  library: LibrarySource;
  journal: JournalStore;
  today: () => string;
}

export function exportHandlers(d: ExportDeps): Handlers<OperationsOf<'export'>> {
  return {
    'export.lesson': async ({ id }) => {
      const record = (await d.library()).library.lesson(id);
      return lessonMarkdown(record, d.journal.list({ lessonId: id, limit: 1000 }), d.today());
    },
  };
}
