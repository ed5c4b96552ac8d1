// Fetches what a template is filled with: this week's balance for the weekly review, the lesson's
// title for "Lesson applied", and for a 1:1 the person, their open asks with their confirmations,
// what the last 1:1 left open and the lesson being applied. A failed call only leaves blanks to fill.
import type { useClient } from '../../transport/connection';
import { formatDay } from '../../ui/formatDate';
import { fillTemplate, type EntryTemplateId, type FilledTemplate, type TemplateContext } from '../../../shared/entryTemplates';

type Client = ReturnType<typeof useClient>;

async function lessonOf(client: Client, lessonId: string | null): Promise<TemplateContext['lesson']> {
  if (!lessonId) return null;
  const detail = await client.library.lesson({ id: lessonId }).catch(() => null);
  return detail ? { id: detail.lesson.id, title: detail.lesson.title } : null;
}

async function contextFor(client: Client, id: EntryTemplateId, lessonId: string | null, personId: string | null): Promise<TemplateContext> {
  if (id === 'one-on-one' && personId) {
    // What the 1:1 workspace knows: their open asks with the confirmations given, what the last 1:1 left open.
    const [workspace, lesson] = await Promise.all([client.oneOnOnes.get({ personId }).catch(() => null), lessonOf(client, lessonId)]);
    if (!workspace) return { lesson };
    return {
      person: { id: workspace.person.id, name: workspace.person.name },
      today: workspace.date,
      openAsks: workspace.openAsks.map((ask) => ({ id: ask.id, text: ask.text, confirmations: ask.confirmations })),
      carriedOver: workspace.previous && workspace.carriedOver.length ? { items: workspace.carriedOver, from: workspace.previous.date } : null,
      lesson,
    };
  }
  if (id === 'weekly-balance') {
    const report = await client.balance.report({ weeks: 1 }).catch(() => null);
    const weekStart = report?.weeks.at(-1)?.weekStart;
    if (!report || !weekStart) return {};
    return {
      week: {
        label: formatDay(weekStart, 'medium'),
        ...report.totals,
        askShare: report.askShare,
        askTarget: report.askTarget,
        mandatesWithoutAsk: report.mandatesWithoutAsk.filter((m) => m.date >= weekStart).map((m) => ({ id: m.id, text: m.text, personName: m.personName })),
      },
    };
  }
  if (id === 'lesson-applied' && lessonId) return { lesson: await lessonOf(client, lessonId) };
  return {};
}

export async function filledTemplate(client: Client, id: EntryTemplateId, lessonId: string | null, personId: string | null = null): Promise<FilledTemplate> {
  return fillTemplate(id, await contextFor(client, id, lessonId, personId));
}
