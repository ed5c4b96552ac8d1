// Errors that cross the contract. Every door turns a failure into this shape, and the client turns
// it back into a FulcrumError, so the UI always has a code to branch on and a sentence to show.

export const errorCodes = ['invalid-input', 'not-found', 'conflict', 'unavailable', 'unauthorized', 'cancelled', 'internal'] as const;
export type ErrorCode = (typeof errorCodes)[number];

/** One field of the input that broke a rule of the contract: where, and the rule ("must be …"). */
export interface FieldIssue {
  path: Array<string | number>;
  rule: string;
}

export interface ErrorPayload {
  code: ErrorCode;
  /** One or two plain sentences: what happened and what to do. */
  message: string;
  /** For invalid input: each field at fault, so a door can name it its own way (a CLI flag). */
  issues?: FieldIssue[];
}

export class FulcrumError extends Error {
  readonly code: ErrorCode;
  readonly issues: FieldIssue[];
  constructor(code: ErrorCode, message: string, issues: FieldIssue[] = []) {
    super(message);
    this.name = 'FulcrumError';
    this.code = code;
    this.issues = issues;
  }
  toPayload(): ErrorPayload {
    return { code: this.code, message: this.message, ...(this.issues.length ? { issues: this.issues } : {}) };
  }
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ErrorPayload };

export function isErrorPayload(value: unknown): value is ErrorPayload {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.message === 'string' && (errorCodes as readonly unknown[]).includes(v.code);
}

/** Turns anything thrown into a payload; unexpected errors keep their message but say it was unexpected. */
export function toErrorPayload(error: unknown): ErrorPayload {
  if (error instanceof FulcrumError) return error.toPayload();
  const detail = error instanceof Error ? error.message : String(error);
  return {
    code: 'internal',
    message: `Something went wrong inside Fulcrum: ${detail}. Nothing was changed; please try again.`,
  };
}
