// The content pack as the other domains reach it: read the first time something needs it, then
// kept. A command that never touches the library (listing people, say) never reads the pack.
import type { ContentProblem } from '../../shared/contract';
import { FulcrumError } from '../../shared/errors';
import type { Library } from './library';
import { loadLibrary } from './loadLibrary';

export type LibrarySource = () => Promise<{ library: Library; problems: ContentProblem[] }>;

export function librarySource(contentDir: string): LibrarySource {
  let loading: ReturnType<LibrarySource> | undefined;
  return () => (loading ??= loadLibrary(contentDir));
}

/**
 * Refuses lesson ids that are not in the library, naming them. Lessons a record already links stay
 * linkable even if a content update removed them, so they are not checked again.
 */
export async function checkLessons(source: LibrarySource, lessonIds: readonly string[], alreadyLinked: readonly string[] = []): Promise<void> {
  const fresh = lessonIds.filter((id) => !alreadyLinked.includes(id));
  if (fresh.length === 0) return;
  const { library } = await source();
  const unknown = fresh.filter((id) => !library.findLesson(id));
  if (unknown.length > 0) {
    throw new FulcrumError('invalid-input', `No lesson is called ${unknown.map((id) => `"${id}"`).join(', ')}. Pick lessons from the library; nothing was saved.`);
  }
}
