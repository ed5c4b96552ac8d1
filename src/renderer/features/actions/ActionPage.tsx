// One coaching action: what it is, with whom, how it stands, and what can be done next (mark it
// done or missed, escalate it, edit it, delete it with undo). Ask confirmations edit in place.
import { useCallback, useState } from 'react';
import { Link } from 'wouter';
import { allowedStatusChanges, canClimb, isMandateCandidate, isOverdue } from '../../../shared/actionRules';
import type { ActionDetail, ActionStatus, CoachingSettingsView } from '../../../shared/contract';
import { useClient } from '../../transport/connection';
import { usePageTitle } from '../../ui/usePageTitle';
import { useLeaveGuard } from '../../navigation/useLeaveGuard';
import { formatDay } from '../../ui/formatDate';
import { Loaded } from '../../ui/LoadState';
import { useToast } from '../../ui/Toasts';
import { errorText, useLoad } from '../../ui/useLoad';
import { useToday } from '../../ui/useToday';
import { useLessonIndex, type LessonIndex } from '../../widgets/useLessonIndex';
import { FlagList, KindBadge, StatusPill, stepName } from '../../widgets/ActionBits';
import { ActionLinks } from './ActionLinks';
import { categoryLabels, confirmationSummary, formLabels } from '../../words/actionText';
import { AskDetails, EscalatedTo } from './AskDetails';
import { EditDetailsForm } from './EditDetailsForm';
import { EscalateForm } from './EscalateForm';
import { KindDetails } from './KindDetails';
import { EpisodeMomentLink } from '../../widgets/EpisodeMomentLink';
import { useDeleteAction } from './useDeleteAction';
import './action-form.css';
import './action-page.css';

export function ActionPage({ id }: { id: string }) {
  const client = useClient();
  const detail = useLoad(`action:${id}`, async () => {
    const [value, settings] = await Promise.all([client.actions.get({ id }), client.settings.coaching()]);
    return { value, settings };
  });
  const lessons = useLessonIndex();
  usePageTitle(detail.status === 'ready' ? detail.value.value.action.text : null);
  return (
    <Loaded load={detail}>
      {({ value, settings }) => <ActionView detail={value} settings={settings} lessons={lessons.status === 'ready' ? lessons.value : null} reload={detail.reload} />}
    </Loaded>
  );
}

const statusButtons: Record<ActionStatus, string> = { done: 'Mark done', missed: 'Mark missed', open: 'Reopen', escalated: '' };

function ActionView({ detail, settings, lessons, reload }: { detail: ActionDetail; settings: CoachingSettingsView; lessons: LessonIndex | null; reload: () => void }) {
  const client = useClient();
  const toast = useToast();
  const today = useToday();
  const deleteAction = useDeleteAction();
  const { action } = detail;
  const [panel, setPanel] = useState<'none' | 'edit' | 'escalate'>('none');
  const [error, setError] = useState<string | null>(null);
  const [dirtyParts, setDirtyParts] = useState({ ask: false, edit: false });
  useLeaveGuard(dirtyParts.ask || dirtyParts.edit, 'Your changes to this action are not saved. Leave and lose them?');
  const onAskDirty = useCallback((dirty: boolean) => setDirtyParts((d) => (d.ask === dirty ? d : { ...d, ask: dirty })), []);
  const onEditDirty = useCallback((dirty: boolean) => setDirtyParts((d) => (d.edit === dirty ? d : { ...d, edit: dirty })), []);
  const escalatable = isMandateCandidate(action, today) || canClimb(action, today);

  const setStatus = async (status: ActionStatus) => {
    setError(null);
    try {
      await client.actions.setStatus({ id: action.id, status });
      toast({ message: status === 'open' ? 'Reopened' : `Marked ${status}`, tone: 'success' });
      reload();
    } catch (failure) {
      setError(errorText(failure));
    }
  };

  const remove = async () => {
    if ((dirtyParts.ask || dirtyParts.edit) && !window.confirm('Delete this action? Your unsaved changes will be lost too.')) return;
    setError(null);
    setDirtyParts({ ask: false, edit: false });
    try {
      await deleteAction(action);
    } catch (failure) {
      setError(errorText(failure));
    }
  };

  return (
    <article className="page page-reading action-page">
      <p className="breadcrumb">
        <Link href="/people">People</Link>
        <span aria-hidden="true"> › </span>
        <Link href={`/people/${action.personId}`}>{action.personName}</Link>
      </p>
      <header className="action-header">
        <p className="eyebrow">
          <KindBadge kind={action.kind} />
          {action.kind !== 'share' && <StatusPill status={action.status} overdue={isOverdue(action, today)} />}
          <time dateTime={action.date}>{formatDay(action.date, 'long')}</time>
        </p>
        <h1>{action.text}</h1>
        <p className="action-with">
          With <Link href={`/people/${action.personId}`}>{action.personName}</Link>
          {action.kind === 'ask' && ` · ${formLabels[action.form].label} · ${confirmationSummary(action)}`}
          {action.kind === 'share' && ` · ${categoryLabels[action.category]}`}
          {action.kind === 'mandate' && ` · Step ${action.step}${stepName(settings.ladder, action.step) ? `: ${stepName(settings.ladder, action.step)}` : ''}`}
        </p>
        {action.episode && <EpisodeMomentLink moment={action.episode} />}
        <FlagList flags={action.flags} />
        <div className="actions">
          {allowedStatusChanges(action).map((status) => (
            <button key={status} type="button" className="button" onClick={() => void setStatus(status)}>
              {statusButtons[status]}
            </button>
          ))}
          {escalatable && (
            <button type="button" className="button button-escalate" aria-expanded={panel === 'escalate'} onClick={() => setPanel(panel === 'escalate' ? 'none' : 'escalate')}>
              {action.kind === 'ask' ? 'Escalate to mandate' : 'Escalate to next step'}
            </button>
          )}
          <button type="button" className="button" aria-expanded={panel === 'edit'} onClick={() => setPanel(panel === 'edit' ? 'none' : 'edit')}>
            Edit
          </button>
          <Link href={`/journal/new?action=${encodeURIComponent(action.id)}`} className="button">
            Write about it
          </Link>
          <button type="button" className="button button-danger-quiet" onClick={() => void remove()}>
            Delete
          </button>
        </div>
        {error && (
          <div className="form-error action-error" role="alert">
            {error}
          </div>
        )}
      </header>
      {panel === 'escalate' && <EscalateForm action={action} ladder={settings.ladder} today={today} onCancel={() => setPanel('none')} />}
      {panel === 'edit' && (
        <EditDetailsForm
          action={action}
          lessons={lessons}
          onDirty={onEditDirty}
          onDone={(saved) => {
            setPanel('none');
            if (saved) reload();
          }}
        />
      )}
      {panel !== 'edit' && action.notes.trim() && <p className="action-notes">{action.notes}</p>}
      {action.kind === 'ask' ? (
        <>
          <AskDetails key={action.updatedAt} ask={action} onSaved={reload} onDirty={onAskDirty} />
          <EscalatedTo mandates={detail.mandates} ladder={settings.ladder} today={today} />
        </>
      ) : (
        <KindDetails detail={detail} ladder={settings.ladder} onChanged={reload} />
      )}
      <ActionLinks action={action} entries={detail.entries} lessons={lessons} />
    </article>
  );
}
