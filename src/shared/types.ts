// The records that cross the contract. Core produces them, every door carries them unchanged,
// the renderer and the CLI consume them. Plain data only: no classes, no functions, no Dates.

import type { ActionStatus, CoachingAction } from './coaching';

export const itemKinds = ['episode', 'article'] as const;
export type ItemKind = (typeof itemKinds)[number];

export const lessonModes = ['ask', 'share', 'mandate'] as const;
export type LessonMode = (typeof lessonModes)[number];

/** What a search hit can be. */
export const resultKinds = ['lesson', 'episode', 'article', 'journal', 'person', 'action'] as const;
export type ResultKind = (typeof resultKinds)[number];

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
}

/** A part of an item's body, in reading order. HTML is already sanitized by the core. */
export type ItemSection =
  | { type: 'text'; html: string }
  | { type: 'lesson'; lesson: LessonRef; html: string };

export interface ItemDetail extends ItemSummary {
  sections: ItemSection[];
}

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
  /** ISO 8601 timestamps (UTC). */
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
}

export interface SearchHit {
  /** Item id, lesson id or journal entry id, depending on kind. */
  id: string;
  kind: ResultKind;
  title: string;
  /** [start, end) ranges of matched words in the title. */
  titleMarks: Array<[number, number]>;
  /** Plain text; `marks` are [start, end) ranges of matched words in it. */
  snippet: string;
  marks: Array<[number, number]>;
  /** The item a lesson belongs to. */
  itemId?: string;
  /** A lesson's mode, or an action's kind (ask, share, mandate). */
  mode?: LessonMode;
  show?: string;
  date?: string;
  /** For actions: status, the person concerned, and the date it is due. */
  status?: ActionStatus;
  personId?: string;
  due?: string;
  score: number;
  /** How many of the query's words this hit matched. */
  matched: number;
}

export interface SearchResults {
  query: string;
  /** Meaningful query words after normalisation. */
  terms: string[];
  hits: SearchHit[];
  /** Hits before the limit was applied. */
  total: number;
}

export interface SearchFacets {
  shows: string[];
  tags: string[];
  /** People to filter actions and entries by. */
  people: Array<{ id: string; name: string }>;
}

export interface ExportedDocument {
  fileName: string;
  mimeType: string;
  content: string;
}

export interface ContentProblem {
  file: string;
  line: number;
  message: string;
}

export interface AppInfo {
  version: string;
  door: 'desktop' | 'browser';
  dataDir: string;
  itemCount: number;
  lessonCount: number;
  /** The leader's local date as the core sees it (the UI uses it for "today"). */
  today: string;
  /** Problems found in the content pack at start; the valid items still load. */
  contentProblems: ContentProblem[];
}
