// What each kind of record contributes to the search index, and where its snippet text comes from.
import { dueDateOf } from '../../shared/actionRules';
import { linksAsLabels } from '../../shared/inlineLinks';
import type { CoachingAction, EpisodeNote, JournalEntry, Person } from '../../shared/contract';
import type { ActionStore } from '../actions/actionStore';
import type { JournalStore } from '../journal/journalStore';
import type { Library, LessonRecord } from '../library/library';
import type { ParsedItem } from '../library/parseItem';
import type { PeopleStore } from '../people/peopleStore';
import { clockTime, momentLabel } from '../../shared/clockTime';
import type { FeedStore, StoredEpisode } from '../feeds/feedStore';
import type { NoteStore } from '../notes/noteStore';
import { passageId, transcriptPassages, type Passage } from '../feeds/transcriptPassages';
import type { IndexedDocument, SearchDocument, TextSource } from './searchDocument';

function itemText(item: ParsedItem): string {
  return [item.summary.summary, ...item.sections.map((s) => s.text)].join('\n');
}

function itemKeywords(item: ParsedItem): string[] {
  const s = item.summary;
  return [...s.tags, s.show, s.category, s.host ?? '', s.author ?? '', ...s.guests.flatMap((g) => [g.name, g.organisation ?? ''])];
}

export function itemDocument(item: ParsedItem): SearchDocument {
  const s = item.summary;
  return { id: s.id, kind: s.kind, title: s.title, keywords: itemKeywords(item), body: itemText(item), show: s.show, tags: s.tags, date: s.date };
}

export function lessonDocument(record: LessonRecord): SearchDocument {
  const s = record.item.summary;
  return {
    id: record.lesson.id,
    kind: 'lesson',
    title: record.lesson.title,
    // The id is the lesson's stable concept handle ("three-confirmations"): searchable words.
    keywords: [record.lesson.id.replace(/-/g, ' '), ...s.tags, s.show, record.lesson.mode ?? ''],
    body: record.section.text,
    itemId: s.id,
    ...(record.lesson.mode ? { mode: record.lesson.mode } : {}),
    show: s.show,
    tags: s.tags,
    date: s.date,
  };
}

/** A person's name by id, for the words of entries and actions about them. */
export type NameOf = (personId: string) => string | undefined;

export function journalDocument(entry: JournalEntry, library: Library, nameOf: NameOf = () => undefined): SearchDocument {
  const lessonTitles = entry.lessonIds.map((id) => library.findLesson(id)?.lesson.title ?? '');
  const names = entry.personIds.map((id) => nameOf(id) ?? '');
  return {
    id: entry.id,
    kind: 'journal',
    title: entry.title || `Journal entry of ${entry.date}`,
    keywords: [...lessonTitles, ...names],
    // Links read as the names they show, never as ids.
    body: linksAsLabels(entry.body),
    date: entry.date,
  };
}

/** A note at a moment: found by its words, the episode and show, and the lesson and person it is about. */
export function noteDocument(note: EpisodeNote, library: Library, nameOf: NameOf = () => undefined): SearchDocument {
  return {
    id: note.id,
    kind: 'note',
    title: momentLabel(note.episodeTitle, note.at),
    keywords: [note.showTitle, note.lessonId ? (library.findLesson(note.lessonId)?.lesson.title ?? '') : '', note.personId ? (nameOf(note.personId) ?? '') : ''],
    body: note.text,
    itemId: note.episodeId,
    show: note.showTitle,
    at: note.at,
    date: note.date,
    ...(note.personId ? { personId: note.personId } : {}),
  };
}

export function personDocument(person: Person): SearchDocument {
  return { id: person.id, kind: 'person', title: person.name, keywords: [person.role, person.relation.replace('-', ' ')], body: person.notes };
}

export function actionDocument(action: CoachingAction, library: Library): SearchDocument {
  const detail = action.kind === 'ask' ? [action.form.replace('-', ' ')] : action.kind === 'share' ? [action.category] : [`step ${action.step}`];
  const due = dueDateOf(action);
  return {
    id: action.id,
    kind: 'action',
    title: action.text,
    keywords: [action.kind, action.personName, ...detail, ...action.lessonIds.map((id) => library.findLesson(id)?.lesson.title ?? '')],
    body: actionText(action),
    mode: action.kind,
    status: action.status,
    personId: action.personId,
    date: action.date,
    ...(due ? { due } : {}),
  };
}

