// What every command shares: the usage error (exit code 2), required values, and printing a
// result as JSON (--json) or as text for people.

/** A mistake in how the command was called: exit code 2 and a hint, rather than a failure. */
export class UsageError extends Error {}

export type Output = { write(text: string): unknown };

export function print(out: Output, json: boolean | undefined, value: unknown, human: () => string): void {
  out.write(json ? `${JSON.stringify(value, null, 2)}\n` : human());
}

export function need<T>(value: T | undefined, message: string): T {
  if (value === undefined || value === '') throw new UsageError(message);
  return value;
}
