// Starting points for an entry: a short Markdown structure that prompts for what matters in a
// one-to-one, at the end of a week, or after trying a lesson, filled from what Fulcrum knows (the
// person, their open asks with the confirmations given, what the last 1:1 left open, the lesson).
// Prompts left unanswered, and the headings left with nothing under them, are dropped on save
// (`dropEmptySections`). Pure data and functions: shared by the core (which starts 1:1 notes) and the editor.
import { daysBetween } from './calendarDays';
import type { Confirmations } from './contract';
import { linkMarkdown } from './inlineLinks';

export const entryTemplates = [
  { id: 'one-on-one', name: '1:1 reflection', description: 'Their open asks and what the last 1:1 left open, topics, new asks, shares and mandates.' },
  { id: 'weekly-balance', name: 'Weekly balance review', description: 'This week’s asks, shares and mandates, and what to ask next week.' },
  { id: 'lesson-applied', name: 'Lesson applied', description: 'A lesson you tried: what you did, what happened, what you would change.' },
] as const;

export type EntryTemplateId = (typeof entryTemplates)[number]['id'];

export function isTemplateId(value: string | null | undefined): value is EntryTemplateId {
  return entryTemplates.some((t) => t.id === value);
}

export function templateName(id: EntryTemplateId): string {
  return entryTemplates.find((t) => t.id === id)?.name ?? id;
}

/** An open ask as a 1:1 template lists it: its words and the confirmations given so far. */
export interface OpenAskLine {
  id: string;
  text: string;
  confirmations: Confirmations;
}

/** What a template can be filled with; everything is optional and a template reads well without it. */
export interface TemplateContext {
  /** The person a 1:1 is with (opened from their page or their 1:1). */
  person?: { id: string; name: string } | null;
  /** The day the entry is for (to say how late an ask is). */
  today?: string;
  /** The person's open asks, listed with their confirmations (the 1:1 workspace shows them above the note instead). */
  openAsks?: OpenAskLine[];
  /** Items the last 1:1 note left unchecked, and that note's day. */
  carriedOver?: { items: string[]; from: string } | null;
  /** The lesson the entry was opened from. */
  lesson?: { id: string; title: string } | null;
  /** The current week's balance. */
  week?: {
    /** How the week is named in the title, e.g. "10 Mar 2025". */
    label: string;
    ask: number;
    share: number;
    mandate: number;
    /** Asks as a fraction of all actions (null when there were none), and the leader's target. */
    askShare: number | null;
    askTarget: number;
    mandatesWithoutAsk: Array<{ id: string; text: string; personName: string }>;
  } | null;
}

