// Coaching actions for spreadsheets (CSV) and calendars (iCalendar). CSV: UTF-8 with a BOM, CRLF
// line ends and RFC 4180 quoting (csv-stringify), so Excel and LibreOffice open it as it is, with
// every cell that a spreadsheet would take for a formula neutralised. iCalendar (ical-generator):
// one all-day event per open follow-up, with a UID that stays the same for the same action, so
// importing again updates the event instead of adding a second one. Neither holds a database id.
import { createHash } from 'node:crypto';
import { stringify } from 'csv-stringify/sync';
import ical from 'ical-generator';
import type { Root, RootContent, TableRow } from 'mdast';
import { dueDateOf } from '../../shared/actionRules';
import type { CoachingAction, LadderStep } from '../../shared/contract';

export interface ActionFileContext {
  lessonTitle: (lessonId: string) => string;
  ladder: LadderStep[];
  /** An ask's text by id, for the mandates that escalate it. */
  askText: (askId: string) => string | undefined;
}

const kindWords = { ask: 'Ask', share: 'Share', mandate: 'Mandate' } as const;
const flagWords = { 'no-prior-ask': 'No earlier ask', 'skips-a-step': 'Skips a ladder step' } as const;

const columns = ['Date', 'Kind', 'Status', 'Person', 'What', 'Ask form', 'How', 'Expected by', 'Help needed', 'Due date', 'Escalates the ask', 'Ladder step', 'Share category', 'Flags', 'Lessons', 'Notes', 'Closed on'] as const;

function cellsOf(action: CoachingAction, context: ActionFileContext): string[] {
  const ask = action.kind === 'ask' ? action : null;
  const mandate = action.kind === 'mandate' ? action : null;
  const step = mandate ? (context.ladder.find((s) => s.step === mandate.step)?.name ?? `Step ${mandate.step}`) : '';
  return [
    action.date,
    kindWords[action.kind],
    action.status,
    action.personName,
    action.text,
    ask?.form ?? '',
    ask?.confirmations.how ?? '',
    ask?.confirmations.when ?? '',
    ask?.confirmations.help ?? '',
    mandate?.dueDate ?? '',
    mandate?.escalates ? (context.askText(mandate.escalates) ?? '') : '',
    step,
    action.kind === 'share' ? action.category : '',
    action.flags.map((flag) => flagWords[flag]).join('; '),
    action.lessonIds.map(context.lessonTitle).join('; '),
    action.notes,
    action.closedOn ?? '',
  ];
}

/** A spreadsheet takes a cell starting with = + - @ (or a tab or CR before them) for a formula: make it text. */
export function neutralised(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

export function actionsCsv(actions: CoachingAction[], context: ActionFileContext): string {
  const rows = actions.map((action) => cellsOf(action, context).map(neutralised));
  return stringify([[...columns], ...rows], { bom: true, record_delimiter: 'windows' });
}

/** The open asks and mandates that have a date to follow up on. */
export function followUps(actions: CoachingAction[]): Array<{ action: CoachingAction; due: string }> {
  return actions.flatMap((action) => {
    const due = dueDateOf(action);
    return action.status === 'open' && due ? [{ action, due }] : [];
  });
}

/** A UID that is the same for the same action every time, without giving its id away. */
function uidOf(action: CoachingAction): string {
  return `${createHash('sha256').update(`fulcrum-action:${action.id}`).digest('hex').slice(0, 32)}@fulcrum.app`;
}

export function followUpsIcs(actions: CoachingAction[], context: ActionFileContext, now: Date): string {
  const calendar = ical({ name: 'Fulcrum follow-ups', prodId: { company: 'Fulcrum', product: 'Fulcrum', language: 'EN' } });
  for (const { action, due } of followUps(actions)) {
    const details = action.kind === 'ask'
      ? [`How: ${action.confirmations.how ?? '(not confirmed)'}`, `Help needed: ${action.confirmations.help ?? '(not confirmed)'}`]
      : [`Mandate, step ${action.kind === 'mandate' ? action.step : ''}`];
    const lessons = action.lessonIds.map(context.lessonTitle).filter(Boolean);
    calendar.createEvent({
      id: uidOf(action),
      // A calendar day, the same everywhere: an all-day event carries no time zone.
      start: new Date(`${due}T00:00:00Z`),
      allDay: true,
      stamp: now,
      summary: action.kind === 'ask' ? `Follow up with ${action.personName}: ${action.text}` : `Due from ${action.personName}: ${action.text}`,
      description: [...details, ...(lessons.length ? [`Lessons: ${lessons.join('; ')}`] : []), ...(action.notes ? [action.notes] : [])].join('\n'),
    });
  }
  return calendar.toString();
}

const cell = (value: string): TableRow['children'][number] => ({ type: 'tableCell', children: [{ type: 'text', value }] });

/** The rows as a table, for the app's preview before saving. */
export function actionsPreview(actions: CoachingAction[], context: ActionFileContext, format: 'csv' | 'ics'): Root {
  const shown = format === 'csv' ? actions.map((a) => ({ action: a, due: a.date })) : followUps(actions);
  const head = format === 'csv' ? ['Date', 'Kind', 'Status', 'Person', 'What'] : ['Due', 'Person', 'What'];
  const rows: TableRow[] = shown.map(({ action, due }) => ({
    type: 'tableRow',
    children: (format === 'csv' ? cellsOf(action, context).slice(0, 5) : [due, action.personName, action.text]).map(cell),
  }));
  const children: RootContent[] = rows.length
    ? [{ type: 'table', children: [{ type: 'tableRow', children: head.map(cell) }, ...rows] }]
    : [{ type: 'paragraph', children: [{ type: 'text', value: format === 'csv' ? 'No actions match.' : 'No open follow-up has a date.' }] }];
  return { type: 'root', children };
}
