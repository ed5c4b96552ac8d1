// The import namespace: Markdown notes become journal entries in one transaction, so an import that
// fails half-way leaves the journal as it was.
import type { OperationsOf } from '../../shared/contract';
import type { Handlers } from '../../shared/dispatch';
import { findInlineLinks, inlineLinkIds, unlinkInText } from '../../shared/inlineLinks';
import type { JournalStore } from '../journal/journalStore';
import type { LibrarySource } from '../library/librarySource';
import type { PeopleStore } from '../people/peopleStore';
import type { Storage } from '../storage/storage';
import { parseNote } from './markdownNotes';

export interface ImportDeps {
  storage: Storage;
  journal: JournalStore;
  people: PeopleStore;
  library: LibrarySource;
  today: () => string;
}

export function importHandlers(d: ImportDeps): Handlers<OperationsOf<'import'>> {
  return {
    'import.notes': async ({ files }) => {
      const { library } = await d.library();
      const people = new Map(d.people.list({ includeArchived: true }).map((p) => [p.name.toLowerCase(), p.id]));
      const lessons = new Map<string, string>();
      for (const item of library.items()) for (const lesson of item.summary.lessons) {
        lessons.set(lesson.title.toLowerCase(), lesson.id);
        lessons.set(lesson.id, lesson.id);
      }
      const targets = { person: (name: string) => people.get(name.toLowerCase()), lesson: (name: string) => lessons.get(name.toLowerCase()) };
      const today = d.today();
      const notes = files.map((file) => parseNote(file.path, file.content, today, targets));
      const known = { person: (id: string) => Boolean(d.people.find(id)), lesson: (id: string) => Boolean(library.findLesson(id)), action: () => false, episode: () => false };
      const entries = d.storage.transaction(() =>
        notes.map((note) => {
          // Links written as Fulcrum links but to nothing here (another journal's ids) become their words.
          let body = note.body;
          for (const link of findInlineLinks(body)) if (!known[link.scheme](link.id)) body = unlinkInText(body, link.scheme, link.id);
          const { lessonIds, personIds } = inlineLinkIds(body);
          const entry = d.journal.create({ date: note.date, title: note.title, body, lessonIds, personIds });
          return { path: note.path, id: entry.id, date: entry.date, title: entry.title };
        }),
      );
      return { imported: entries.length, entries };
    },
  };
}
