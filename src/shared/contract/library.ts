// The library namespace: the bundled items (episodes, articles) and the lessons inside them.
import { z } from 'zod';
import type { CoachingAction } from './actions';
import type { JournalEntry } from './journal';
import type { EpisodeNote } from './notes';
import { op, slugId } from './operation';

export const itemKinds = ['episode', 'article'] as const;
export type ItemKind = (typeof itemKinds)[number];

export const lessonModes = ['ask', 'share', 'mandate'] as const;
export type LessonMode = (typeof lessonModes)[number];

export interface Guest {
  name: string;
  role?: string;
  organisation?: string;
}

export interface LessonRef {
  id: string;
  title: string;
  mode?: LessonMode;
  itemId: string;
}

export interface ItemSummary {
  id: string;
  kind: ItemKind;
  title: string;
  /** ISO date, YYYY-MM-DD. */
  date: string;
  show: string;
  host?: string;
  author?: string;
  guests: Guest[];
  category: string;
  tags: string[];
  summary: string;
  lessons: LessonRef[];
  /** The library pack a leader imported it with; absent for the bundled library. */
  pack?: { id: string; title: string };
}

/** A part of an item's body, in reading order. HTML is already sanitized by the core. */
export type ItemSection = { type: 'text'; html: string } | { type: 'lesson'; lesson: LessonRef; html: string };

export interface ItemDetail extends ItemSummary {
  sections: ItemSection[];
}

/** The library pack personal lessons appear in. */
export const personalPack = { id: 'your-lessons', title: 'Your lessons' } as const;

/** Where a lesson of the leader's own comes from. */
export interface PersonalLessonSource {
  /** The note it was promoted from (null once that note is deleted for good, or when it had none). */
  noteId: string | null;
  episodeId: string | null;
  /** The moment of the episode, in seconds. */
  at: number | null;
  /** The words it was taken from (a transcript or show-notes passage). */
  quote: string | null;
  /** How the source reads now: "Episode title at 12:34". */
  label: string | null;
}

export interface PersonalLesson {
  /** The lesson's id in the library (`lesson:ID` links, actions' lessonIds). */
  id: string;
  /** The library item that holds it. */
  itemId: string;
  title: string;
  mode: LessonMode | null;
  tags: string[];
  /** The lesson in the leader's words (Markdown). */
  body: string;
  source: PersonalLessonSource;
  createdAt: string;
  updatedAt: string;
}

export interface LessonDetail {
  lesson: LessonRef;
  item: ItemSummary;
  html: string;
  /** Journal entries that link to this lesson, newest first. */
  backlinks: JournalEntry[];
  /** Coaching actions that applied the lesson, newest first. */
  actions: CoachingAction[];
  /** Notes about the lesson, and the one it was promoted from, newest first. */
  notes: EpisodeNote[];
  /** Set when the lesson is one of the leader's own (they can edit it). */
  own: PersonalLesson | null;
}

const libraryQuery = z.object({
  kind: z.enum(itemKinds).optional(),
  show: z.string().max(200).optional(),
  tag: z.string().max(100).optional(),
  sort: z.enum(['newest', 'oldest', 'title']).default('newest'),
});
export type LibraryQuery = z.output<typeof libraryQuery>;

export const libraryOperations = {
  'library.list': op<ItemSummary[]>()(libraryQuery),
  'library.item': op<ItemDetail>()(z.object({ id: slugId })),
  'library.lesson': op<LessonDetail>()(z.object({ id: slugId })),
};
