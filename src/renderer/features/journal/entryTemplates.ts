// Starting points for an entry: a short Markdown structure that prompts for what matters after a
// one-to-one, at the end of a week, or after trying a lesson. Pure data and functions: no DOM.
import { linkMarkdown } from '../../../shared/inlineLinks';

export const entryTemplates = [
  { id: 'one-on-one', name: '1:1 reflection', description: 'The ask and its three answers, what you shared, what you mandated.' },
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

/** What a template can be filled with; everything is optional and a template reads well without it. */
export interface TemplateContext {
  /** The person a 1:1 reflection is about (opened from their page). */
  person?: { id: string; name: string } | null;
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

function oneOnOne(person: { id: string; name: string } | null): FilledTemplate {
  return {
    title: person ? `1:1 with ${person.name}` : '1:1 reflection',
    body: [
      person ? `With: ${linkMarkdown('person', person.id, person.name)}` : 'With: ',
      '',
      '## What I asked',
      '- The ask: ',
      '- How they will do it: ',
      '- When I can expect it: ',
      '- The help they asked me for: ',
      '',
      '## What I shared',
      '- ',
      '',
      '## What I mandated',
      '- What (only what an earlier ask did not get done): ',
      '- The ask it follows: ',
      '',
      '## Follow-ups',
      '- ',
      '',
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
      return oneOnOne(context.person ?? null);
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
