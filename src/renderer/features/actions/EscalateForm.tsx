// Escalating: a mandate for exactly what was asked, with a due date and (optionally) a chosen
// ladder step. From a missed or overdue mandate it climbs one step for the same ask.
import { useState, type FormEvent } from 'react';
import type { CoachingAction, LadderStep } from '../../../shared/contract';
import { useClient } from '../../transport/connection';
import { navigate } from '../../navigation/hashLocation';
import { MenuSelect } from '../../ui/MenuSelect';
import { useToast } from '../../ui/Toasts';
import { errorText } from '../../ui/useLoad';
import { ladderChoices } from './MandateFields';

interface Props {
  action: CoachingAction;
  ladder: LadderStep[];
  today: string;
  onCancel: () => void;
}

export function EscalateForm({ action, ladder, today, onCancel }: Props) {
  const client = useClient();
  const toast = useToast();
  const [dueDate, setDueDate] = useState('');
  const [step, setStep] = useState('');
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    setError(null);
    try {
      const { mandate } = await client.actions.escalate({ id: action.id, dueDate: dueDate || null, step: step ? Number(step) : null });
      toast({ message: `Escalated: mandate on step ${mandate.step}`, tone: 'success' });
      navigate(`/actions/${mandate.id}`, { force: true });
    } catch (failure) {
      setError(errorText(failure));
      setSaving(false);
    }
  };

  return (
    <form className="escalate-form" aria-label="Escalate to mandate" onSubmit={(e) => void submit(e)} noValidate>
      <h2>{action.kind === 'ask' ? 'Escalate this ask to a mandate' : 'Climb to the next ladder step'}</h2>
      <p className="escalate-quote-label">
        {action.kind === 'ask' ? 'The mandate requires exactly what was asked:' : 'The next step requires the same thing, no more:'}
      </p>
      <blockquote className="escalate-quote">{action.text}</blockquote>
      <div className="editor-row">
        <label className="field field-date">
          <span className="field-label">Due by</span>
          <input type="date" value={dueDate} min={today} onChange={(e) => setDueDate(e.target.value)} />
        </label>
        <div className="field field-grow">
          <MenuSelect label="Ladder step" value={step} choices={ladderChoices(ladder)} onChange={setStep} className="menu-select-field" />
        </div>
      </div>
      {error && (
        <div className="form-error" role="alert">
          <strong>Not escalated.</strong> {error}
        </div>
      )}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={saving} aria-busy={saving}>
          Escalate
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
