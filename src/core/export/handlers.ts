// The export namespace: a lesson, an item, a brief, a journal entry, a note or a 1:1 prep sheet as a
// Markdown, HTML or PDF file, with the sentence that says what it holds and the preview the app
// shows before saving; several of them (or a journal range) as a folder; coaching actions as CSV/ICS.
import type { BundleMember, ExportedDocument, ExportFormat, ExportPurpose, ExportTarget, JournalEntry, OperationsOf, PaperSize } from '../../shared/contract';
import type { Handlers } from '../../shared/dispatch';
import { safeFileName, slugOf } from '../../shared/fileNames';
import type { JournalStore } from '../journal/journalStore';
import type { LibrarySource } from '../library/librarySource';
import type { PeopleStore } from '../people/peopleStore';
import type { ActionStore } from '../actions/actionStore';
import type { CoachingSettings } from '../settings/coachingSettings';
import { agendaDraft, briefDraft, bundleIndexDraft, entryDraft, heldInJournal, itemDraft, journalRangeDraft, lessonDraft, noteDraft, personDraft, type ExportDraft } from './drafts';
import type { NoteStore } from '../notes/noteStore';
import type { Library } from '../library/library';
import { inertTree, type SiblingFiles } from './inert';
import type { BriefStore } from '../briefs/briefStore';
import { actionsCsv, actionsPreview, followUps, followUpsIcs } from './actionFiles';
import { fileOf, htmlBodyOf, mimeTypes } from './formats';
import { FulcrumError } from '../../shared/errors';
import { maxBundleDocuments } from '../../shared/contract';
import { carriedOverItems, sectionItems } from '../../shared/oneOnOneNotes';
import { oneOnOneHeadings } from '../../shared/entryTemplates';
import type { ScheduleStore } from '../oneOnOnes/scheduleStore';
import { workspaceOf } from '../oneOnOnes/workspace';

export interface ExportDeps {
  library: LibrarySource;
  journal: JournalStore;
  people: PeopleStore;
  actions: ActionStore;
  briefs: BriefStore;
  notes: NoteStore;
  settings: CoachingSettings;
  schedules: ScheduleStore;
  today: () => string;
  now: () => Date;
}

/** Journal entries linked to any of these lessons, newest first, each once. */
function entriesAbout(journal: JournalStore, lessonIds: string[]): JournalEntry[] {
  const byId = new Map<string, JournalEntry>();
  for (const lessonId of lessonIds) for (const entry of journal.list({ lessonId, limit: Number.MAX_SAFE_INTEGER })) byId.set(entry.id, entry);
  return [...byId.values()].sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt));
}

/**
 * The one way out of the app: the draft made inert (links to documents of the same folder export
 * become relative links, every other app-internal link plain words), then written as a file.
 */
async function documentOf(draft: ExportDraft, format: ExportFormat, paper: PaperSize, siblings?: SiblingFiles, fileName?: string): Promise<ExportedDocument> {
  const inert = { ...draft, tree: inertTree(draft.tree, siblings) };
  return {
    fileName: fileName ?? safeFileName(`${draft.fileBase}.${format}`),
    mimeType: mimeTypes[format],
    ...(await fileOf(inert, format, paper)),
    purpose: inert.purpose,
    holds: inert.holds,
    preview: htmlBodyOf(inert.tree),
  };
}

/** The files of a folder export by the `kind:id` links that point to them; a lesson not exported on its own links to its item's file. */
function siblingFiles(members: ReadonlyArray<Pick<BundleMember, 'kind' | 'id' | 'fileName'>>, library: Library): SiblingFiles {
  const files = new Map(members.map((member) => [`${member.kind}:${member.id}`, member.fileName]));
  return (url) => {
    const file = files.get(url);
    if (file !== undefined || !url.startsWith('lesson:')) return file ?? null;
    const itemId = library.findLesson(url.slice('lesson:'.length))?.item.summary.id;
    return (itemId && files.get(`item:${itemId}`)) ?? null;
  };
}

/** Names made unique within one folder, case-insensitively (macOS and Windows do not tell "A.md" from "a.md"). */
function uniqueNames(reserved: string[]): (base: string, format: ExportFormat) => string {
  const taken = new Set(reserved.map((name) => name.toLowerCase()));
  return (base, format) => {
    for (let n = 1; ; n += 1) {
      const name = safeFileName(`${n === 1 ? base : `${base.slice(0, 190)}-${n}`}.${format}`);
      if (!taken.has(name.toLowerCase())) {
        taken.add(name.toLowerCase());
        return name;
      }
    }
  };
}

const plural = (count: number, one: string, many: string) => `${count.toLocaleString('en')} ${count === 1 ? one : many}`;
// Library documents only: a folder holding an agenda (which names a person and their actions) is not said to hold none.
const shareKinds: readonly ExportTarget[] = ['lesson', 'item', 'brief'];

