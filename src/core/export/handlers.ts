// The export namespace: a lesson, an item or a journal entry as a Markdown or HTML file, with the
// sentence that says what it holds and the preview the app shows before saving.
import type { ExportedDocument, ExportFormat, JournalEntry, OperationsOf, PaperSize } from '../../shared/contract';
import type { Handlers } from '../../shared/dispatch';
import { safeFileName, slugOf } from '../../shared/fileNames';
import type { JournalStore } from '../journal/journalStore';
import type { LibrarySource } from '../library/librarySource';
import type { PeopleStore } from '../people/peopleStore';
import type { ActionStore } from '../actions/actionStore';
import type { CoachingSettings } from '../settings/coachingSettings';
import { briefDraft, entryDraft, itemDraft, journalRangeDraft, lessonDraft, personDraft, type ExportDraft } from './drafts';
import type { BriefStore } from '../briefs/briefStore';
import { actionsCsv, actionsPreview, followUps, followUpsIcs } from './actionFiles';
import { fileOf, htmlBodyOf, mimeTypes } from './formats';

export interface ExportDeps {
  library: LibrarySource;
  journal: JournalStore;
  people: PeopleStore;
  actions: ActionStore;
  briefs: BriefStore;
  settings: CoachingSettings;
  today: () => string;
  now: () => Date;
}

/** Journal entries linked to any of these lessons, newest first, each once. */
function entriesAbout(journal: JournalStore, lessonIds: string[]): JournalEntry[] {
  const byId = new Map<string, JournalEntry>();
  for (const lessonId of lessonIds) for (const entry of journal.list({ lessonId, limit: Number.MAX_SAFE_INTEGER })) byId.set(entry.id, entry);
  return [...byId.values()].sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt));
}

async function documentOf(draft: ExportDraft, format: ExportFormat, paper: PaperSize): Promise<ExportedDocument> {
  return {
    fileName: safeFileName(`${draft.fileBase}.${format}`),
    mimeType: mimeTypes[format],
    ...(await fileOf(draft, format, paper)),
    purpose: draft.purpose,
    holds: draft.holds,
    preview: htmlBodyOf(draft.tree),
  };
}

export function exportHandlers(d: ExportDeps): Handlers<OperationsOf<'export'>> {
  return {
    'export.document': async ({ kind, id, format, includeJournal, paper }) => {
      const { library } = await d.library();
      const today = d.today();
      let draft: ExportDraft;
      if (kind === 'lesson') {
        const record = library.lesson(id);
        draft = lessonDraft(record, includeJournal ? entriesAbout(d.journal, [id]) : null, today);
      } else if (kind === 'item') {
        const item = library.item(id);
        draft = itemDraft(item, includeJournal ? entriesAbout(d.journal, item.summary.lessons.map((l) => l.id)) : null, today);
      } else if (kind === 'brief') {
        draft = briefDraft(d.briefs.get(id), library, today);
      } else if (kind === 'person') {
        draft = personDraft(d.people.get(id), d.actions.list({ personId: id }), d.journal.list({ personId: id, limit: 1000 }), today);
      } else {
        draft = entryDraft(d.journal.get(id), library, (personId) => d.people.find(personId)?.name, today);
      }
      return documentOf(draft, format, paper);
    },
    'export.journal': async ({ from, to, format, paper }) => {
      // An archive holds every entry of the range, however many.
      const entries = d.journal.list({ from, to, limit: Number.MAX_SAFE_INTEGER });
      return documentOf(journalRangeDraft(entries, from, to, d.today()), format, paper);
    },
    'export.actions': async ({ format, ...filters }) => {
      const { library } = await d.library();
      const person = filters.personId ? d.people.get(filters.personId) : null;
      const actions = d.actions.list({ ...filters, limit: Number.MAX_SAFE_INTEGER });
      const context = {
        lessonTitle: (id: string) => library.findLesson(id)?.lesson.title ?? id,
        ladder: d.settings.ladder(),
        askText: (id: string) => d.actions.find(id)?.text,
      };
      const count = format === 'csv' ? actions.length : followUps(actions).length;
      const who = person ? ` with ${person.name}` : '';
      const holds =
        format === 'csv'
          ? `Archive: ${count} coaching action${count === 1 ? '' : 's'}${who}, with the people they concern and your notes. Keep it private.`
          : `Archive: ${count} dated follow-up${count === 1 ? '' : 's'}${who}, for your own calendar. They name people and hold your notes; keep it private.`;
      const slug = person ? `-${slugOf(person.name) || 'person'}` : '';
      const document: ExportedDocument = {
        fileName: safeFileName(`fulcrum-${format === 'csv' ? 'actions' : 'follow-ups'}${slug}-${d.today()}.${format}`),
        mimeType: format === 'csv' ? 'text/csv' : 'text/calendar',
        content: format === 'csv' ? actionsCsv(actions, context) : followUpsIcs(actions, context, d.now()),
        purpose: 'archive',
        holds,
        preview: htmlBodyOf(actionsPreview(actions, context, format)),
      };
      return document;
    },
  };
}
