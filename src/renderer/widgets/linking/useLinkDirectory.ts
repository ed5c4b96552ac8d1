// The names an entry's text can link by, for the editor's readable links (`@Dana Whitfield`,
// `[[Three confirmations]]`): the people who can be linked and the library's lessons, known once
// they load. The answer is a new object when they do, so the stored Markdown is worked out again.
import { useMemo, useState } from 'react';
import type { Person } from '../../../shared/contract';
import { LinkDirectory } from '../../../shared/readableLinks';
import type { LessonIndex } from '../useLessonIndex';

export function useLinkDirectory(people: readonly Person[] | null, lessons: LessonIndex | null): { directory: LinkDirectory } {
  const [directory] = useState(() => new LinkDirectory());
  // Knowing a name twice changes nothing, so doing it while rendering is safe.
  return useMemo(() => {
    for (const person of people ?? []) if (!person.archived) directory.know({ scheme: 'person', id: person.id }, person.name);
    for (const { lesson } of lessons?.values() ?? []) directory.know({ scheme: 'lesson', id: lesson.id }, lesson.title);
    return { directory };
  }, [directory, people, lessons]);
}
