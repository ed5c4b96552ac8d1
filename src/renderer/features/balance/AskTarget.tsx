// The share of asks against the leader's target: a bar with the target marked, a plain sentence,
// and the target itself, editable (saved through the core, which checks it).
import { useId, useState, type FormEvent } from 'react';
import { useClient } from '../../transport/connection';
import { useLeaveGuard } from '../../navigation/useLeaveGuard';
import { useToast } from '../../ui/Toasts';
import { errorText } from '../../ui/useLoad';
import { percent } from './balanceFormat';

interface Props {
  askShare: number | null;
  askTarget: number;
  /** "your actions" or "your actions with Dana". */
  whose: string;
  onSaved: () => void;
}

function sentence(askShare: number | null, askTarget: number, whose: string): string {
  const target = percent(askTarget);
  if (askShare === null) return `No actions recorded in this period yet, so there is nothing to compare with your target of ${target} asks.`;
  const share = `Asks are ${percent(askShare)} of ${whose}; your target is ${target}.`;
  if (Math.round(askShare * 100) < Math.round(askTarget * 100)) return `${share} Asking is meant to be the default: ask first, mandate only what an ask did not achieve.`;
  return `${share} Asking is your default, as it should be.`;
}

export function AskTarget({ askShare, askTarget, whose, onSaved }: Props) {
  const client = useClient();
  const toast = useToast();
  const inputId = useId();
  const hintId = useId();
  const saved = String(Math.round(askTarget * 100));
  const [draft, setDraft] = useState(saved);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const dirty = draft.trim() !== saved;
  useLeaveGuard(dirty, 'Your new ask target is not saved yet. Leave without saving it?');

  // A target saved elsewhere (or by this form) becomes the new starting point.
  const [base, setBase] = useState(saved);
  if (base !== saved) {
    setBase(saved);
    setDraft(saved);
  }

  const below = askShare !== null && Math.round(askShare * 100) < Math.round(askTarget * 100);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const value = Number(draft.trim());
    // Percent here, a fraction in the core: say it in the unit the leader typed.
    if (draft.trim() === '' || !Number.isFinite(value) || value < 0 || value > 100) {
      setError('Enter the target as a percentage from 0 to 100, for example 60.');
      return;
    }
    setSaving(true);
    setError(null);
    try {
      const result = await client.settings.updateCoaching({ askTarget: value / 100 });
      setDraft(String(Math.round(result.askTarget * 100)));
      toast({ message: `Ask target set to ${percent(result.askTarget)}.`, tone: 'success' });
      onSaved();
    } catch (caught) {
      setError(errorText(caught));
    } finally {
      setSaving(false);
    }
  };

  return (
    <section className="balance-card ask-target" aria-label="Share of asks against your target">
      <h2>Share of asks</h2>
      <div className="ask-meter-row">
        <span className={`ask-meter-value ${below ? 'is-below' : ''}`}>{askShare === null ? '—' : percent(askShare)}</span>
        <div
          className="ask-meter"
          role="meter"
          aria-label="Asks as a share of all actions"
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={askShare === null ? 0 : Math.round(askShare * 100)}
          aria-valuetext={askShare === null ? 'no actions yet' : `${percent(askShare)}, target ${percent(askTarget)}`}
        >
          <span className="ask-meter-fill" style={{ width: `${(askShare ?? 0) * 100}%` }} />
          <span className="ask-meter-target" style={{ left: `${askTarget * 100}%` }} />
          <span className="ask-meter-target-label" style={{ left: `${askTarget * 100}%` }} aria-hidden="true">
            target {percent(askTarget)}
          </span>
        </div>
      </div>
      <p className="ask-sentence">{sentence(askShare, askTarget, whose)}</p>
      <form className="ask-target-form" onSubmit={save} noValidate>
        <label htmlFor={inputId} className="field-inline">
          Target share of asks
        </label>
        <span className="percent-input">
          <input
            id={inputId}
            type="number"
            inputMode="numeric"
            min={0}
            max={100}
            step={1}
            value={draft}
            aria-describedby={hintId}
            aria-invalid={error !== null}
            onChange={(e) => setDraft(e.target.value)}
          />
          <span aria-hidden="true">%</span>
        </span>
        <button type="submit" className="button button-small" disabled={!dirty || saving}>
          {saving ? 'Saving…' : 'Save target'}
        </button>
        {dirty && !saving && (
          <button type="button" className="link-button" onClick={() => { setDraft(saved); setError(null); }}>
            Cancel
          </button>
        )}
        <span id={hintId} className="field-hint">
          Percent of all your actions that should be asks.
        </span>
      </form>
      {error && (
        <p className="form-error" role="alert">
          <strong>The target was not saved.</strong> {error}
        </p>
      )}
    </section>
  );
}
