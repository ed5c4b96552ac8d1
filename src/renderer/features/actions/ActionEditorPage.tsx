// Recording a coaching action: `#/actions/new?person=&lesson=&kind=&escalates=&date=&episode=&t=`
// pre-fills the form from wherever the leader came from (a person, a lesson's "Apply this", an
// overdue ask, a moment of a podcast episode).
import { Link, useSearch } from 'wouter';
import { actionKinds, type ActionKind } from '../../../shared/contract';
import { useClient } from '../../transport/connection';
import { usePageTitle } from '../../ui/usePageTitle';
import { navigate } from '../../navigation/hashLocation';
import { Loaded } from '../../ui/LoadState';
import { ModeBadge } from '../../ui/ModeBadge';
import { useLoad } from '../../ui/useLoad';
import { useToday } from '../../ui/useToday';
import { useLessonIndex } from '../../widgets/useLessonIndex';
import { EpisodeMomentLink } from '../../widgets/EpisodeMomentLink';
import { emptyDraft } from './actionDraft';
import { ActionForm } from './ActionForm';
import './action-form.css';

function kindParam(value: string | null): ActionKind | undefined {
  return (actionKinds as readonly string[]).includes(value ?? '') ? (value as ActionKind) : undefined;
}

export function ActionEditorPage() {
  const client = useClient();
  const query = new URLSearchParams(useSearch());
  const lessonId = query.get('lesson');
  const escalatesParam = query.get('escalates');
  const dateParam = query.get('date');
  const episodeParam = query.get('episode');
  const momentParam = query.get('t');
  const episode = episodeParam ? { id: episodeParam, at: momentParam !== null && /^\d{1,6}$/.test(momentParam) ? Number(momentParam) : null } : null;
  const today = useToday();
  const lessons = useLessonIndex();
  usePageTitle('Record an action');
  const data = useLoad('action-editor', async () => {
    const [people, candidates, settings] = await Promise.all([client.people.list({ includeArchived: false }), client.actions.candidates(), client.settings.coaching()]);
    return { people, candidates, settings };
  });
  const lesson = lessonId && lessons.status === 'ready' ? lessons.value.get(lessonId) : undefined;

  return (
    <div className="page page-reading editor-page action-editor-page">
      <header className="page-header">
        <h1>Record an action</h1>
        <p className="page-subtitle">What did you ask, share or mandate, and with whom? Ask is the default; mandate only what an ask did not achieve.</p>
        {episode && <EpisodeMomentLink moment={episode} />}
        {lesson && (
          <p className="applying">
            <span className="applying-label">Applying</span>
            <ModeBadge mode={lesson.lesson.mode} size="small" />
            <Link href={`/lesson/${lesson.lesson.id}`}>{lesson.lesson.title}</Link>
          </p>
        )}
      </header>
      <Loaded load={data} loadingLabel="Getting the form ready…">
        {({ people, candidates, settings }) => {
          const personParam = query.get('person');
          const escalated = candidates.find((ask) => ask.id === escalatesParam);
          const personId = people.some((p) => p.id === personParam) ? (personParam as string) : (escalated?.personId ?? '');
          const kind = kindParam(query.get('kind')) ?? (escalated ? 'mandate' : lessonId ? null : 'ask');
          const initial = emptyDraft({
            kind,
            personId,
            lessonIds: lessonId ? [lessonId] : (escalated?.lessonIds ?? []),
            episode,
            // A past day (from the journal's day page) backfills; today or later means "today".
            ...(dateParam && /^\d{4}-\d{2}-\d{2}$/.test(dateParam) && dateParam < today ? { date: dateParam } : {}),
            ...(escalated && escalated.personId === personId ? { escalates: escalated.id, escalationChosen: true, text: escalated.text } : {}),
          });
          const cancelTo = personId ? `/people/${personId}` : lessonId ? `/lesson/${lessonId}` : '/people';
          if (people.length === 0) {
            return (
              <div className="empty-state">
                <h2>Add a person first</h2>
                <p>Every action is with someone: a sales manager, a salesperson, a customer or a prospect. Add them on the People page, then record what you asked, shared or mandated.</p>
                <Link href="/people" className="button button-primary">
                  Go to People
                </Link>
              </div>
            );
          }
          return (
            <ActionForm
              initial={initial}
              people={people}
              candidates={candidates}
              settings={settings}
              lessons={lessons.status === 'ready' ? lessons.value : null}
              today={today}
              onCancel={() => navigate(cancelTo)}
            />
          );
        }}
      </Loaded>
    </div>
  );
}
