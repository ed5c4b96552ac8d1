// The notes namespace: a note taken at a moment of an episode ("at 12:34"), in the leader's words
// (pre-filled with what is said then), optionally about a lesson or a person. Notes show on the
// episode, on the journal day they were taken, in search, in exports and as backlinks; a note can
// become a lesson of the leader's own (lessons.create).
import { z } from 'zod';
import { isoDate, op, recordId, slugId, wholeNumber } from './operation';

export interface EpisodeNote {
  id: string;
  episodeId: string;
  /** The episode and show as they read now (kept when the show is unsubscribed). */
  episodeTitle: string;
  showTitle: string;
  /** The moment, in whole seconds from the episode's start. */
  at: number;
  /** The note's Markdown text. */
  text: string;
  lessonId: string | null;
  personId: string | null;
  /** The person's name as it reads now. */
  personName: string | null;
  /** The day the note belongs to in the journal, YYYY-MM-DD. */
  date: string;
  /** Personal lessons made from this note. */
  lessonIdsMade: string[];
  createdAt: string;
  updatedAt: string;
}

const momentMessage = 'must be a time written 12:34, 1:02:03 or a number of seconds';

/** "12:34", "1:02:03" or a number of seconds (754 or "754"), read as whole seconds. */
export const momentInput = z.union([z.number(), z.string()], { error: momentMessage }).transform((value, ctx) => {
  const text = String(value).trim();
  const seconds = /^(?:\d{1,7}|\d{1,4}:[0-5]\d|\d{1,3}:[0-5]\d:[0-5]\d)$/.test(text) ? text.split(':').reduce((total, part) => total * 60 + Number(part), 0) : NaN;
  if (!Number.isInteger(seconds) || seconds > 1_000_000) {
    ctx.addIssue({ code: 'custom', message: momentMessage });
    return z.NEVER;
  }
  return seconds;
});

const noteText = z.string().trim().min(1, 'is empty: write what you want to keep').max(20_000, 'is too long (at most 20,000 characters)');

const noteInput = z.object({
  episodeId: recordId,
  at: momentInput,
  text: noteText,
  lessonId: slugId.nullable().default(null),
  personId: recordId.nullable().default(null),
  /** The journal day; today when left out. */
  date: isoDate.optional(),
});
export type NoteInput = z.output<typeof noteInput>;

export const noteListQuery = z.object({
  episodeId: recordId.optional(),
  lessonId: slugId.optional(),
  personId: recordId.optional(),
  date: isoDate.optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  limit: wholeNumber(1, 5000).default(500),
});
export type NoteListQuery = z.output<typeof noteListQuery>;

export const noteOperations = {
  /** Notes, an episode's in the order heard, any others newest first. */
  'notes.list': op<EpisodeNote[]>()(noteListQuery),
  'notes.get': op<EpisodeNote>()(z.object({ id: recordId })),
  'notes.create': op<EpisodeNote>()(noteInput),
  'notes.update': op<EpisodeNote>()(
    z.object({
      id: recordId,
      at: momentInput.optional(),
      text: noteText.optional(),
      lessonId: slugId.nullable().optional(),
      personId: recordId.nullable().optional(),
    }),
  ),
  /** Moves a note to the bin; `notes.restore` brings it back. */
  'notes.delete': op<{ deleted: EpisodeNote }>()(z.object({ id: recordId })),
  'notes.restore': op<EpisodeNote>()(z.object({ id: recordId })),
};
