// An ask's form and its three confirmations, editable in place: the leader often gets the "when"
// after the ask was recorded. Also the mandates that escalated it, if any.
import { useEffect, useState } from 'react';
import type { AskAction, LadderStep, MandateAction } from '../../../shared/contract';
import { useClient } from '../../transport/connection';
import { useToast } from '../../ui/Toasts';
import { errorText } from '../../ui/useLoad';
import { ActionRow } from '../../widgets/ActionBits';
import { AskFormChoice, ConfirmationFields, type AskValues } from './AskFields';

const valuesOf = (ask: AskAction): AskValues => ({
  form: ask.form,
  how: ask.confirmations.how ?? '',
  when: ask.confirmations.when ?? '',
  help: ask.confirmations.help ?? '',
});

interface Props {
  ask: AskAction;
  onSaved: () => void;
  onDirty: (dirty: boolean) => void;
}

/** Keyed by the ask's updatedAt by its parent, so a save starts it afresh from the stored values. */
export function AskDetails({ ask, onSaved, onDirty }: Props) {
  const client = useClient();
  const toast = useToast();
  const initial = valuesOf(ask);
  const [values, setValues] = useState<AskValues>(initial);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const dirty = JSON.stringify(values) !== JSON.stringify(initial);
  useEffect(() => onDirty(dirty), [dirty, onDirty]);

  const save = async () => {
    setSaving(true);
    setError(null);
    try {
      await client.actions.update({ id: ask.id, form: values.form, confirmations: { how: values.how || null, when: values.when || null, help: values.help || null } });
      toast({ message: 'Confirmations saved', tone: 'success' });
      onDirty(false);
      onSaved();
    } catch (failure) {
      setError(errorText(failure));
      setSaving(false);
    }
  };

  return (
    <section className="detail-card" aria-label="Confirmations">
      <AskFormChoice form={values.form} onChange={(form) => setValues((v) => ({ ...v, form }))} />
      <ConfirmationFields values={values} minDate={ask.date} hint="Add or change an answer when the person gives it, then save." onChange={(patch) => setValues((v) => ({ ...v, ...patch }))} />
      {error && (
        <div className="form-error" role="alert">
          <strong>Not saved.</strong> {error}
        </div>
      )}
      <div className="form-actions">
        <button type="button" className="button button-primary" disabled={!dirty || saving} aria-busy={saving} onClick={() => void save()}>
          Save confirmations
        </button>
        {dirty && (
          <button type="button" className="button" onClick={() => setValues(initial)}>
            Discard changes
          </button>
        )}
        <span className="form-status" aria-live="polite">
          {saving ? 'Saving…' : dirty ? 'Unsaved changes' : ''}
        </span>
      </div>
    </section>
  );
}

export function EscalatedTo({ mandates, ladder, today }: { mandates: MandateAction[]; ladder: LadderStep[]; today: string }) {
  if (mandates.length === 0) return null;
  return (
    <section className="detail-card" aria-label="Escalated to">
      <h2>Escalated to</h2>
      <ul className="linked-actions">
        {mandates.map((m) => (
          <li key={m.id}>
            <ActionRow action={m} today={today} showPerson={false} ladder={ladder} />
          </li>
        ))}
      </ul>
    </section>
  );
}
