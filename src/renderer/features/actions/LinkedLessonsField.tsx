// The lessons an action applies: chips to remove, and the lesson picker to add more.
import type { LessonIndex } from '../../widgets/useLessonIndex';
import { LessonPicker } from '../../widgets/LessonPicker';
import { ModeBadge } from '../../ui/ModeBadge';

export function LinkedLessonsField({ lessonIds, lessons, onChange }: { lessonIds: string[]; lessons: LessonIndex | null; onChange: (ids: string[]) => void }) {
  return (
    <fieldset className="field linked-lessons">
      <legend className="field-label">Lessons it applies</legend>
      {lessonIds.length > 0 && (
        <ul className="lesson-chips">
          {lessonIds.map((id) => {
            const found = lessons?.get(id);
            const title = found?.lesson.title ?? id;
            return (
              <li key={id} className="lesson-chip">
                <ModeBadge mode={found?.lesson.mode} size="small" />
                <span className="lesson-chip-title">{title}</span>
                <button type="button" className="chip-remove" aria-label={`Remove lesson “${title}”`} onClick={() => onChange(lessonIds.filter((l) => l !== id))}>
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <LessonPicker exclude={lessonIds} onPick={(id) => onChange([...lessonIds, id])} />
    </fieldset>
  );
}
