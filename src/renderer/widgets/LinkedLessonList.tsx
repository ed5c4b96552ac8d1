// The lessons a record links to (an entry, an action): mode, title and where each comes from, or a
// note when a content update removed the lesson from the library.
import { Link } from 'wouter';
import { ModeBadge } from '../ui/ModeBadge';
import type { LessonIndex } from './useLessonIndex';
import './linked-lesson-list.css';

export function LinkedLessonList({ lessonIds, lessons }: { lessonIds: string[]; lessons: LessonIndex | null }) {
  return (
    <ul className="linked-lesson-list">
      {lessonIds.map((id) => {
        const found = lessons?.get(id);
        return (
          <li key={id}>
            <span>
              <ModeBadge mode={found?.lesson.mode} size="small" />
            </span>
            <Link href={`/lesson/${id}`}>{found?.lesson.title ?? id}</Link>
            {found && <span className="linked-lesson-source">From {found.item.title}</span>}
            {!found && lessons && <span className="linked-lesson-source">No longer in the library</span>}
          </li>
        );
      })}
    </ul>
  );
}
