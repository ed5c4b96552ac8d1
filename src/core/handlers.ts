// The core's answer to every core operation of the contract. Inputs arrive already validated.
import type { CoreOperationName } from '../shared/contract';
import type { Handlers } from '../shared/dispatch';
import { FulcrumError } from '../shared/errors';
import type { ContentProblem, JournalEntry } from '../shared/types';
import type { Library } from './content/library';
import { localDate } from './dates';
import { lessonMarkdown } from './export/lessonMarkdown';
import { coachingHandlers, type CoachingServices } from './coachingHandlers';
import { inlineLinks } from './journal/inlineLinks';
import type { EntryInput, JournalStore } from './journal/journalStore';
import { journalDocument } from './search/documents';
import { keyOf, type SearchIndex } from './search/searchIndex';

export interface CoreServices extends CoachingServices {
  library: Library;
  journal: JournalStore;
  search: SearchIndex;
  now: () => Date;
  contentProblems: ContentProblem[];
  dataDir: string;
  version: string;
  door: 'desktop' | 'browser';
  /** Throws a plain-words error naming any lesson id that is not in the library. */
  checkLessons: (lessonIds: string[]) => void;
}

export function coreHandlers(s: CoreServices): Handlers<CoreOperationName> {
  /** Picked links plus those written inside the text, each checked to exist before anything is saved. */
  const withLinks = (input: EntryInput, alreadyLinked: string[] = []): EntryInput => {
    const inline = inlineLinks(input.body);
    const merged = {
      ...input,
      lessonIds: union(input.lessonIds, inline.lessonIds),
      personIds: union(input.personIds ?? [], inline.personIds),
      actionIds: union(input.actionIds ?? [], inline.actionIds),
    };
    // Lessons the entry already links stay linkable even if a content update removed them.
    s.checkLessons(merged.lessonIds.filter((lessonId) => !alreadyLinked.includes(lessonId)));
    const missingPeople = merged.personIds.filter((id) => !s.people.find(id));
    if (missingPeople.length) throw new FulcrumError('invalid-input', `The entry links to ${missingPeople.length === 1 ? 'a person who is' : 'people who are'} not in your journal. Remove the link or add the person first; nothing was saved.`);
    const missingActions = merged.actionIds.filter((id) => !s.actions.find(id));
    if (missingActions.length) throw new FulcrumError('invalid-input', 'The entry links to an action that is not in your journal (it may have been deleted). Remove the link; nothing was saved.');
    return merged;
  };
  const entryDocument = (entry: JournalEntry) => journalDocument(entry, s.library, (id) => s.people.find(id)?.name);
  return {
    ...coachingHandlers(s),
    'app.info': () => ({
      version: s.version,
      door: s.door,
      dataDir: s.dataDir,
      itemCount: s.library.itemCount,
      lessonCount: s.library.lessonCount,
      today: localDate(s.now()),
      contentProblems: s.contentProblems,
    }),
    'search.query': (query) => s.search.search(query),
    'search.facets': () => ({ ...s.library.facets(), people: s.people.list({ includeArchived: true }).map(({ id, name }) => ({ id, name })) }),
    'library.list': (query) => s.library.list(query),
    'library.item': ({ id }) => s.library.detail(id),
    'library.lesson': ({ id }) => {
      const record = s.library.lesson(id);
      return {
        lesson: record.lesson,
        item: record.item.summary,
        html: s.library.lessonHtml(id),
        backlinks: s.journal.list({ lessonId: id, limit: 1000 }),
        actions: s.actions.list({ lessonId: id }),
      };
    },
    'journal.list': (query) => s.journal.list(query),
    'journal.get': ({ id }) => s.journal.get(id),
    'journal.create': (input) => {
      const entry = s.journal.create(withLinks(input));
      s.search.add(entryDocument(entry));
      return entry;
    },
    'journal.update': ({ id, ...input }) => {
      const entry = s.journal.update(id, withLinks(input, s.journal.find(id)?.lessonIds ?? []));
      s.search.add(entryDocument(entry));
      return entry;
    },
    'journal.delete': ({ id }) => {
      const deleted = s.journal.delete(id);
      s.search.remove(keyOf('journal', id));
      return { deleted };
    },
    'journal.restore': ({ id }) => {
      const entry = s.journal.restore(id);
      s.search.add(entryDocument(entry));
      return entry;
    },
    'export.lesson': ({ id }) => {
      const record = s.library.lesson(id);
      const entries = s.journal.list({ lessonId: id, limit: 1000 });
      return lessonMarkdown(record, entries, localDate(s.now()));
    },
  };
}

function union(first: string[], second: string[]): string[] {
  return [...new Set([...first, ...second])];
}
