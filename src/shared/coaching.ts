// The coaching model's records as they cross the contract: people, and the actions a leader takes
// with them (ask, share, mandate). The rules that govern them live in src/core/coaching.
import type { JournalEntry } from './types';

export const relations = ['sales-manager', 'salesperson', 'customer', 'prospect', 'other'] as const;
export type Relation = (typeof relations)[number];

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

export interface Person {
  id: string;
  name: string;
  role: string;
  relation: Relation;
  notes: string;
  archived: boolean;
  createdAt: string;
  updatedAt: string;
}

/** The three answers that confirm an ask. `when` is the date the person gave. */
export interface Confirmations {
  how: string | null;
  when: string | null;
  help: string | null;
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

export interface LadderStep {
  step: number;
  name: string;
}

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

export interface BalanceWeek {
  /** The Monday that starts the week, YYYY-MM-DD. */
  weekStart: string;
  ask: number;
  share: number;
  mandate: number;
}

export interface Balance {
  weeks: BalanceWeek[];
  totals: { ask: number; share: number; mandate: number };
  /** Asks as a fraction of all actions in the period (null when there were none). */
  askShare: number | null;
  /** The leader's target for askShare, 0..1. */
  askTarget: number;
  personId: string | null;
}

export interface BalanceReport extends Balance {
  candidates: AskAction[];
  dueToday: FollowUp[];
  overdue: FollowUp[];
  mandatesWithoutAsk: MandateAction[];
}

/** One line of a person's timeline. */
export type TimelineItem = { type: 'action'; date: string; action: CoachingAction } | { type: 'entry'; date: string; entry: JournalEntry };

export interface PersonDetail {
  person: Person;
  /** Open asks, on top of the timeline. */
  openAsks: AskAction[];
  /** Everything else about the person, newest first. */
  timeline: TimelineItem[];
  followUps: FollowUp[];
}

export interface ActionDetail {
  action: CoachingAction;
  /** For a mandate: the ask it escalates. */
  ask: AskAction | null;
  /** For an ask: the mandates that escalate it, lowest step first. */
  mandates: MandateAction[];
  entries: JournalEntry[];
}

export interface ReminderView {
  today: string;
  followUps: FollowUp[];
  toNotify: FollowUp[];
}

export interface CoachingSettingsView {
  askTarget: number;
  ladder: LadderStep[];
}
