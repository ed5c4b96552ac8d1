// How search results are grouped, ordered for the keyboard, and where each one leads; and what the
// panel says while the index is still being built.
import { addDays } from '../../../shared/calendarDays';
import type { ActionStatus } from '../../../shared/contract';
import type { IndexingProgress, LessonMode, ResultKind, SearchHit } from '../../../shared/contract';

/** When an action is due, relative to today. */
export type DueWindow = '' | 'overdue' | 'today' | 'week';

export interface SearchFilters {
  kinds: ResultKind[];
  modes: LessonMode[];
  statuses: ActionStatus[];
  show: string;
  tag: string;
  personId: string;
  due: DueWindow;
  /** Only episodes with a transcript, and passages of transcripts. */
  hasTranscript: boolean;
}

export const noFilters: SearchFilters = { kinds: [], modes: [], statuses: [], show: '', tag: '', personId: '', due: '', hasTranscript: false };

export function hasFilters(filters: SearchFilters): boolean {
  return (
    filters.kinds.length > 0 ||
    filters.modes.length > 0 ||
    filters.statuses.length > 0 ||
    filters.show !== '' ||
    filters.tag !== '' ||
    filters.personId !== '' ||
    filters.due !== '' ||
    filters.hasTranscript
  );
}

/** The due-date range (inclusive) a due window means on `today`. */
export function dueRange(due: DueWindow, today: string): { dueFrom?: string; dueTo?: string } {
  if (due === 'overdue') return { dueTo: addDays(today, -1) };
  if (due === 'today') return { dueFrom: today, dueTo: today };
  if (due === 'week') return { dueFrom: today, dueTo: addDays(today, 6) };
  return {};
}

export const kindGroups: ReadonlyArray<{ kind: ResultKind; label: string; singular: string }> = [
  { kind: 'lesson', label: 'Lessons', singular: 'Lesson' },
  { kind: 'action', label: 'Actions', singular: 'Action' },
  { kind: 'person', label: 'People', singular: 'Person' },
  { kind: 'journal', label: 'Journal', singular: 'Journal entry' },
  { kind: 'note', label: 'Your notes', singular: 'Note' },
  { kind: 'episode', label: 'Episodes', singular: 'Episode' },
  { kind: 'article', label: 'Articles', singular: 'Article' },
  { kind: 'podcast', label: 'Podcast episodes', singular: 'Podcast episode' },
  { kind: 'transcript', label: 'In transcripts', singular: 'Transcript passage' },
];

export interface HitGroup {
  kind: ResultKind;
  label: string;
  hits: SearchHit[];
}

/** Groups in a fixed order (lessons first); within a group the core's ranking is kept. */
export function groupHits(hits: SearchHit[]): HitGroup[] {
  return kindGroups
    .map(({ kind, label }) => ({ kind, label, hits: hits.filter((hit) => hit.kind === kind) }))
    .filter((group) => group.hits.length > 0);
}

export function routeOfHit(hit: SearchHit): string {
  if (hit.kind === 'lesson') return `/lesson/${hit.id}`;
  if (hit.kind === 'journal') return `/journal/${hit.id}`;
  if (hit.kind === 'person') return `/people/${hit.id}`;
  if (hit.kind === 'action') return `/actions/${hit.id}`;
  if (hit.kind === 'podcast') return `/episode/${hit.id}`;
  if (hit.kind === 'transcript') return `/episode/${hit.itemId ?? ''}?t=${hit.at ?? 0}`;
  if (hit.kind === 'note') return `/episode/${hit.itemId ?? ''}?t=${hit.at ?? 0}&note=${hit.id}`;
  return `/item/${hit.id}`;
}

export function hitKey(hit: SearchHit): string {
  return `${hit.kind}:${hit.id}`;
}

export function optionId(hit: SearchHit): string {
  return `search-option-${hit.kind}-${hit.id.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

const count = new Intl.NumberFormat('en');

/** While the index is being built, answers cover only what is in it so far: say how far it got. */
export function indexingNotice({ indexed, total }: IndexingProgress): string {
  return `Indexing the library… ${count.format(Math.min(indexed, total))} of ${count.format(total)} — results may be incomplete`;
}
