// The briefs namespace: a team brief is lessons picked by the leader, in their order, each with the
// leader's comment, under their introduction. Exported to share: library text and the leader's own
// words, never the journal.
import { z } from 'zod';
import { op, recordId, slugId } from './operation';

export interface BriefLesson {
  lessonId: string;
  /** The lesson's title as the library has it now; empty when it has left the library. */
  title: string;
  comment: string;
}

export interface Brief {
  id: string;
  title: string;
  introduction: string;
  lessons: BriefLesson[];
  createdAt: string;
  updatedAt: string;
}

const title = z.string().trim().min(1, 'is required').max(200, 'must be at most 200 characters');
const introduction = z.string().max(20_000, 'is too long (at most 20,000 characters)');
const lessons = z
  .array(z.object({ lessonId: slugId, comment: z.string().max(5000, 'is too long (at most 5,000 characters)').default('') }))
  .max(100, 'can hold at most 100 lessons')
  .refine((list) => new Set(list.map((l) => l.lessonId)).size === list.length, 'hold a lesson only once');

export const briefOperations = {
  'briefs.list': op<Brief[]>()(z.object({})),
  'briefs.get': op<Brief>()(z.object({ id: recordId })),
  'briefs.create': op<Brief>()(z.object({ title, introduction: introduction.default(''), lessons: lessons.default([]) })),
  /** Saves the whole brief: its title, introduction, and lessons in this order with their comments. */
  'briefs.update': op<Brief>()(z.object({ id: recordId, title, introduction, lessons })),
  /** Adds a lesson at the end, unless the brief holds it already. */
  'briefs.addLesson': op<Brief>()(z.object({ id: recordId, lessonId: slugId })),
  'briefs.duplicate': op<Brief>()(z.object({ id: recordId })),
  'briefs.delete': op<{ deleted: Brief }>()(z.object({ id: recordId })),
  'briefs.restore': op<Brief>()(z.object({ id: recordId })),
};