export function exportHandlers(d: ExportDeps): Handlers<OperationsOf<'export'>> {
  const draftOf = (library: Library, kind: ExportTarget, id: string, includeJournal: boolean): ExportDraft => {
    const today = d.today();
    if (kind === 'lesson') return lessonDraft(library.lesson(id), library, includeJournal ? entriesAbout(d.journal, [id]) : null, today);
    if (kind === 'item') {
      const item = library.item(id);
      return itemDraft(item, library, includeJournal ? entriesAbout(d.journal, item.summary.lessons.map((l) => l.id)) : null, today);
    }
    if (kind === 'brief') return briefDraft(d.briefs.get(id), library, today);
    const nameOf = (personId: string) => d.people.find(personId)?.name;
    if (kind === 'person') return personDraft(d.people.get(id), d.actions.list({ personId: id }), d.journal.list({ personId: id, limit: 1000 }), d.notes.list({ personId: id, limit: 5 }), today);
    if (kind === 'note') return noteDraft(d.notes.get(id), library, nameOf, today);
    if (kind === 'agenda') {
      // For today's 1:1 once its note is written (what it leaves unticked, its topics), else for the next one.
      const workspace = workspaceOf(d, id, today, today);
      const date = workspace.note ? today : (workspace.next?.date ?? today);
      const carriedOver = workspace.note ? carriedOverItems(workspace.note.body) : workspace.carriedOver;
      const topics = workspace.note ? sectionItems(workspace.note.body, oneOnOneHeadings.topics) : [];
      return agendaDraft({ person: workspace.person, date, openAsks: workspace.openAsks, openMandates: workspace.openMandates, carriedOver, topics }, today);
    }
    return entryDraft(d.journal.get(id), library, nameOf, today);
  };

  return {
    'export.document': async ({ kind, id, format, includeJournal, paper, together }) => {
      const { library } = await d.library();
      const draft = draftOf(library, kind, id, includeJournal);
      if (!together) return documentOf(draft, format, paper);
      const own = together.find((member) => member.kind === kind && member.id === id);
      return documentOf(draft, format, paper, siblingFiles(together, library), own?.fileName);
    },
    'export.bundle': async ({ items, journal, format, includeJournal, paper }) => {
      const { library } = await d.library();
      const today = d.today();
      let refs: Array<{ kind: ExportTarget; id: string }>;
      let journalHeld = '';
      if (journal) {
        const entries = d.journal.list({ ...journal, limit: Number.MAX_SAFE_INTEGER });
        const notes = d.notes.list({ ...journal, limit: 5000 });
        const count = entries.length + notes.length;
        if (count === 0) throw new FulcrumError('not-found', `The journal has no entries or notes from ${journal.from} to ${journal.to}; there is nothing to export.`);
        if (count > maxBundleDocuments) {
          throw new FulcrumError('invalid-input', `The journal has ${plural(count, 'entry or note', 'entries and notes')} from ${journal.from} to ${journal.to}, more than the ${maxBundleDocuments.toLocaleString('en')} one folder can hold. Export a shorter range, or the range as one file.`);
        }
        refs = [...entries.map((entry) => ({ kind: 'entry' as const, id: entry.id, date: entry.date, createdAt: entry.createdAt })), ...notes.map((note) => ({ kind: 'note' as const, id: note.id, date: note.date, createdAt: note.createdAt }))]
          .sort((a, b) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt))
          .map(({ kind, id }) => ({ kind, id }));
        journalHeld = heldInJournal(entries.length, notes.length);
      } else {
        const seen = new Set<string>();
        refs = (items ?? []).filter((ref) => !seen.has(`${ref.kind}:${ref.id}`) && Boolean(seen.add(`${ref.kind}:${ref.id}`)));
      }
      // Every id is checked (and every name made) before the door writes anything.
      const nameOf = uniqueNames([`index.${format}`]);
      const documents: BundleMember[] = refs.map(({ kind, id }) => {
        const draft = draftOf(library, kind, id, false);
        return { kind, id, title: draft.title, fileName: nameOf(draft.fileBase, format) };
      });
      const shared = !journal && refs.every((ref) => shareKinds.includes(ref.kind));
      const purpose: ExportPurpose = shared ? 'share' : 'archive';
      const count = plural(documents.length, 'document', 'documents');
      const holds = journal
        ? `Archive: ${journalHeld} from ${journal.from} to ${journal.to}, one file each, with the people they name. Keep it private.`
        : !shared
          ? `Archive: ${count}, one file each, including your own notes and the people they name. Keep it private.`
          : includeJournal
            ? `Share with your journal: ${count} from the library, one file each, with your journal entries about them, which may name people and hold private notes.`
            : `Share: ${count} from the library, one file each, with links between them. No journal text, people or actions.`;
      const title = journal ? `Journal, ${journal.from} to ${journal.to}` : shared ? `Shared from Fulcrum, ${today}` : `Archived from Fulcrum, ${today}`;
      const folderName = safeFileName(journal ? `journal-${journal.from}-to-${journal.to}` : `fulcrum-${purpose}-${today}`);
      const index = await documentOf(bundleIndexDraft(title, holds, purpose, documents, today), format, paper, siblingFiles(documents, library), `index.${format}`);
      return { folderName, purpose, holds, documents, index };
    },
    'export.journal': async ({ from, to, format, paper }) => {
      // An archive holds every entry of the range, however many.
      const entries = d.journal.list({ from, to, limit: Number.MAX_SAFE_INTEGER });
      return documentOf(journalRangeDraft(entries, d.notes.list({ from, to, limit: 5000 }), from, to, d.today()), format, paper);
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
