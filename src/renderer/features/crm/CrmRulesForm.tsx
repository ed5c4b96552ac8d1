// What "stale" means to this leader: a close date passed, no activity for N days, no next step, a
// stage that has not moved for N days. Each rule can be turned off.
import { useState, type FormEvent } from 'react';
import type { CrmRules } from '../../../shared/contract';
import { useClient } from '../../transport/connection';
import { useToast } from '../../ui/Toasts';
import { errorText } from '../../ui/useLoad';

export function CrmRulesForm({ rules, onSaved }: { rules: CrmRules; onSaved: () => void }) {
  const client = useClient();
  const toast = useToast();
  const [draft, setDraft] = useState(rules);
  const [activityDays, setActivityDays] = useState(String(rules.noActivityDays ?? 30));
  const [stageDays, setStageDays] = useState(String(rules.stageUnchangedDays ?? 60));
  const [error, setError] = useState<string | null>(null);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      await client.crm.setRules({
        closeDatePast: draft.closeDatePast,
        missingNextStep: draft.missingNextStep,
        noActivityDays: draft.noActivityDays === null ? null : Number(activityDays),
        stageUnchangedDays: draft.stageUnchangedDays === null ? null : Number(stageDays),
      });
      toast({ message: 'Rules saved', tone: 'success' });
      onSaved();
    } catch (failure) {
      setError(errorText(failure));
    }
  };

  return (
    <form className="crm-rules" aria-label="What counts as stale" onSubmit={(e) => void save(e)}>
      <h2>What counts as stale</h2>
      <label className="crm-rule">
        <input type="checkbox" checked={draft.closeDatePast} onChange={(e) => setDraft({ ...draft, closeDatePast: e.target.checked })} />
        The close date has passed
      </label>
      <label className="crm-rule">
        <input type="checkbox" checked={draft.noActivityDays !== null} onChange={(e) => setDraft({ ...draft, noActivityDays: e.target.checked ? Number(activityDays) : null })} />
        No activity for
        <input type="number" className="days-input" min={1} max={3650} value={activityDays} disabled={draft.noActivityDays === null} aria-label="Days without activity" onChange={(e) => setActivityDays(e.target.value)} />
        days
      </label>
      <label className="crm-rule">
        <input type="checkbox" checked={draft.missingNextStep} onChange={(e) => setDraft({ ...draft, missingNextStep: e.target.checked })} />
        No next step written
      </label>
      <label className="crm-rule">
        <input type="checkbox" checked={draft.stageUnchangedDays !== null} onChange={(e) => setDraft({ ...draft, stageUnchangedDays: e.target.checked ? Number(stageDays) : null })} />
        The stage has not changed for
        <input type="number" className="days-input" min={1} max={3650} value={stageDays} disabled={draft.stageUnchangedDays === null} aria-label="Days in the same stage" onChange={(e) => setStageDays(e.target.value)} />
        days
      </label>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="button button-small">
        Save rules
      </button>
    </form>
  );
}