/** What an action says beyond its title (which is its text): who, the confirmations, the notes. */
function actionText(action: CoachingAction): string {
  const confirmations = action.kind === 'ask' ? [action.confirmations.how ?? '', action.confirmations.help ?? ''] : [];
  return [action.personName, ...confirmations, action.notes].filter(Boolean).join(' · ');
}

/** An episode of a followed show: its notes and chapter titles (its transcript is searched by passage). */
export function podcastDocument(episode: StoredEpisode, chapterTitles: string[]): SearchDocument {
  return {
    id: episode.id,
    kind: 'podcast',
    title: episode.title,
    keywords: [episode.showTitle, ...episode.people.map((p) => p.name), ...chapterTitles],
    body: episode.notesText,
    show: episode.showTitle,
    ...(episode.hasTranscript ? { hasTranscript: true } : {}),
    ...(episode.publishedAt ? { date: episode.publishedAt.slice(0, 10) } : {}),
  };
}

function passageDocument(episode: StoredEpisode, passage: Passage): SearchDocument {
  return {
    id: passageId(episode.id, passage.start),
    kind: 'transcript',
    title: `${episode.title} at ${clockTime(passage.start)}`,
    keywords: [episode.showTitle, ...passage.speakers, ...(passage.chapter ? [passage.chapter] : [])],
    body: passage.text,
    itemId: episode.id,
    show: episode.showTitle,
    at: Math.floor(passage.start),
    hasTranscript: true,
    ...(passage.chapter ? { chapter: passage.chapter } : {}),
    ...(episode.publishedAt ? { date: episode.publishedAt.slice(0, 10) } : {}),
  };
}

/** Everything an episode puts in the index: itself, and a document per passage of its transcript. */
export function episodeDocuments(episode: StoredEpisode, feeds: FeedStore): SearchDocument[] {
  const chapters = episode.hasChapters ? feeds.chapters(episode.id) : [];
  const transcript = episode.hasTranscript ? feeds.transcript(episode.id) : null;
  return [podcastDocument(episode, chapters.map((c) => c.title)), ...(transcript ? transcriptPassages(transcript, chapters).map((passage) => passageDocument(episode, passage)) : [])];
}

/** The library's items and lessons (only those of the items `only` picks, when given). */
export function* libraryDocuments(library: Library, only: (item: ParsedItem) => boolean = () => true): Generator<SearchDocument> {
  for (const item of library.items()) {
    if (!only(item)) continue;
    yield itemDocument(item);
    for (const section of item.sections) {
      if (section.lesson) {
        const record = library.findLesson(section.lesson.id);
        if (record?.item === item) yield lessonDocument(record);
      }
    }
  }
}

/** Snippet text, fetched from where each record lives (the library as it is now: packs come and go). */
export function textSource(libraryNow: () => Library, journal: JournalStore, people: PeopleStore, actions: ActionStore, feeds: FeedStore, notes: NoteStore): TextSource {
  return (doc: IndexedDocument) => {
    const library = libraryNow();
    if (doc.kind === 'podcast') return feeds.findEpisode(doc.id)?.notesText ?? '';
    if (doc.kind === 'transcript') {
      const episodeId = doc.itemId ?? '';
      const passages = transcriptPassages(feeds.transcript(episodeId) ?? [], feeds.chapters(episodeId));
      return passages.find((passage) => Math.floor(passage.start) === doc.at)?.text ?? '';
    }
    if (doc.kind === 'lesson') return library.findLesson(doc.id)?.section.text ?? '';
    if (doc.kind === 'journal') return linksAsLabels(journal.find(doc.id)?.body ?? '');
    if (doc.kind === 'note') return notes.find(doc.id)?.text ?? '';
    if (doc.kind === 'person') {
      const person = people.find(doc.id);
      return person ? [person.role, person.notes].filter(Boolean).join(' · ') : '';
    }
    if (doc.kind === 'action') {
      const action = actions.find(doc.id);
      return action ? actionText(action) : '';
    }
    const item = library.findItem(doc.id);
    return item ? itemText(item) : '';
  };
}
