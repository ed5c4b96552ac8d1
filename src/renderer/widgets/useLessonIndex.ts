// Every lesson in the library by id, with the item it comes from: journal entries and coaching
// actions show their linked lessons by title without one call per lesson.
import type { ItemSummary, LessonRef } from '../../shared/contract';
import { useClient } from '../transport/connection';
import { useLoad, type Load } from '../ui/useLoad';

export interface IndexedLesson {
  lesson: LessonRef;
  item: Pick<ItemSummary, 'id' | 'title' | 'show'>;
}

export type LessonIndex = Map<string, IndexedLesson>;

export function buildLessonIndex(items: ItemSummary[]): LessonIndex {
  const index: LessonIndex = new Map();
  for (const item of items) {
    for (const lesson of item.lessons) index.set(lesson.id, { lesson, item: { id: item.id, title: item.title, show: item.show } });
  }
  return index;
}

export function useLessonIndex(): Load<LessonIndex> {
  const client = useClient();
  return useLoad('lesson-index', async () => buildLessonIndex(await client.library.list({ sort: 'newest' })));
}
