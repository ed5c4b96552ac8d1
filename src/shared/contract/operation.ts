// How an operation is declared, and the small schemas several namespaces share (ids, dates, whole
// numbers). Messages are written as the end of a sentence ("must be …"), so every door can put its
// own subject in front: "Limit must be …" in the app, "--limit must be …" in the CLI.
import { z } from 'zod';

/** Declares an operation: `op<Output>()(inputSchema)`. The output type exists only at compile time. */
export function op<O>() {
  return <I extends z.ZodType>(input: I): { input: I; output?: O } => ({ input });
}

export const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A lesson's or an item's id, as written in the content pack. */
export const slugId = z.string().trim().regex(idPattern, 'must be lowercase letters, digits and single hyphens');

/** A Markdown file brought in by an import: its path inside the folder or zip, and its text. */
export const textFile = z.object({
  path: z.string().min(1).max(1000),
  content: z.string().max(1_000_000, 'is too long (at most a million characters)'),
});
export type TextFile = z.output<typeof textFile>;

/** The id of a record the journal made (entry, person, action). */
export const recordId = z.string().trim().min(1, 'is required').max(100);

export const isoDate = z
  .string({ error: 'must be a date written YYYY-MM-DD' })
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date written YYYY-MM-DD', abort: true })
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), 'is not a real calendar date');

/** A whole number in a range, with one message for every way of getting it wrong. */
export function wholeNumber(min: number, max: number) {
  const message = `must be a whole number from ${min} to ${max}`;
  return z.number({ error: message }).int(message).min(min, message).max(max, message);
}
