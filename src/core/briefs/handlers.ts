// The briefs namespace: team briefs, their lessons checked against the library, read with the
// lessons' current titles.
import type { Brief, OperationsOf } from '../../shared/contract';
import type { Handlers } from '../../shared/dispatch';
import type { Library } from '../library/library';
import { checkLessons, type LibrarySource } from '../library/librarySource';
import type { BriefStore, StoredBrief } from './briefStore';

export interface BriefDeps {
  briefs: BriefStore;
  library: LibrarySource;
}

/** A brief with its lessons' titles as the library has them ('' for a lesson that has left it). */
export function withTitles(brief: StoredBrief, library: Library): Brief {
  return { ...brief, lessons: brief.lessons.map((l) => ({ ...l, title: library.findLesson(l.lessonId)?.lesson.title ?? '' })) };
}

export function briefHandlers(d: BriefDeps): Handlers<OperationsOf<'briefs'>> {
  const titled = async (brief: StoredBrief) => withTitles(brief, (await d.library()).library);
  return {
    'briefs.list': async () => {
      const { library } = await d.library();
      return d.briefs.list().map((brief) => withTitles(brief, library));
    },
    'briefs.get': ({ id }) => titled(d.briefs.get(id)),
    'briefs.create': async (input) => {
      await checkLessons(d.library, input.lessons.map((l) => l.lessonId));
      return titled(d.briefs.create(input));
    },
    'briefs.update': async ({ id, ...content }) => {
      // Lessons the brief already holds stay, even if a content update removed them from the library.
      await checkLessons(d.library, content.lessons.map((l) => l.lessonId), d.briefs.get(id).lessons.map((l) => l.lessonId));
      return titled(d.briefs.update(id, content));
    },
    'briefs.addLesson': async ({ id, lessonId }) => {
      const brief = d.briefs.get(id);
      if (brief.lessons.some((l) => l.lessonId === lessonId)) return titled(brief);
      await checkLessons(d.library, [lessonId]);
      return titled(d.briefs.update(id, { ...brief, lessons: [...brief.lessons, { lessonId, comment: '' }] }));
    },
    'briefs.duplicate': ({ id }) => {
      const brief = d.briefs.get(id);
      return titled(d.briefs.create({ ...brief, title: `${brief.title} (copy)`.slice(0, 200) }));
    },
    'briefs.delete': async ({ id }) => ({ deleted: await titled(d.briefs.delete(id)) }),
    'briefs.restore': ({ id }) => titled(d.briefs.restore(id)),
  };
}
