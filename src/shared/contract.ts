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
import type { AskAction, BalanceReport, CoachingAction, CoachingSettingsView, ActionDetail, MandateAction, Person, PersonDetail, ReminderView } from './coaching';
import { actionKinds, actionStatuses, askForms, relations, shareCategories } from './coaching';

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
  personIds: z.array(entryId).max(50, 'can link at most 50 people').default([]),
  actionIds: z.array(entryId).max(50, 'can link at most 50 actions').default([]),
});

const personInput = z.object({
  name: z.string().trim().min(1, 'is required').max(200, 'must be at most 200 characters'),
  relation: z.enum(relations, 'must be one of sales-manager, salesperson, customer, prospect, other'),
  role: z.string().trim().max(200, 'must be at most 200 characters').default(''),
  notes: z.string().max(20_000, 'is too long').default(''),
});

const optionalText = z.string().trim().max(2000, 'must be at most 2,000 characters').nullable().optional();
/** The fields an action may carry; which ones belong to which kind is a rule the core explains. */
const actionFields = {
  notes: z.string().max(20_000, 'is too long').optional(),
  date: isoDate.optional(),
  lessonIds: z.array(slugId).max(20, 'can link at most 20 lessons').optional(),
  form: z.enum(askForms, 'must be request, challenge or lost-confidence').optional(),
  how: optionalText,
  when: isoDate.nullable().optional(),
  help: optionalText,
  dueDate: isoDate.nullable().optional(),
  escalates: entryId.nullable().optional(),
  step: z.number().int('must be a whole number').min(1, 'must be at least 1').max(10, 'must be at most 10').nullable().optional(),
  category: z.enum(shareCategories, `must be one of ${shareCategories.join(', ')}`).optional(),
};
const actionText = z.string().trim().min(1, 'is required').max(2000, 'must be at most 2,000 characters');

export const contract = {
  'app.info': op<AppInfo>()(z.object({})),

  'search.query': op<SearchResults>()(
    z.object({
      q: z.string().max(500, 'is too long (at most 500 characters)'),
      kinds: z.array(z.enum(resultKinds)).optional(),
      modes: z.array(z.enum(lessonModes)).optional(),
      shows: z.array(z.string().max(200)).optional(),
      tags: z.array(z.string().max(100)).optional(),
      statuses: z.array(z.enum(actionStatuses)).optional(),
      personIds: z.array(entryId).max(50).optional(),
      /** Inclusive bounds on an action's due date (the ask's "when" or the mandate's due date). */
      dueFrom: isoDate.optional(),
      dueTo: isoDate.optional(),
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
      personId: entryId.optional(),
      actionId: entryId.optional(),
      date: isoDate.optional(),
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

  'people.list': op<Person[]>()(z.object({ includeArchived: z.boolean().default(false) })),
  'people.get': op<PersonDetail>()(z.object({ id: entryId })),
  'people.create': op<Person>()(personInput),
  'people.update': op<Person>()(personInput.extend({ id: entryId })),
  'people.archive': op<Person>()(z.object({ id: entryId, archived: z.boolean() })),
  'people.delete': op<{ deleted: Person }>()(z.object({ id: entryId })),

  'actions.list': op<CoachingAction[]>()(
    z.object({
      personId: entryId.optional(),
      kind: z.enum(actionKinds).optional(),
      status: z.enum(actionStatuses).optional(),
      lessonId: slugId.optional(),
      from: isoDate.optional(),
      to: isoDate.optional(),
      limit: z.number().int().min(1).max(5000).default(500),
    }),
  ),
  'actions.candidates': op<AskAction[]>()(z.object({})),
  'actions.get': op<ActionDetail>()(z.object({ id: entryId })),
  'actions.create': op<CoachingAction>()(z.object({ kind: z.enum(actionKinds, 'must be ask, share or mandate'), personId: entryId, text: actionText, ...actionFields })),
  'actions.update': op<CoachingAction>()(z.object({ id: entryId, text: actionText.optional(), ...actionFields })),
  'actions.setStatus': op<CoachingAction>()(z.object({ id: entryId, status: z.enum(actionStatuses, 'must be open, done or missed') })),
  'actions.escalate': op<{ mandate: MandateAction; from: CoachingAction }>()(
    z.object({ id: entryId, text: actionText.optional(), notes: z.string().max(20_000).optional(), dueDate: isoDate.nullable().optional(), step: actionFields.step }),
  ),
  'actions.delete': op<{ deleted: CoachingAction }>()(z.object({ id: entryId })),
  'actions.restore': op<CoachingAction>()(z.object({ id: entryId })),

  'balance.report': op<BalanceReport>()(
    z.object({ weeks: z.number().int().min(1, 'must be at least 1').max(104, 'must be at most 104').default(12), personId: entryId.optional() }),
  ),
  /** Follow-ups due today or overdue. With `record`, those not yet notified today are returned as toNotify and logged. */
  'reminders.check': op<ReminderView>()(z.object({ record: z.boolean().default(false) })),
  'settings.coaching': op<CoachingSettingsView>()(z.object({})),
  'settings.updateCoaching': op<CoachingSettingsView>()(
    z.object({
      askTarget: z.number().min(0, 'must be between 0 and 1').max(1, 'must be between 0 and 1').optional(),
      ladder: z.array(z.string().trim().min(1, 'step names cannot be empty').max(80)).min(2, 'needs at least 2 steps').max(10, 'can have at most 10 steps').optional(),
    }),
  ),

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
  /** Browser mode started for tests only (FULCRUM_TEST_CLOCK=1): moves the app's clock. Refused otherwise. */
  'host.setClock': op<{ now: string; today: string }>()(z.object({ now: z.iso.datetime({ offset: true, message: 'must be a date and time such as 2025-03-20T09:00:00Z' }) })),
} as const;

export type Contract = typeof contract;
export type SearchQuery = z.output<Contract['search.query']['input']>;
export type LibraryQuery = z.output<Contract['library.list']['input']>;
export type JournalListQuery = z.output<Contract['journal.list']['input']>;
export type JournalEntryInput = z.output<typeof journalEntryInput>;
export type PersonInput = z.output<typeof personInput>;
export type ActionListQuery = z.output<Contract['actions.list']['input']>;
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
