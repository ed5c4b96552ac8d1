// How search results are grouped, ordered for the keyboard, and where each one leads.
import type { ActionStatus } from '../../../shared/coaching';
import type { LessonMode, ResultKind, SearchHit } from '../../../shared/types';

export interface SearchFilters {
  kinds: ResultKind[];
  modes: LessonMode[];
  statuses: ActionStatus[];
  show: string;
  tag: string;
  personId: string;
}

export const noFilters: SearchFilters = { kinds: [], modes: [], statuses: [], show: '', tag: '', personId: '' };

export function hasFilters(filters: SearchFilters): boolean {
  return filters.kinds.length > 0 || filters.modes.length > 0 || filters.statuses.length > 0 || filters.show !== '' || filters.tag !== '' || filters.personId !== '';
}

export const kindGroups: ReadonlyArray<{ kind: ResultKind; label: string; singular: string }> = [
  { kind: 'lesson', label: 'Lessons', singular: 'Lesson' },
  { kind: 'action', label: 'Actions', singular: 'Action' },
  { kind: 'person', label: 'People', singular: 'Person' },
  { kind: 'journal', label: 'Journal', singular: 'Journal entry' },
  { kind: 'episode', label: 'Episodes', singular: 'Episode' },
  { kind: 'article', label: 'Articles', singular: 'Article' },
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
  return `/item/${hit.id}`;
}

export function hitKey(hit: SearchHit): string {
  return `${hit.kind}:${hit.id}`;
}

export function optionId(hit: SearchHit): string {
  return `search-option-${hit.kind}-${hit.id.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}
