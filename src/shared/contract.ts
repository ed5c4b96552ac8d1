// The one contract between the UI and the core. Every operation is declared here once: its name,
// the zod schema of its input and the type of its output. IPC channels, HTTP routes, the client
// and the handler table are all derived from this object; nothing else spells an operation name.
import { z } from 'zod';
import type {
  AppInfo,
  ExportedDocument,
  ItemDetail,
  ItemSummary,
  JournalEntry,
  LessonDetail,
  SearchFacets,
  SearchResults,
} from './types';
import { itemKinds, lessonModes, resultKinds } from './types';

/** Declares an operation: `op<Output>()(inputSchema)`. The output type exists only at compile time. */
function op<O>() {
  return <I extends z.ZodType>(input: I): { input: I; output?: O } => ({ input });
}

export const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const slugId = z
  .string()
  .trim()
  .regex(idPattern, 'must be lowercase letters, digits and single hyphens');
const entryId = z.string().trim().min(1, 'is required').max(100);
export const isoDate = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date written YYYY-MM-DD', abort: true })
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), 'is not a real calendar date');

const journalEntryInput = z.object({
  date: isoDate,
  title: z.string().trim().max(200, 'must be at most 200 characters').default(''),
  body: z.string().max(1_000_000, 'is too long (at most a million characters)'),
  lessonIds: z.array(slugId).max(50, 'can link at most 50 lessons').default([]),
});

export const contract = {
  'app.info': op<AppInfo>()(z.object({})),

  'search.query': op<SearchResults>()(
    z.object({
      q: z.string().max(500, 'is too long (at most 500 characters)'),
      kinds: z.array(z.enum(resultKinds)).optional(),
      modes: z.array(z.enum(lessonModes)).optional(),
      shows: z.array(z.string().max(200)).optional(),
      tags: z.array(z.string().max(100)).optional(),
      limit: z.number().int().min(1).max(200).default(30),
    }),
  ),
  'search.facets': op<SearchFacets>()(z.object({})),

  'library.list': op<ItemSummary[]>()(
    z.object({
      kind: z.enum(itemKinds).optional(),
      show: z.string().max(200).optional(),
      tag: z.string().max(100).optional(),
      sort: z.enum(['newest', 'oldest', 'title']).default('newest'),
    }),
  ),
  'library.item': op<ItemDetail>()(z.object({ id: slugId })),
  'library.lesson': op<LessonDetail>()(z.object({ id: slugId })),

  'journal.list': op<JournalEntry[]>()(
    z.object({
      lessonId: slugId.optional(),
      limit: z.number().int().min(1).max(1000).default(200),
    }),
  ),
  'journal.get': op<JournalEntry>()(z.object({ id: entryId })),
  'journal.create': op<JournalEntry>()(journalEntryInput),
  'journal.update': op<JournalEntry>()(
    journalEntryInput.extend({ id: entryId }),
  ),
  'journal.delete': op<{ deleted: JournalEntry }>()(
    z.object({ id: entryId }),
  ),
  'journal.restore': op<JournalEntry>()(z.object({ id: entryId })),

  'export.lesson': op<ExportedDocument>()(
    z.object({ id: slugId, format: z.enum(['md']).default('md') }),
  ),

  /** Host operations: answered by the door itself (a native dialog in the desktop app). */
  'host.saveFile': op<{ saved: boolean; path?: string }>()(
    z.object({
      fileName: z.string().min(1).max(255),
      mimeType: z.string().max(100),
      content: z.string(),
    }),
  ),
} as const;

export type Contract = typeof contract;
export type SearchQuery = z.output<Contract['search.query']['input']>;
export type LibraryQuery = z.output<Contract['library.list']['input']>;
export type JournalListQuery = z.output<Contract['journal.list']['input']>;
export type JournalEntryInput = z.output<typeof journalEntryInput>;
export type OperationName = keyof Contract;
/** Operations the door answers itself rather than the core. */
export type HostOperationName = Extract<OperationName, `host.${string}`>;
export type CoreOperationName = Exclude<OperationName, HostOperationName>;

/** What a caller passes: defaults may be left out. */
export type InputOf<N extends OperationName> = z.input<Contract[N]['input']>;
/** What a handler receives: validated, defaults filled in. */
export type ParsedInputOf<N extends OperationName> = z.output<Contract[N]['input']>;
export type OutputOf<N extends OperationName> = NonNullable<Contract[N]['output']>;

export const operationNames = Object.keys(contract) as OperationName[];

export function isOperationName(name: string): name is OperationName {
  return Object.hasOwn(contract, name);
}