export interface FilledTemplate {
  title: string;
  body: string;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The headings of a 1:1 note, in order; the workspace reads sections by them. */
export const oneOnOneHeadings = {
  carriedOver: 'Carried over',
  openAsks: 'Open asks',
  topics: 'Topics',
  actions: 'New asks, shares and mandates',
  discussed: 'Discussed',
  reflections: 'Reflections (private)',
  nextTime: 'Next time',
} as const;

/** The sections a 1:1 note offers to write in, with their prompts. */
const oneOnOnePromptSections = [
  [oneOnOneHeadings.topics, '- '],
  [oneOnOneHeadings.actions, 'ask: ', 'share: ', 'mandate: '],
  [oneOnOneHeadings.reflections, ''],
  [oneOnOneHeadings.nextTime, '- [ ] '],
] as const;

/**
 * A saved 1:1 note with the sections it does not have yet offered again, prompts and all, to write
 * more in (saving drops those left empty again).
 */
export function withOneOnOnePrompts(body: string): string {
  const has = (heading: string) => new RegExp(`^#{1,6}\\s+${heading.replace(/[()]/g, '\\$&')}\\s*$`, 'm').test(body);
  const missing = oneOnOnePromptSections.filter(([heading]) => !has(heading)).flatMap(([heading, ...prompts]) => [`## ${heading}`, ...prompts, '']);
  return missing.length ? `${body.trimEnd()}${body.trim() ? '\n\n' : ''}${missing.join('\n')}` : body;
}

function confirmationText(ask: OpenAskLine, today: string | undefined): string {
  const { how, when, help } = ask.confirmations;
  const late = when && today && when < today ? ` (${plural(daysBetween(when, today), 'day', 'days')} late)` : '';
  const parts = [`how: ${how ?? 'not confirmed yet'}`, `when: ${when ? `${when}${late}` : 'not confirmed yet'}`, `help: ${help ?? 'not confirmed yet'}`];
  return parts.join('; ');
}

function oneOnOne(context: TemplateContext): FilledTemplate {
  const person = context.person ?? null;
  const carried = context.carriedOver?.items ?? [];
  const asks = context.openAsks ?? [];
  const h = oneOnOneHeadings;
  return {
    title: person ? `1:1 with ${person.name}` : '1:1 reflection',
    body: [
      person ? `With: ${linkMarkdown('person', person.id, person.name)}` : 'With: ',
      ...(context.lesson ? [`Applying: ${linkMarkdown('lesson', context.lesson.id, context.lesson.title)}`] : []),
      '',
      ...(carried.length ? [`## ${h.carriedOver} from ${context.carriedOver?.from}`, ...carried.map((item) => `- [ ] ${item}`), ''] : []),
      ...(asks.length ? [`## ${h.openAsks}`, ...asks.map((ask) => `- ${linkMarkdown('action', ask.id, ask.text)}: ${confirmationText(ask, context.today)}`), ''] : []),
      ...oneOnOnePromptSections.flatMap(([heading, ...prompts]) => [`## ${heading}`, ...prompts, '']),
    ].join('\n'),
  };
}

const percent = (fraction: number) => `${Math.round(fraction * 100)}%`;

function askLine(askShare: number | null, target: number): string {
  if (askShare === null) return `No actions recorded this week. My target: ${percent(target)} of them asks.`;
  const verdict = askShare >= target ? 'on target.' : 'below target: where could an ask have come first?';
  return `Asks were ${percent(askShare)} of my actions (target ${percent(target)}), ${verdict}`;
}

function weeklyBalance(week: TemplateContext['week']): FilledTemplate {
  const numbers = week
    ? [`- Asks: ${week.ask}`, `- Shares: ${week.share}`, `- Mandates: ${week.mandate}`]
    : ['- Asks: ', '- Shares: ', '- Mandates: '];
  const flagged = week?.mandatesWithoutAsk ?? [];
  const noAsk = flagged.length
    ? flagged.map((m) => `- ${linkMarkdown('action', m.id, m.text)} (${m.personName}): which ask should have come first?`)
    : [week ? '- None this week.' : '- '];
  return {
    title: week ? `Weekly balance review, week of ${week.label}` : 'Weekly balance review',
    body: [
      '## This week in numbers',
      ...numbers,
      ...(week ? ['', askLine(week.askShare, week.askTarget)] : []),
      '',
      `## Where I mandated without asking first${flagged.length ? ` (${plural(flagged.length, 'mandate', 'mandates')})` : ''}`,
      ...noAsk,
      '',
      '## What I shared, and with whom',
      '- ',
      '',
      '## What I will ask next week',
      '- ',
      '',
    ].join('\n'),
  };
}

function lessonApplied(lesson: TemplateContext['lesson']): FilledTemplate {
  return {
    title: lesson ? `Applied: ${lesson.title}` : 'Lesson applied',
    body: [
      '## The lesson',
      lesson ? linkMarkdown('lesson', lesson.id, lesson.title) : '',
      '',
      '## What I did',
      '',
      '',
      '## What happened',
      '',
      '',
      '## What I would change next time',
      '',
    ].join('\n'),
  };
}

/** The title and body a template starts an entry with. */
export function fillTemplate(id: EntryTemplateId, context: TemplateContext = {}): FilledTemplate {
  switch (id) {
    case 'one-on-one':
      return oneOnOne(context);
    case 'weekly-balance':
      return weeklyBalance(context.week ?? null);
    case 'lesson-applied':
      return lessonApplied(context.lesson ?? null);
  }
}

/** True when the title is one a template wrote, so choosing another template may replace it. */
export function isTemplateTitle(title: string): boolean {
  const t = title.trim();
  return t === '' || entryTemplates.some((template) => t === template.name) || t.startsWith('Weekly balance review') || t.startsWith('Applied: ') || t.startsWith('1:1 with ');
}

/** Where the caret goes after a template fills the text: the end of the first line waiting for an answer. */
export function caretAfterFill(body: string): number {
  let offset = 0;
  const lines = body.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const afterHeading = line === '' && i > 0 && /^#{1,6}\s/.test(lines[i - 1] as string);
    if (/(: |^- )$/.test(line) || afterHeading) return offset + line.length;
    offset += line.length + 1;
  }
  return body.length;
}

