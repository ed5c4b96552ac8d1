// Validation at every receiving side: turns zod issues into one plain sentence per problem.
import type { z } from 'zod';
import { FulcrumError, type FieldIssue } from './errors';

function describePath(path: ReadonlyArray<PropertyKey>): string {
  if (path.length === 0) return 'The request';
  const words = path.map((part) =>
    typeof part === 'number'
      ? `(item ${part + 1})`
      : String(part)
          .replace(/([a-z])([A-Z])/g, '$1 $2')
          .toLowerCase(),
  );
  const text = words.join(' ').replace(/\bids\b/, 'ids').replace(/\bq\b/, 'search text');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The rule an issue broke, as the end of a sentence: "must be a date written YYYY-MM-DD". */
function ruleOf(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && issue.input === undefined) return 'is required';
  if (issue.code === 'unrecognized_keys') return `has fields Fulcrum does not know: ${issue.keys.join(', ')}`;
  if (issue.code === 'invalid_value') return `must be one of: ${issue.values.map(String).join(', ')}`;
  const message = issue.message.replace(/^Invalid input: /, '').replace(/[.!?]$/, '');
  return `${message.charAt(0).toLowerCase()}${message.slice(1)}`;
}

export function parseInput<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const result = schema.safeParse(raw ?? {}, { reportInput: true });
  if (result.success) return result.data;
  const issues: FieldIssue[] = result.error.issues.slice(0, 3).map((issue) => ({ path: issue.path.map((p) => (typeof p === 'number' ? p : String(p))), rule: ruleOf(issue) }));
  const sentences = issues.map((issue) => `${describePath(issue.path)} ${issue.rule}.`);
  throw new FulcrumError('invalid-input', `${sentences.join(' ')} Nothing was saved.`, issues);
}
