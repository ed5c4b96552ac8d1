// The lessons namespace: lessons of the leader's own, promoted from a moment (a timestamped note, a
// transcript passage, a show-notes passage) or written from scratch. Each joins the library as a
// lesson of "Your lessons": it is browsed, searched, applied and exported like a bundled one.
import { z } from 'zod';
import { lessonModes, type PersonalLesson } from './library';
import { momentInput } from './notes';
import { op, recordId, slugId } from './operation';

const title = z.string().trim().min(1, 'is required').max(200, 'must be at most 200 characters');
const body = z.string().trim().max(50_000, 'is too long (at most 50,000 characters)');
const tags = z
  .array(
    z
      .string()
      .trim()
      .toLowerCase()
      .regex(/^[\p{L}\p{N}]+(?:[- ][\p{L}\p{N}]+)*$/u, 'must be words (letters, digits, spaces or hyphens)')
      .max(60),
  )
  .max(20, 'can be at most 20')
  .default([]);

/** Where a lesson comes from: a note, or a moment of an episode with the words quoted. */
const fromInput = z.union([
  z.object({ noteId: recordId }),
  z.object({ episodeId: recordId, at: momentInput.nullable().default(null), quote: z.string().trim().max(5000, 'is too long (at most 5,000 characters)').nullable().default(null) }),
]);

export const lessonOperations = {
  /** The leader's own lessons, newest first. */
  'lessons.list': op<PersonalLesson[]>()(z.object({ episodeId: recordId.optional(), noteId: recordId.optional() })),
  'lessons.get': op<PersonalLesson>()(z.object({ id: slugId })),
  'lessons.create': op<PersonalLesson>()(
    z.object({ title, mode: z.enum(lessonModes).nullable().default(null), tags, body: body.default(''), from: fromInput.nullable().default(null) }),
  ),
  'lessons.update': op<PersonalLesson>()(z.object({ id: slugId, title: title.optional(), mode: z.enum(lessonModes).nullable().optional(), tags: tags.optional(), body: body.optional() })),
  /** Removes a lesson nothing applies or links yet; otherwise says what uses it and keeps it. */
  'lessons.delete': op<{ deleted: PersonalLesson }>()(z.object({ id: slugId })),
};
