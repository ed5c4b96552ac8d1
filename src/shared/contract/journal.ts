// The journal namespace: dated Markdown entries linked to lessons, people and actions.
import { z } from 'zod';
import { isoDate, op, recordId, slugId, wholeNumber } from './operation';

export interface JournalEntry {
  id: string;
  /** The day the entry is about, YYYY-MM-DD. */
  date: string;
  title: string;
  /** The entry's Markdown source. */
  body: string;
  /** Linked lessons, people and coaching actions: picked ones plus those linked inside the text. */
  lessonIds: string[];
  personIds: string[];
  actionIds: string[];
  /** For the note of a 1:1: the person it was with (one note per person and day). */
  oneOnOneWith: string | null;
  /** ISO 8601 timestamps (UTC). */
  createdAt: string;
  updatedAt: string;
}

const journalEntryInput = z.object({
  date: isoDate,
  title: z.string().trim().max(200, 'must be at most 200 characters').default(''),
  body: z.string().max(1_000_000, 'is too long (at most a million characters)'),
  lessonIds: z.array(slugId).max(50, 'can link at most 50 lessons').default([]),
  personIds: z.array(recordId).max(50, 'can link at most 50 people').default([]),
  actionIds: z.array(recordId).max(50, 'can link at most 50 actions').default([]),
  /** Makes the entry the note of a 1:1 with this person; left out on update, it stays as it was. */
  oneOnOneWith: recordId.nullable().optional(),
});
export type JournalEntryInput = z.output<typeof journalEntryInput>;

const journalListQuery = z.object({
  lessonId: slugId.optional(),
  personId: recordId.optional(),
  actionId: recordId.optional(),
  /** Entries that link this podcast episode in their text. */
  episodeId: recordId.optional(),
  date: isoDate.optional(),
  /** Inclusive bounds on the entry's day. */
  from: isoDate.optional(),
  to: isoDate.optional(),
  limit: wholeNumber(1, 1000).default(200),
});
export type JournalListQuery = z.output<typeof journalListQuery>;

export const journalOperations = {
  'journal.list': op<JournalEntry[]>()(journalListQuery),
  'journal.get': op<JournalEntry>()(z.object({ id: recordId })),
  'journal.create': op<JournalEntry>()(journalEntryInput),
  'journal.update': op<JournalEntry>()(journalEntryInput.extend({ id: recordId })),
  'journal.delete': op<{ deleted: JournalEntry }>()(z.object({ id: recordId })),
  'journal.restore': op<JournalEntry>()(z.object({ id: recordId })),
};
