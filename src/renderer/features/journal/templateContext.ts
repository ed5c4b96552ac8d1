// Fetches what a template is filled with: this week's balance for the weekly review, the lesson's
// title for "Lesson applied", the person for a 1:1. A failed call only leaves the blanks to fill.
import type { useClient } from '../../transport/connection';
import { formatDay } from '../../ui/formatDate';
import { fillTemplate, type EntryTemplateId, type FilledTemplate, type TemplateContext } from './entryTemplates';

type Client = ReturnType<typeof useClient>;

async function contextFor(client: Client, id: EntryTemplateId, lessonId: string | null, personId: string | null): Promise<TemplateContext> {
  if (id === 'one-on-one' && personId) {
    const detail = await client.people.get({ id: personId }).catch(() => null);
    return { person: detail ? { id: detail.person.id, name: detail.person.name } : null };
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
  if (id === 'lesson-applied' && lessonId) {
    const detail = await client.library.lesson({ id: lessonId }).catch(() => null);
    return { lesson: detail ? { id: detail.lesson.id, title: detail.lesson.title } : null };
  }
  return {};
}

export async function filledTemplate(client: Client, id: EntryTemplateId, lessonId: string | null, personId: string | null = null): Promise<FilledTemplate> {
  return fillTemplate(id, await contextFor(client, id, lessonId, personId));
}
