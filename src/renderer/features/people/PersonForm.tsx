// Adding or editing a person: name, relation, role, team and manager (and notes when editing). The
// core validates (a manager cannot be oneself or below oneself); its message is shown as is and what
// was typed stays in the form.
import { useId, useState, type FormEvent } from 'react';
import type { Person, PersonInput } from '../../../shared/contract';
import type { Relation } from '../../../shared/contract';
import { useLeaveGuard } from '../../navigation/useLeaveGuard';
import { MenuSelect } from '../../ui/MenuSelect';
import { errorText } from '../../ui/useLoad';
import { relationChoices } from '../../words/relationText';

interface Props {
  initial: PersonInput;
  title: string;
  submitLabel: string;
  withNotes?: boolean;
  /** Who they can report to (everyone else not archived), and the team names in use. */
  people: Person[];
  teams: string[];
  /** The person being edited, left out of the managers. */
  personId?: string;
  onSubmit: (input: PersonInput) => Promise<void>;
  onCancel: () => void;
}

export function PersonForm({ initial, title, submitLabel, withNotes = false, people, teams, personId, onSubmit, onCancel }: Props) {
  const teamsId = useId();
  const [draft, setDraft] = useState<PersonInput>(initial);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const headingId = useId();
  const errorId = useId();
  const dirty = JSON.stringify(draft) !== JSON.stringify(initial);
  useLeaveGuard(dirty, 'The person you were editing is not saved. Leave and lose the changes?');
  const update = (patch: Partial<PersonInput>) => setDraft((d) => ({ ...d, ...patch }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    setSaving(true);
    setError(null);
    try {
      await onSubmit(draft);
    } catch (failure) {
      setError(errorText(failure));
      setSaving(false);
    }
  };

  return (
    <form
      className="person-form"
      aria-labelledby={headingId}
      aria-describedby={error ? errorId : undefined}
      noValidate
      onSubmit={(e) => void submit(e)}
      onKeyDown={(e) => e.key === 'Escape' && !dirty && onCancel()}
    >
      <h2 id={headingId}>{title}</h2>
      <div className="person-form-grid">
        <label className="field">
          <span className="field-label">Name</span>
          <input type="text" value={draft.name} maxLength={200} autoFocus placeholder="e.g. Dana Whitfield" onChange={(e) => update({ name: e.target.value })} />
        </label>
        <div className="field">
          <MenuSelect label="Relation" value={draft.relation} choices={relationChoices} onChange={(value) => update({ relation: value as Relation })} className="menu-select-field" />
        </div>
        <label className="field person-form-role">
          <span className="field-label">Role</span>
          <input type="text" value={draft.role} maxLength={200} placeholder="e.g. Account executive, West region" onChange={(e) => update({ role: e.target.value })} />
        </label>
        <label className="field">
          <span className="field-label">Team</span>
          <input type="text" value={draft.team ?? ''} maxLength={80} list={teamsId} placeholder="e.g. West" onChange={(e) => update({ team: e.target.value })} />
          <datalist id={teamsId}>
            {teams.map((team) => (
              <option key={team} value={team} />
            ))}
          </datalist>
        </label>
        <div className="field">
          <MenuSelect
            label="Reports to"
            value={draft.managerId ?? ''}
            choices={[{ value: '', label: 'Nobody here' }, ...people.filter((p) => p.id !== personId && !p.archived).map((p) => ({ value: p.id, label: p.name }))]}
            onChange={(value) => update({ managerId: value || null })}
            className="menu-select-field"
          />
        </div>
        {withNotes && (
          <label className="field person-form-notes">
            <span className="field-label">Notes</span>
            <textarea value={draft.notes} rows={4} placeholder="What helps you coach them: goals, strengths, what they asked of you." onChange={(e) => update({ notes: e.target.value })} />
          </label>
        )}
      </div>
      {error && (
        <div id={errorId} className="form-error" role="alert">
          <strong>Not saved.</strong> {error}
        </div>
      )}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={saving} aria-busy={saving}>
          {submitLabel}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
        <span className="form-status" aria-live="polite">
          {saving ? 'Saving…' : ''}
        </span>
      </div>
    </form>
  );
}
