// The leader's accountability ladder: the names of its steps (Fulcrum's four by default), which
// mandates climb one at a time. Renaming, adding or removing steps is saved through the core,
// which refuses to drop a step a mandate stands on.
import { useId, useState, type FormEvent } from 'react';
import type { LadderStep } from '../../../shared/contract';
import { useClient } from '../../transport/connection';
import { useLeaveGuard } from '../../navigation/useLeaveGuard';
import { Loaded } from '../../ui/LoadState';
import { useToast } from '../../ui/Toasts';
import { errorText, useLoad } from '../../ui/useLoad';

const minSteps = 2;
const maxSteps = 10;

export function LadderSettings() {
  const client = useClient();
  const settings = useLoad('coaching-settings', () => client.settings.coaching(), { marksReady: false });
  return (
    <section className="balance-card ladder-settings" aria-label="Your accountability ladder">
      <h2>Your accountability ladder</h2>
      <p className="field-hint ladder-hint">
        A mandate climbs one step each time the step below was missed. Name the steps the way your team works; a mandate that skips a step is flagged.
      </p>
      <Loaded load={settings} loadingLabel="Loading the ladder…">
        {(value) => <LadderForm key={value.ladder.map((s) => s.name).join('|')} ladder={value.ladder} onSaved={settings.reload} />}
      </Loaded>
    </section>
  );
}

function LadderForm({ ladder, onSaved }: { ladder: LadderStep[]; onSaved: () => void }) {
  const client = useClient();
  const toast = useToast();
  const errorId = useId();
  const saved = ladder.map((step) => step.name);
  const [names, setNames] = useState(saved);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const dirty = names.join('\n') !== saved.join('\n');
  useLeaveGuard(dirty, 'Your ladder changes are not saved yet. Leave without saving them?');

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (names.some((name) => name.trim() === '')) {
      setError('Give every step a name, or remove the empty one.');
      return;
    }
    setSaving(true);
    setError(null);
    try {
      const result = await client.settings.updateCoaching({ ladder: names.map((name) => name.trim()) });
      toast({ message: `Ladder saved: ${result.ladder.length} steps.`, tone: 'success' });
      onSaved();
    } catch (caught) {
      setError(errorText(caught));
    } finally {
      setSaving(false);
    }
  };

  return (
    <form className="ladder-form" onSubmit={(e) => void save(e)} noValidate aria-describedby={error ? errorId : undefined}>
      <ol className="ladder-steps">
        {names.map((name, index) => (
          <li key={index}>
            <label>
              <span className="ladder-step-number">Step {index + 1}</span>
              <input
                type="text"
                value={name}
                maxLength={80}
                aria-invalid={name.trim() === '' && error !== null}
                onChange={(e) => setNames((list) => list.map((n, i) => (i === index ? e.target.value : n)))}
              />
            </label>
          </li>
        ))}
      </ol>
      <div className="ladder-actions">
        <button type="button" className="button button-small" disabled={names.length >= maxSteps} onClick={() => setNames((list) => [...list, ''])}>
          Add a step
        </button>
        <button type="button" className="button button-small" disabled={names.length <= minSteps} onClick={() => setNames((list) => list.slice(0, -1))}>
          Remove the last step
        </button>
        <span className="ladder-actions-end">
          {dirty && !saving && (
            <button type="button" className="link-button" onClick={() => { setNames(saved); setError(null); }}>
              Cancel
            </button>
          )}
          <button type="submit" className="button button-small button-primary" disabled={!dirty || saving}>
            {saving ? 'Saving…' : 'Save ladder'}
          </button>
        </span>
      </div>
      {error && (
        <p id={errorId} className="form-error" role="alert">
          <strong>The ladder was not saved.</strong> {error}
        </p>
      )}
    </form>
  );
}
