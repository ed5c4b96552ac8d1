// The export namespace: a lesson, an item or a journal entry as a Markdown or HTML file, with the
// sentence that says what it holds and the preview the app shows before saving.
import type { ExportedDocument, JournalEntry, OperationsOf } from '../../shared/contract';
import type { Handlers } from '../../shared/dispatch';
import type { JournalStore } from '../journal/journalStore';
import type { LibrarySource } from '../library/librarySource';
import type { PeopleStore } from '../people/peopleStore';
import { entryDraft, itemDraft, lessonDraft, type ExportDraft } from './drafts';
import { fileOf, htmlBodyOf, mimeTypes } from './formats';

export interface ExportDeps {
  library: LibrarySource;
  journal: JournalStore;
  people: PeopleStore;
  today: () => string;
}

/** Journal entries linked to any of these lessons, newest first, each once. */
function entriesAbout(journal: JournalStore, lessonIds: string[]): JournalEntry[] {
  const byId = new Map<string, JournalEntry>();
  for (const lessonId of lessonIds) for (const entry of journal.list({ lessonId, limit: 1000 })) byId.set(entry.id, entry);
  return [...byId.values()].sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt));
}

export function exportHandlers(d: ExportDeps): Handlers<OperationsOf<'export'>> {
  return {
    'export.document': async ({ kind, id, format, includeJournal }) => {
      const { library } = await d.library();
      const today = d.today();
      let draft: ExportDraft;
      if (kind === 'lesson') {
        const record = library.lesson(id);
        draft = lessonDraft(record, includeJournal ? entriesAbout(d.journal, [id]) : null, today);
      } else if (kind === 'item') {
        const item = library.item(id);
        draft = itemDraft(item, includeJournal ? entriesAbout(d.journal, item.summary.lessons.map((l) => l.id)) : null, today);
      } else {
        draft = entryDraft(d.journal.get(id), library, (personId) => d.people.find(personId)?.name, today);
      }
      const document: ExportedDocument = {
        fileName: `${draft.fileBase}.${format}`,
        mimeType: mimeTypes[format],
        content: fileOf(draft, format),
        purpose: draft.purpose,
        holds: draft.holds,
        preview: htmlBodyOf(draft),
      };
      return document;
    },
  };
}
