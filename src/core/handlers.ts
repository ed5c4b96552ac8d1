// The core's answer to every core operation of the contract. Inputs arrive already validated.
import type { CoreOperationName } from '../shared/contract';
import type { Handlers } from '../shared/dispatch';
import { FulcrumError } from '../shared/errors';
import type { ContentProblem } from '../shared/types';
import type { Library } from './content/library';
import { localDate } from './dates';
import { lessonMarkdown } from './export/lessonMarkdown';
import type { JournalStore } from './journal/journalStore';
import { journalDocument } from './search/documents';
import { keyOf, type SearchIndex } from './search/searchIndex';

export interface CoreServices {
  library: Library;
  journal: JournalStore;
  search: SearchIndex;
  now: () => Date;
  contentProblems: ContentProblem[];
  dataDir: string;
  version: string;
  door: 'desktop' | 'browser';
}

export function coreHandlers(s: CoreServices): Handlers<CoreOperationName> {
  const checkLessons = (lessonIds: string[]) => {
    const unknown = lessonIds.filter((id) => !s.library.findLesson(id));
    if (unknown.length > 0) {
      throw new FulcrumError('invalid-input', `No lesson is called ${unknown.map((id) => `"${id}"`).join(', ')}. Pick lessons from the library; nothing was saved.`);
    }
  };
  return {
    'app.info': () => ({
      version: s.version,
      door: s.door,
      dataDir: s.dataDir,
      itemCount: s.library.itemCount,
      lessonCount: s.library.lessonCount,
      contentProblems: s.contentProblems,
    }),
    'search.query': (query) => s.search.search(query),
    'search.facets': () => s.library.facets(),
    'library.list': (query) => s.library.list(query),
    'library.item': ({ id }) => s.library.detail(id),
    'library.lesson': ({ id }) => {
      const record = s.library.lesson(id);
      return {
        lesson: record.lesson,
        item: record.item.summary,
        html: s.library.lessonHtml(id),
        backlinks: s.journal.list({ lessonId: id, limit: 1000 }),
      };
    },
    'journal.list': (query) => s.journal.list(query),
    'journal.get': ({ id }) => s.journal.get(id),
    'journal.create': (input) => {
      checkLessons(input.lessonIds);
      const entry = s.journal.create(input);
      s.search.add(journalDocument(entry, s.library));
      return entry;
    },
    'journal.update': ({ id, ...input }) => {
      checkLessons(input.lessonIds);
      const entry = s.journal.update(id, input);
      s.search.add(journalDocument(entry, s.library));
      return entry;
    },
    'journal.delete': ({ id }) => {
      const deleted = s.journal.delete(id);
      s.search.remove(keyOf('journal', id));
      return { deleted };
    },
    'journal.restore': ({ id }) => {
      const entry = s.journal.restore(id);
      s.search.add(journalDocument(entry, s.library));
      return entry;
    },
    'export.lesson': ({ id }) => {
      const record = s.library.lesson(id);
      const entries = s.journal.list({ lessonId: id, limit: 1000 });
      return lessonMarkdown(record, entries, localDate(s.now()));
    },
  };
}
