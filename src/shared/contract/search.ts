// The search namespace: one query over lessons, items, journal entries, people and actions.
import { z } from 'zod';
import { actionStatuses, type ActionStatus } from './actions';
import { lessonModes, type LessonMode } from './library';
import { isoDate, op, recordId, wholeNumber } from './operation';

/** What a search hit can be. */
/** `episode` and `article` are the library's items; `podcast` an episode of a followed show, `transcript` a passage of its transcript. */
export const resultKinds = ['lesson', 'episode', 'article', 'podcast', 'transcript', 'note', 'journal', 'person', 'action'] as const;
export type ResultKind = (typeof resultKinds)[number];

export interface SearchHit {
  /** Item id, lesson id or record id, depending on kind. */
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
  /** For a transcript passage: where it starts, in seconds, and the chapter it is in. */
  at?: number;
  chapter?: string;
  score: number;
  /** How many of the query's words this hit matched. */
  matched: number;
}

/** How far the index got while it is still being built after start. */
export interface IndexingProgress {
  indexed: number;
  total: number;
}

export interface SearchResults {
  query: string;
  /** Meaningful query words after normalisation. */
  terms: string[];
  hits: SearchHit[];
  /** Hits before the limit was applied (the query's every page). */
  total: number;
  /** Where `hits` start among all of them (the query's offset). */
  offset: number;
  /** Present while the index is still being built: the hits cover only what is indexed so far. */
  indexing?: IndexingProgress;
}

export interface SearchFacets {
  shows: string[];
  tags: string[];
  /** People to filter actions and entries by. */
  people: Array<{ id: string; name: string }>;
}

const searchQuery = z.object({
  q: z.string().max(500, 'is too long (at most 500 characters)'),
  kinds: z.array(z.enum(resultKinds)).optional(),
  modes: z.array(z.enum(lessonModes)).optional(),
  shows: z.array(z.string().max(200)).optional(),
  tags: z.array(z.string().max(100)).optional(),
  statuses: z.array(z.enum(actionStatuses)).optional(),
  personIds: z.array(recordId).max(50).optional(),
  /** Inclusive bounds on an action's due date (the ask's "when" or the mandate's due date). */
  dueFrom: isoDate.optional(),
  dueTo: isoDate.optional(),
  /** Only podcast episodes that have a transcript, and passages of transcripts. */
  hasTranscript: z.boolean().optional(),
  limit: wholeNumber(1, 200).default(30),
  /** Hits to skip: the next page of the same query starts where the last one ended. */
  offset: wholeNumber(0, 100_000).default(0),
});
/** A query; without an offset, the first page. */
export type SearchQuery = Omit<z.output<typeof searchQuery>, 'offset'> & { offset?: number };

export const searchOperations = {
  'search.query': op<SearchResults>()(searchQuery),
  'search.facets': op<SearchFacets>()(z.object({})),
};
