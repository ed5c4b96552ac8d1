// A mandate recorded without an earlier ask is flagged. When the ask did happen, the leader links
// it here (from this person's asks that were missed or are overdue) and the flag goes away.
import { useState } from 'react';
import type { AskAction, MandateAction } from '../../../shared/contract';
import { useClient } from '../../transport/connection';
import { MenuSelect } from '../../ui/MenuSelect';
import { useToast } from '../../ui/Toasts';
import { errorText, useLoad } from '../../ui/useLoad';

export function LinkEarlierAsk({ mandate, onLinked }: { mandate: MandateAction; onLinked: () => void }) {
  const client = useClient();
  const toast = useToast();
  const candidates = useLoad(`candidates:${mandate.personId}`, () => client.actions.candidates(), { marksReady: false });
  const [askId, setAskId] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  if (candidates.status !== 'ready') return null;
  const asks: AskAction[] = candidates.value.filter((ask) => ask.personId === mandate.personId);
  if (asks.length === 0) {
    return <p className="field-hint link-ask-hint">If there was an ask before this mandate, record it (and mark it missed if it was not done); you can then link it here.</p>;
  }

  const link = async () => {
    setSaving(true);
    setError(null);
    try {
      await client.actions.update({ id: mandate.id, escalates: askId });
      toast({ message: 'Earlier ask linked; the mandate is no longer flagged.', tone: 'success' });
      onLinked();
    } catch (caught) {
      setError(errorText(caught));
      setSaving(false);
    }
  };

  return (
    <div className="link-ask">
      <MenuSelect
        label="The ask it follows"
        value={askId}
        choices={[{ value: '', label: 'Choose an ask' }, ...asks.map((ask) => ({ value: ask.id, label: ask.text }))]}
        onChange={setAskId}
        className="menu-select-field"
      />
      <button type="button" className="button button-small" disabled={!askId || saving} onClick={() => void link()}>
        {saving ? 'Linking…' : 'Link the ask'}
      </button>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
