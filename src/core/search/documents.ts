// What each kind of record contributes to the search index, and where its snippet text comes from.
import type { JournalEntry } from '../../shared/types';
import type { Library, LessonRecord } from '../content/library';
import type { ParsedItem } from '../content/parseItem';
import type { JournalStore } from '../journal/journalStore';
import type { IndexedDocument, SearchDocument, TextSource } from './searchIndex';

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

export function journalDocument(entry: JournalEntry, library: Library): SearchDocument {
  const lessonTitles = entry.lessonIds.map((id) => library.findLesson(id)?.lesson.title ?? '');
  return {
    id: entry.id,
    kind: 'journal',
    title: entry.title || `Journal entry of ${entry.date}`,
    keywords: lessonTitles,
    body: entry.body,
    date: entry.date,
  };
}

export function* libraryDocuments(library: Library): Generator<SearchDocument> {
  for (const item of library.items()) {
    yield itemDocument(item);
    for (const section of item.sections) {
      if (section.lesson) {
        const record = library.findLesson(section.lesson.id);
        if (record?.item === item) yield lessonDocument(record);
      }
    }
  }
}

/** Snippet text, fetched from where each record lives. */
export function textSource(library: Library, journal: JournalStore): TextSource {
  return (doc: IndexedDocument) => {
    if (doc.kind === 'lesson') return library.findLesson(doc.id)?.section.text ?? '';
    if (doc.kind === 'journal') return journal.find(doc.id)?.body ?? '';
    const item = library.findItem(doc.id);
    return item ? itemText(item) : '';
  };
}
