// The CLI's team briefs: create one, add lessons with comments, list them, export one to share.
import path from 'node:path';
import type { FulcrumClient } from '../shared/client';
import type { Brief } from '../shared/contract';
import { paperForLocale } from '../shared/contract';
import { asInput, need, print, UsageError, writeNewFile, type FlagValues, type Output } from './commandKit';

type WithClient = <T>(work: (client: FulcrumClient) => Promise<T>) => Promise<T>;

function formatBriefs(briefs: Brief[]): string {
  if (briefs.length === 0) return 'No briefs yet. Make one with: fulcrum brief create --title "Q3 kickoff"\n';
  return `${briefs.map((b) => `${b.id}  ${b.title}  (${b.lessons.length} lesson${b.lessons.length === 1 ? '' : 's'}: ${b.lessons.map((l) => l.lessonId).join(', ') || 'none yet'})`).join('\n')}\n`;
}

export async function briefCommand(sub: string | undefined, rest: string[], values: FlagValues, withClient: WithClient, out: Output): Promise<void> {
  switch (sub) {
    case 'create': {
      const title = need(values.title, 'brief create needs --title TITLE');
      const brief = await withClient((c) => c.briefs.create(asInput({ title, introduction: values.text, lessons: values.lesson?.map((lessonId) => ({ lessonId })) })));
      return print(out, values.json, brief, () => `Created brief ${brief.id} "${brief.title}"\n`);
    }
    case 'add': {
      const id = need(rest[0], 'brief add needs the id of a brief (fulcrum brief list shows them) and --lesson ID');
      const lessons = need(values.lesson, 'brief add needs --lesson ID (the lesson to add; --text adds your comment)');
      const brief = await withClient(async (c) => {
        const current = await c.briefs.get({ id });
        const kept = current.lessons.map(({ lessonId, comment }) => ({ lessonId, comment }));
        for (const lessonId of lessons) {
          const comment = values.text ?? '';
          const existing = kept.find((l) => l.lessonId === lessonId);
          if (existing) existing.comment = values.text ?? existing.comment;
          else kept.push({ lessonId, comment });
        }
        return c.briefs.update(asInput({ id, title: current.title, introduction: current.introduction, lessons: kept }));
      });
      return print(out, values.json, brief, () => `Brief "${brief.title}" now holds ${brief.lessons.length} lesson${brief.lessons.length === 1 ? '' : 's'}\n`);
    }
    case 'list': {
      const briefs = await withClient((c) => c.briefs.list());
      return print(out, values.json, briefs, () => formatBriefs(briefs));
    }
    case 'export': {
      const id = need(rest[0], 'brief export needs the id of a brief and --out FILE');
      const file = path.resolve(need(values.out, 'brief export needs --out FILE, the file to write'));
      const doc = await withClient((c) => c.export.document(asInput({ kind: 'brief', id, format: values.format, paper: values.paper ?? paperForLocale(Intl.DateTimeFormat().resolvedOptions().locale) })));
      await writeNewFile(file, doc.encoding === 'base64' ? Buffer.from(doc.content, 'base64') : doc.content, values.force);
      out.write(`Exported brief ${id} to ${file}\n${doc.holds}\n`);
      return;
    }
    default:
      throw new UsageError(`unknown brief command "${sub ?? ''}"; use brief create, add, list or export`);
  }
}
