// What every command shares: the usage error (exit code 2), required values, flags turned into
// contract input, rules the input broke reported against the flag that gave it, and printing a
// result as JSON (--json) or as text for people. The rules themselves live in the contract's schemas.
import { randomBytes } from 'node:crypto';
import { link, mkdir, readdir, rename, rm, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { FulcrumError } from '../shared/errors';

/** Every flag of every command, declared once: parseArgs reads them, and FlagValues follows from them. */
export const flags = {
  'data-dir': { type: 'string' },
  'content-dir': { type: 'string' },
  json: { type: 'boolean', default: false },
  kind: { type: 'string', multiple: true },
  limit: { type: 'string' },
  format: { type: 'string' },
  out: { type: 'string' },
  lesson: { type: 'string', multiple: true },
  text: { type: 'string' },
  title: { type: 'string' },
  date: { type: 'string' },
  name: { type: 'string' },
  relation: { type: 'string' },
  role: { type: 'string' },
  all: { type: 'boolean' },
  person: { type: 'string' },
  form: { type: 'string' },
  'expected-by': { type: 'string' },
  how: { type: 'string' },
  'help-needed': { type: 'string' },
  escalates: { type: 'string' },
  step: { type: 'string' },
  category: { type: 'string' },
  status: { type: 'string' },
  candidates: { type: 'boolean' },
  weeks: { type: 'string' },
  'due-from': { type: 'string' },
  'due-to': { type: 'string' },
  'include-journal': { type: 'boolean' },
  paper: { type: 'string' },
  journal: { type: 'boolean' },
  as: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  force: { type: 'boolean' },
  feed: { type: 'string' },
  wait: { type: 'boolean' },
  replace: { type: 'boolean' },
  episode: { type: 'string' },
  at: { type: 'string' },
  'from-note': { type: 'string' },
  mode: { type: 'string' },
  tag: { type: 'string', multiple: true },
  quote: { type: 'string' },
  every: { type: 'string' },
  day: { type: 'string' },
  team: { type: 'string' },
  manager: { type: 'string' },
  mapping: { type: 'string' },
  owner: { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

/** The flags as parsed: booleans, lists (flags given several times) and single strings. */
export type FlagValues = {
  [F in keyof typeof flags]?: (typeof flags)[F] extends { type: 'boolean' } ? boolean : (typeof flags)[F] extends { multiple: true } ? string[] : string;
};

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

/** A flag's text as the contract expects a number: the number it spells, or the text (which the schema then refuses). */
export function numeric(value: string | undefined): number | string | undefined {
  return value !== undefined && /^\s*-?\d+(\.\d+)?\s*$/.test(value) ? Number(value) : value;
}

/** Which flag gives each field of the contract's input (by its path, array positions left out). */
const flagOfField: Record<string, string> = {
  limit: 'limit',
  kinds: 'kind',
  kind: 'kind',
  statuses: 'status',
  status: 'status',
  personIds: 'person',
  personId: 'person',
  dueFrom: 'due-from',
  dueTo: 'due-to',
  date: 'date',
  title: 'title',
  body: 'text',
  text: 'text',
  lessonIds: 'lesson',
  name: 'name',
  relation: 'relation',
  role: 'role',
  form: 'form',
  'confirmations.when': 'expected-by',
  'confirmations.how': 'how',
  'confirmations.help': 'help-needed',
  dueDate: 'expected-by',
  escalates: 'escalates',
  step: 'step',
  category: 'category',
  weeks: 'weeks',
  format: 'format',
  paper: 'paper',
  introduction: 'text',
  lessons: 'lesson',
  'lessons.lessonId': 'lesson',
  from: 'from',
  to: 'to',
  at: 'at',
  episodeId: 'episode',
  lessonId: 'lesson',
  mode: 'mode',
  tags: 'tag',
  'from.noteId': 'from-note',
  'from.episodeId': 'episode',
  'from.at': 'at',
  'from.quote': 'quote',
  cadence: 'every',
  day: 'day',
  startsOn: 'from',
  team: 'team',
  days: 'limit',
  expectedBy: 'expected-by',
  owners: 'owner',
  owner: 'owner',
};

/**
 * Rewords an invalid-input error from the contract in the CLI's terms, naming the flag and what it
 * was given: `--limit must be a whole number from 1 to 200, not "0"`. Other errors pass unchanged.
 */
export function inFlagTerms(error: unknown, values: Record<string, unknown>): unknown {
  if (!(error instanceof FulcrumError) || error.code !== 'invalid-input' || error.issues.length === 0) return error;
  const sentences: string[] = [];
  for (const issue of error.issues) {
    const flag = flagOfField[issue.path.filter((part) => typeof part === 'string').join('.')];
    if (!flag) return error;
    const given = values[flag];
    sentences.push(`--${flag} ${issue.rule}${given === undefined ? '' : `, not "${[given].flat().join(',')}"`}`);
  }
  return new UsageError(sentences.join('; '));
}

/**
 * Flags as the input of an operation, without the ones not given. The values are passed as typed so
 * the schema, not the CLI, judges them: the cast only tells the compiler that this is deliberate.
 */
export function asInput<T>(fields: Record<string, unknown>): T {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as T;
}

/** A name beside `target` for writing it before it is complete: a stopped write never passes for the file. */
const partName = (target: string) => path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(4).toString('hex')}.part`);

const alreadyThere = (target: string) => new UsageError(`${target} already exists; choose another --out, or add --force to replace it`);

/**
 * Writes a file that must not exist yet, unless `force` says to replace it: nothing is overwritten
 * unasked. The content is written under a temporary name first and then put in place at once, so
 * an interrupted write leaves no partial file.
 */
export async function writeNewFile(file: string, content: string | Uint8Array, force: boolean | undefined): Promise<void> {
  const part = partName(file);
  try {
    await writeFile(part, content, { flag: 'wx' });
    if (force) await rename(part, file);
    else await link(part, file); // fails if the file exists, where rename would replace it
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw alreadyThere(file);
    throw new FulcrumError('unavailable', `could not write ${file}: ${(error as Error).message}`);
  } finally {
    await unlink(part).catch(() => undefined);
  }
}

/**
 * Writes a folder of files that must not exist yet (or be empty). Written under a temporary name,
 * then renamed into place. With `force`, an existing folder keeps its other files and the
 * same-named ones are replaced, each at once.
 */
export async function writeNewFolder(folder: string, files: ReadonlyArray<{ name: string; bytes: Uint8Array }>, force: boolean | undefined): Promise<void> {
  const existing = await readdir(folder).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    if (error.code === 'ENOTDIR') throw new UsageError(`${folder} is a file, not a folder; choose another --out (end it with .zip for a zip file)`);
    throw new FulcrumError('unavailable', `could not read ${folder}: ${error.message}`);
  });
  if (existing && existing.length > 0) {
    if (!force) throw alreadyThere(folder);
    for (const file of files) await writeNewFile(path.join(folder, file.name), file.bytes, true);
    return;
  }
  const part = partName(folder);
  try {
    await mkdir(part);
    for (const file of files) await writeFile(path.join(part, file.name), file.bytes, { flag: 'wx' });
    await rename(part, folder);
  } catch (error) {
    await rm(part, { recursive: true, force: true });
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST' || code === 'ENOTEMPTY') throw alreadyThere(folder);
    throw new FulcrumError('unavailable', `could not write ${folder}: ${(error as Error).message}`);
  }
}
