// Writing a new entry (`#/journal/new`, optionally `?lesson=<id>`, `?person=<id>` or `?action=<id>` to
// link one, `?date=YYYY-MM-DD` for another day, `?template=<id>` to start from a template) or editing
// one (`#/journal/<id>/edit`).
import { useSearch } from 'wouter';
import type { JournalEntry } from '../../../shared/contract';
import { useClient } from '../../transport/connection';
import { usePageTitle } from '../../ui/usePageTitle';
import { LoadError, Loading } from '../../ui/LoadState';
import { useLoad } from '../../ui/useLoad';
import { EntryEditor, type EntryDraft } from './EntryEditor';
import { inlineLinkIds, linkMarkdown, pickedOnly } from '../../../shared/inlineLinks';
import { clockTime } from '../../../shared/clockTime';
import { cueAt } from '../../../shared/transcriptCues';
import { isTemplateId } from '../../../shared/entryTemplates';
import { dayRoute, isIsoDay } from './journalDays';
import { filledTemplate } from './templateContext';
import { useLessonIndex } from '../../widgets/useLessonIndex';
import './journal.css';
import './entry.css';
import './editor.css';

/** The form's starting point: the ids picked by hand, since links in the text are read on save. */
function draftOf(entry: JournalEntry): EntryDraft {
  const inline = inlineLinkIds(entry.body);
  return {
    date: entry.date,
    title: entry.title,
    body: entry.body,
    lessonIds: pickedOnly(entry.lessonIds, inline.lessonIds),
    personIds: pickedOnly(entry.personIds, inline.personIds),
    actionIds: pickedOnly(entry.actionIds, inline.actionIds),
  };
}

export function JournalEditorPage({ id }: { id?: string }) {
  const client = useClient();
  const params = new URLSearchParams(useSearch());
  const lessonParam = params.get('lesson');
  const dateParam = params.get('date');
  const templateParam = params.get('template');
  const personParam = params.get('person');
  const actionParam = params.get('action');
  const episodeParam = params.get('episode');
  const momentParam = params.get('t');
  const lessons = useLessonIndex();
  const start = useLoad<{ entry: JournalEntry | null; draft: EntryDraft }>(`edit:${id ?? 'new'}`, async () => {
    if (id) {
      const entry = await client.journal.get({ id });
      return { entry, draft: draftOf(entry) };
    }
    const date = dateParam && isIsoDay(dateParam) ? dateParam : (await client.app.info()).today;
    const filled = isTemplateId(templateParam) ? await filledTemplate(client, templateParam, lessonParam, personParam) : { title: '', body: '' };
    // Writing about an episode starts with a link to it (at the time given, when there is one).
    if (episodeParam) {
      const episode = await client.episodes.get({ id: episodeParam });
      const at = momentParam !== null && /^\d{1,6}$/.test(momentParam) ? Number(momentParam) : undefined;
      const name = `${episode.showTitle}: ${episode.title}${at !== undefined ? ` at ${clockTime(at)}` : ''}`;
      // At a moment, what was said then starts the entry, quoted.
      const said = at !== undefined && episode.transcript ? episode.transcript[cueAt(episode.transcript, at)]?.text : undefined;
      filled.body = `${linkMarkdown('episode', episode.id, name, at)}\n\n${said ? `> ${said}\n\n` : ''}${filled.body}`;
    }
    // Writing about an action links it, its person and its lessons.
    const action = actionParam ? (await client.actions.get({ id: actionParam })).action : null;
    const lessonIds = [...new Set([...(lessonParam ? [lessonParam] : []), ...(action?.lessonIds ?? [])])];
    const personIds = [...new Set([...(personParam ? [personParam] : []), ...(action ? [action.personId] : [])])];
    return { entry: null, draft: { date, ...filled, lessonIds, personIds, actionIds: action ? [action.id] : [] } };
  });
  usePageTitle(id ? 'Edit entry' : 'New entry');

  if (start.status === 'loading') return <Loading />;
  if (start.status === 'error') return <LoadError message={start.error} onRetry={start.retry} />;

  const { entry, draft } = start.value;
  const cancelTo = entry
    ? `/journal/${entry.id}`
    : actionParam
      ? `/actions/${actionParam}`
      : personParam
        ? `/people/${personParam}`
        : dateParam && isIsoDay(dateParam)
          ? dayRoute(dateParam)
          : lessonParam
            ? `/lesson/${lessonParam}`
            : '/journal';

  return (
    <div className="page page-reading editor-page">
      <header className="page-header">
        <h1>{entry ? 'Edit entry' : 'New entry'}</h1>
        <p className="page-subtitle">What did you ask, share or mandate, with whom, and what happened?</p>
      </header>
      <EntryEditor entryId={entry?.id} initial={draft} lessons={lessons.status === 'ready' ? lessons.value : null} cancelTo={cancelTo} templates={!entry} />
    </div>
  );
}
