// The form that records an ask, a share or a mandate. Switching kind keeps what was typed; a failed
// save keeps everything and shows the core's message; leaving with unsaved changes asks first.
import { useId, useState, type FormEvent } from 'react';
import type { AskAction, CoachingSettingsView, Person } from '../../../shared/contract';
import { useClient } from '../../transport/connection';
import { navigate } from '../../navigation/hashLocation';
import { useLeaveGuard } from '../../navigation/useLeaveGuard';
import { MenuSelect } from '../../ui/MenuSelect';
import { useToast } from '../../ui/Toasts';
import { errorText } from '../../ui/useLoad';
import type { LessonIndex } from '../../widgets/useLessonIndex';
import { kindLabels } from '../../words/actionText';
import { createInput, escalating, forPerson, textQuestion, withProposedEscalation, type ActionDraft } from './actionDraft';
import { AskFormChoice, ConfirmationFields } from './AskFields';
import { KindChooser } from './KindChooser';
import { LinkedLessonsField } from './LinkedLessonsField';
import { DueAndStepFields, EscalatesField } from './MandateFields';
import { ExpectSomethingBack, ShareCategoryField } from './ShareFields';
import { saveShortcut } from '../../ui/saveShortcut';

interface Props {
  initial: ActionDraft;
  people: Person[];
  candidates: AskAction[];
  settings: CoachingSettingsView;
  lessons: LessonIndex | null;
  today: string;
  onCancel: () => void;
}

export function ActionForm({ initial, people, candidates, settings, lessons, today, onCancel }: Props) {
  const client = useClient();
  const toast = useToast();
  const [start] = useState(() => withProposedEscalation(initial, candidates));
  const [draft, setDraft] = useState<ActionDraft>(start);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const errorId = useId();
  const dirty = JSON.stringify(draft) !== JSON.stringify(start);
  useLeaveGuard(dirty, 'This action is not saved yet. Leave and lose it?');
  const update = (patch: Partial<ActionDraft>) => setDraft((d) => withProposedEscalation({ ...d, ...patch }, candidates));
  const date = draft.date ?? today;
  const personCandidates = candidates.filter((ask) => ask.personId === draft.personId);

  const choosePerson = (personId: string) => setDraft((d) => withProposedEscalation(forPerson(d, personId, candidates), candidates));

  const chooseEscalated = (askId: string) => setDraft((d) => ({ ...escalating(d, askId, candidates), escalationChosen: true }));

  const save = async (event?: FormEvent) => {
    event?.preventDefault();
    if (saving) return;
    const input = createInput(draft);
    if (typeof input === 'string') {
      setError(input);
      return;
    }
    setSaving(true);
    setError(null);
    try {
      const saved = await client.actions.create(input);
      toast({ message: `${kindLabels[saved.kind]} recorded`, tone: 'success' });
      navigate(`/actions/${saved.id}`, { replace: true, force: true });
    } catch (failure) {
      setError(errorText(failure));
      setSaving(false);
    }
  };

  const onKeyDown = saveShortcut(save);

  const personChoices = [{ value: '', label: 'Choose a person…' }, ...people.map((p) => ({ value: p.id, label: p.role ? `${p.name} · ${p.role}` : p.name }))];

  return (
    <form className="entry-editor action-form" onSubmit={(e) => void save(e)} onKeyDown={onKeyDown} noValidate aria-describedby={error ? errorId : undefined}>
      <KindChooser kind={draft.kind} onChange={(kind) => update({ kind })} />
      <div className="editor-row">
        <div className="field field-grow">
          <MenuSelect label="Person" value={draft.personId} choices={personChoices} onChange={choosePerson} className="menu-select-field" />
        </div>
        <label className="field field-date">
          <span className="field-label">Date</span>
          <input type="date" value={date} max={today} required onChange={(e) => update({ date: e.target.value || null })} />
        </label>
      </div>
      {draft.kind === 'mandate' && <EscalatesField personChosen={draft.personId !== ''} candidates={personCandidates} escalates={draft.escalates} onEscalates={chooseEscalated} />}
      <label className="field">
        <span className="field-label">{draft.kind ? textQuestion[draft.kind] : 'What do you ask, share or require?'}</span>
        <textarea
          className="action-text-input"
          value={draft.text}
          rows={3}
          maxLength={2000}
          placeholder={draft.kind === 'share' ? 'e.g. How I won back a customer after a missed delivery' : 'e.g. Update your top ten opportunities in the CRM'}
          onChange={(e) => update({ text: e.target.value })}
        />
      </label>
      {draft.kind === 'ask' && (
        <>
          <AskFormChoice form={draft.form} onChange={(form) => update({ form })} />
          <ConfirmationFields values={draft} minDate={date} onChange={update} />
        </>
      )}
      {draft.kind === 'share' && (
        <>
          <ShareCategoryField category={draft.category} onChange={(category) => update({ category })} />
          <ExpectSomethingBack onMakeAsk={() => update({ kind: 'ask' })} />
        </>
      )}
      {draft.kind === 'mandate' && (
        <DueAndStepFields dueDate={draft.dueDate} minDate={date} step={draft.step} ladder={settings.ladder} onDueDate={(dueDate) => update({ dueDate })} onStep={(step) => update({ step })} />
      )}
      <LinkedLessonsField lessonIds={draft.lessonIds} lessons={lessons} onChange={(lessonIds) => update({ lessonIds })} />
      <label className="field">
        <span className="field-label">Notes</span>
        <textarea value={draft.notes} rows={3} placeholder="Anything to remember: context, how they took it, what to check next." onChange={(e) => update({ notes: e.target.value })} />
      </label>
      {error && (
        <div id={errorId} className="form-error" role="alert">
          <strong>Not saved.</strong> {error}
        </div>
      )}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={saving} aria-busy={saving}>
          {draft.kind ? `Save ${kindLabels[draft.kind].toLowerCase()}` : 'Save action'}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
        <span className="form-status" aria-live="polite">
          {saving ? 'Saving…' : dirty ? 'Unsaved changes' : ''}
        </span>
      </div>
    </form>
  );
}
