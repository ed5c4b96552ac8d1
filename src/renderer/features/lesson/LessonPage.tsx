// One lesson: what it teaches, where it comes from, what the leader did with it (actions that
// applied it) and what they have written about it (entries and notes). A lesson of their own can be
// edited and deleted here.
import { Link } from 'wouter';
import type { LessonDetail, LessonRef, PersonalLesson } from '../../../shared/contract';
import { useClient } from '../../transport/connection';
import { usePageTitle } from '../../ui/usePageTitle';
import { navigate } from '../../navigation/hashLocation';
import { ContentHtml } from '../../ui/ContentHtml';
import { formatDay } from '../../ui/formatDate';
import { Loaded } from '../../ui/LoadState';
import { ModeBadge } from '../../ui/ModeBadge';
import { useLoad } from '../../ui/useLoad';
import { AddToBriefButton } from '../../widgets/AddToBriefButton';
import { ExportButton } from '../../widgets/ExportDialog';
import { useLessonIndex } from '../../widgets/useLessonIndex';
import { NoteList } from '../../widgets/notes/NoteCard';
import { useReloadOnNoteChanges } from '../../widgets/notes/notesContext';
import { applyRoute } from '../../widgets/notes/noteWords';
import '../../widgets/notes/notes.css';
import { LessonActions } from './LessonActions';
import { OwnLessonBar } from './OwnLessonBar';
import { LessonBacklinks } from './LessonBacklinks';
import './lesson.css';

export function LessonPage({ id }: { id: string }) {
  const client = useClient();
  const lesson = useLoad(`lesson:${id}`, () => client.library.lesson({ id }));
  useReloadOnNoteChanges(lesson.reload);
  usePageTitle(lesson.status === 'ready' ? lesson.value.lesson.title : null);
  return <Loaded load={lesson}>{(detail) => <LessonView detail={detail} onChanged={lesson.reload} />}</Loaded>;
}

/**
 * "Apply this": record an action with the lesson linked, of the lesson's own kind when it has one,
 * and with the moment of the episode a lesson of the leader's own was heard at.
 */
function applyPath(lesson: LessonRef, own: PersonalLesson | null): string {
  const base = applyRoute(lesson.id, own?.source ?? null);
  return lesson.mode ? `${base}&kind=${lesson.mode}` : base;
}

function LessonView({ detail, onChanged }: { detail: LessonDetail; onChanged: () => void }) {
  const lessons = useLessonIndex();
  const { lesson, item } = detail;
  const position = item.lessons.findIndex((l) => l.id === lesson.id);
  const previous = position > 0 ? item.lessons[position - 1] : undefined;
  const next = position >= 0 ? item.lessons[position + 1] : undefined;

  return (
    <article className="page page-reading lesson-page">
      <header className="lesson-header">
        <p className="eyebrow">
          <ModeBadge mode={lesson.mode} />
          {position >= 0 && (
            <span>
              Lesson {position + 1} of {item.lessons.length}
            </span>
          )}
        </p>
        <h1>{lesson.title}</h1>
        <p className="lesson-source">
          <Link href={`/item/${item.id}?lesson=${lesson.id}`} className="source-link">
            From <cite>{item.title}</cite>
          </Link>
          <span className="muted">
            {' '}
            · {item.show} · <time dateTime={item.date}>{formatDay(item.date)}</time>
          </span>
        </p>
        <div className="actions">
          <button type="button" className="button button-primary" onClick={() => navigate(`/journal/new?lesson=${encodeURIComponent(lesson.id)}`)}>
            Write a journal entry
          </button>
          <button type="button" className="button" onClick={() => navigate(applyPath(lesson, detail.own))}>
            Apply this
          </button>
          <AddToBriefButton lessonId={lesson.id} />
          <ExportButton target={{ kind: 'lesson', id: lesson.id, title: lesson.title }} />
        </div>
      </header>
      {detail.own && <OwnLessonBar lesson={detail.own} onChanged={onChanged} />}
      <ContentHtml html={detail.html} className="lesson-body" />
      <LessonActions actions={detail.actions} />
      <LessonBacklinks entries={detail.backlinks} />
      {detail.notes.length > 0 && (
        <section className="backlinks lesson-notes" aria-labelledby="lesson-notes-heading">
          <h2 id="lesson-notes-heading">Your notes from episodes</h2>
          <NoteList notes={detail.notes} lessons={lessons.status === 'ready' ? lessons.value : null} showEpisode />
        </section>
      )}
      {(previous || next) && (
        <nav className="lesson-pager" aria-label="More lessons from this item">
          {previous ? (
            <Link href={`/lesson/${previous.id}`} className="pager-link">
              <span className="pager-label">Previous lesson</span>
              <span className="pager-title">{previous.title}</span>
            </Link>
          ) : (
            <span />
          )}
          {next && (
            <Link href={`/lesson/${next.id}`} className="pager-link pager-next">
              <span className="pager-label">Next lesson</span>
              <span className="pager-title">{next.title}</span>
            </Link>
          )}
        </nav>
      )}
    </article>
  );
}