/** Prompt lines a template writes that say nothing until answered. */
const emptyPrompt = /^\s*(?:(?:[-*+]|\d+[.)])(?:\s+\[ \])?|ask:|share:|mandate:|With:|Applying:|- (?:The ask|How they will do it|When I can expect it|The help they asked me for|What \(only what an earlier ask did not get done\)|The ask it follows|Asks|Shares|Mandates):)\s*$/;
const headingLine = /^ {0,3}(#{1,6})\s/;
const fence = /^ {0,3}(```|~~~)/;

/** Headings the templates write (a heading of the leader's own, left empty, is theirs to keep). */
const templateHeadings = [
  ...Object.values(oneOnOneHeadings),
  'What I asked', 'What I shared', 'What I mandated', 'Follow-ups',
  'This week in numbers', 'Where I mandated without asking first', 'What I shared, and with whom', 'What I will ask next week',
  'The lesson', 'What I did', 'What happened', 'What I would change next time',
];

const isTemplateHeading = (line: string) => {
  const text = line.replace(/^ {0,3}#{1,6}\s+/, '').trim();
  return templateHeadings.some((heading) => text === heading || text.startsWith(`${heading} (`) || text.startsWith(`${heading} from `));
};

/**
 * The text without the prompts left unanswered, and without the headings left with nothing under
 * them that a template wrote or that held such a prompt, so a template saved half-filled stores what
 * was written and nothing else. Code blocks, and empty headings of the leader's own, are left alone.
 */
export function dropEmptySections(body: string): string {
  let inCode = false;
  const lines: Array<{ text: string; depth: number; droppable: boolean }> = [];
  for (const text of body.split('\n')) {
    if (fence.test(text)) inCode = !inCode;
    if (!inCode && emptyPrompt.test(text)) {
      // The section this prompt was in may go, if nothing else is left in it.
      const heading = lines.findLast((line) => line.depth > 0);
      if (heading) heading.droppable = true;
      continue;
    }
    const depth = inCode ? 0 : (headingLine.exec(text)?.[1]?.length ?? 0);
    lines.push({ text, depth, droppable: depth > 0 && isTemplateHeading(text) });
  }
  // From the end: a heading is empty when nothing but blank lines comes before the next heading of
  // its level or higher (subsections already dropped count as nothing).
  const kept: Array<{ text: string; depth: number }> = [];
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i] as { text: string; depth: number; droppable: boolean };
    if (line.depth > 0 && line.droppable) {
      const next = kept.findIndex((later) => later.depth > 0 && later.depth <= line.depth);
      const section = next === -1 ? kept : kept.slice(0, next);
      if (section.every((later) => later.text.trim() === '')) {
        kept.splice(0, section.length);
        continue;
      }
    }
    kept.unshift(line);
  }
  return kept
    .map((line) => line.text)
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
