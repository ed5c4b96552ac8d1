// The actions namespace: what a leader asks, shares and mandates, as one shape end to end. The
// contract takes an ask's three confirmations as one object, the core stores and answers them as
// one, and the UI edits them as one. The rules that govern actions live in the core.
import { z } from 'zod';
import type { JournalEntry } from './journal';
import { isoDate, op, recordId, slugId, wholeNumber } from './operation';

export const actionKinds = ['ask', 'share', 'mandate'] as const;
export type ActionKind = (typeof actionKinds)[number];

/** How an ask is put, from a plain request through a challenge to a statement of lost confidence. */
export const askForms = ['request', 'challenge', 'lost-confidence'] as const;
export type AskForm = (typeof askForms)[number];

export const shareCategories = ['expertise', 'coaching', 'story', 'idea', 'suggestion', 'experience', 'wisdom', 'thought', 'feeling', 'wish'] as const;
export type ShareCategory = (typeof shareCategories)[number];

export const actionStatuses = ['open', 'done', 'missed', 'escalated'] as const;
export type ActionStatus = (typeof actionStatuses)[number];

/** Marks the app puts on a record so the leader sees where a rule was bent. */
export const actionFlags = ['no-prior-ask', 'skips-a-step'] as const;
export type ActionFlag = (typeof actionFlags)[number];

/** The three answers that confirm an ask. `when` is the date the person gave. */
export interface Confirmations {
  how: string | null;
  when: string | null;
  help: string | null;
}

export interface EpisodeMoment {
  id: string;
  at: number | null;
}

interface ActionBase {
  id: string;
  personId: string;
  personName: string;
  /** What is asked, shared or required, in the leader's words. */
  text: string;
  notes: string;
  /** The local day the action was taken (YYYY-MM-DD). */
  date: string;
  status: ActionStatus;
  /** The local day the status last changed away from open, if it did. */
  closedOn: string | null;
  lessonIds: string[];
  /** The podcast episode (and the moment of it, in seconds) the action came from, if any. */
  episode: EpisodeMoment | null;
  flags: ActionFlag[];
  createdAt: string;
  updatedAt: string;
}

export interface AskAction extends ActionBase {
  kind: 'ask';
  form: AskForm;
  confirmations: Confirmations;
  /** The mandate this ask was escalated to. */
  escalatedTo: string | null;
}

export interface MandateAction extends ActionBase {
  kind: 'mandate';
  /** The day by which the mandated work is required. */
  dueDate: string | null;
  /** The ask this mandate escalates; null only for a flagged mandate. */
  escalates: string | null;
  /** 1-based step on the leader's accountability ladder. */
  step: number;
}

export interface ShareAction extends ActionBase {
  kind: 'share';
  category: ShareCategory;
}

export type CoachingAction = AskAction | MandateAction | ShareAction;

/** Why a flag was raised, in the words the UI shows next to it. */
export const flagReasons: Record<ActionFlag, string> = {
  'no-prior-ask':
    'No earlier ask: a mandate should require only what an ask did not achieve. Record the ask first if there was one.',
  'skips-a-step': 'This mandate skips a step of the accountability ladder; the steps in between were never tried.',
};

/** A follow-up is an open ask past (or at) its confirmed date, or an open mandate at its due date. */
export interface FollowUp {
  action: CoachingAction;
  /** The date it was due (the ask's "when", or the mandate's due date). */
  due: string;
  state: 'due-today' | 'overdue';
  /** Days past due (0 when due today). */
  daysLate: number;
}

export interface ActionDetail {
  action: CoachingAction;
  /** For a mandate: the ask it escalates. */
  ask: AskAction | null;
  /** For an ask: the mandates that escalate it, lowest step first. */
  mandates: MandateAction[];
  entries: JournalEntry[];
}

const optionalText = z.string().trim().max(2000, 'must be at most 2,000 characters').nullable().optional();
const actionText = z.string().trim().min(1, 'is required').max(2000, 'must be at most 2,000 characters');
const notes = z.string().max(20_000, 'is too long');
const step = wholeNumber(1, 10).nullable().optional();

/** Given confirmations replace the stored ones; a confirmation left out stays as it was. */
const confirmationsInput = z.object({ how: optionalText, when: isoDate.nullable().optional(), help: optionalText });

/** The fields an action may carry; which ones belong to which kind is a rule the core explains. */
const actionFields = {
  notes: notes.optional(),
  date: isoDate.optional(),
  lessonIds: z.array(slugId).max(20, 'can link at most 20 lessons').optional(),
  /** The episode (and moment) the action comes from; null removes it. */
  episode: z.object({ id: recordId, at: wholeNumber(0, 999_999).nullable().optional() }).nullable().optional(),
  form: z.enum(askForms).optional(),
  confirmations: confirmationsInput.optional(),
  dueDate: isoDate.nullable().optional(),
  escalates: recordId.nullable().optional(),
  step,
  category: z.enum(shareCategories).optional(),
};

const actionCreateInput = z.object({ kind: z.enum(actionKinds), personId: recordId, text: actionText, ...actionFields });
const actionUpdateInput = z.object({ id: recordId, text: actionText.optional(), ...actionFields });
export type ActionCreateInput = z.output<typeof actionCreateInput>;
/** What may change on an action; its kind and person never do. */
export type ActionPatch = Omit<z.output<typeof actionUpdateInput>, 'id'>;

const actionListQuery = z.object({
  personId: recordId.optional(),
  kind: z.enum(actionKinds).optional(),
  status: z.enum(actionStatuses).optional(),
  lessonId: slugId.optional(),
  episodeId: recordId.optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  limit: wholeNumber(1, 5000).default(500),
});
export type ActionListQuery = z.output<typeof actionListQuery>;

const escalationInput = z.object({ id: recordId, text: actionText.optional(), notes: notes.optional(), dueDate: isoDate.nullable().optional(), step });
export type EscalationInput = Omit<z.output<typeof escalationInput>, 'id'>;

export const actionOperations = {
  'actions.list': op<CoachingAction[]>()(actionListQuery),
  'actions.candidates': op<AskAction[]>()(z.object({})),
  'actions.get': op<ActionDetail>()(z.object({ id: recordId })),
  'actions.create': op<CoachingAction>()(actionCreateInput),
  'actions.update': op<CoachingAction>()(actionUpdateInput),
  'actions.setStatus': op<CoachingAction>()(z.object({ id: recordId, status: z.enum(actionStatuses, 'must be open, done or missed') })),
  'actions.escalate': op<{ mandate: MandateAction; from: CoachingAction }>()(escalationInput),
  'actions.delete': op<{ deleted: CoachingAction }>()(z.object({ id: recordId })),
  'actions.restore': op<CoachingAction>()(z.object({ id: recordId })),
};
