/** A mistake in how the command was called: exit code 2 and a hint, rather than a failure. */
export class UsageError extends Error {}
