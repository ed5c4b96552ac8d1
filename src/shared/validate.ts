// Validation at every receiving side: turns zod issues into one plain sentence per problem.
import type { z } from 'zod';
import { FulcrumError } from './errors';

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

function describeIssue(issue: z.core.$ZodIssue): string {
  const subject = describePath(issue.path);
  if (issue.code === 'invalid_type' && issue.input === undefined) return `${subject} is required.`;
  if (issue.code === 'unrecognized_keys') return `${subject} has fields Fulcrum does not know: ${issue.keys.join(', ')}.`;
  if (issue.code === 'invalid_value') return `${subject} must be one of: ${issue.values.map(String).join(', ')}.`;
  const message = issue.message.replace(/^Invalid input: /, '');
  return `${subject} ${message.charAt(0).toLowerCase()}${message.slice(1)}${/[.!?]$/.test(message) ? '' : '.'}`;
}

export function parseInput<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const result = schema.safeParse(raw ?? {});
  if (result.success) return result.data;
  const sentences = result.error.issues.slice(0, 3).map(describeIssue);
  throw new FulcrumError('invalid-input', `${sentences.join(' ')} Nothing was saved.`);
}
