// The asks made from CRM imports, as the latest import shows them: all fixed (offered as done),
// still stale, or past their date and still stale (a mandate candidate, as every such ask).
import { Link } from 'wouter';
import type { CrmAskStatus } from '../../../shared/contract';
import { useClient } from '../../transport/connection';
import { formatDay } from '../../ui/formatDate';
import { useToast } from '../../ui/Toasts';

const stateText: Record<CrmAskStatus['state'], string> = {
  'all-fixed': 'All fixed',
  'still-stale': 'Still stale',
  'mandate-candidate': 'Past its date, still stale',
};

export function CrmAsks({ asks, onChanged }: { asks: CrmAskStatus[]; onChanged: () => void }) {
  const client = useClient();
  const toast = useToast();
  if (asks.length === 0) return null;
  const markDone = async (status: CrmAskStatus) => {
    await client.actions.setStatus({ id: status.ask.id, status: 'done' });
    toast({ message: `${status.ask.personName}'s ask marked done`, tone: 'success' });
    onChanged();
  };
  return (
    <section className="crm-asks" aria-labelledby="crm-asks-heading">
      <h2 id="crm-asks-heading">Asks from earlier imports</h2>
      <ul className="row-list">
        {asks.map((status) => (
          <li key={status.ask.id} className={`row-item crm-ask-${status.state}`} aria-label={`${status.ask.personName}: ${stateText[status.state]}`}>
            <span className="row-main">
              <Link href={`/actions/${status.ask.id}`}>{status.ask.personName}</Link>
              <span>{status.ask.text}</span>
              <span className="row-meta">
                {status.stillStale} of {status.opportunities} still stale · expected {status.ask.confirmations.when ? formatDay(status.ask.confirmations.when) : 'without a date'}
              </span>
            </span>
            <span className={`crm-state crm-state-${status.state}`}>{stateText[status.state]}</span>
            {status.state === 'all-fixed' && (
              <button type="button" className="button button-small button-primary" onClick={() => void markDone(status)}>
                Mark done
              </button>
            )}
            {status.state === 'mandate-candidate' && (
              <Link href={`/actions/new?person=${encodeURIComponent(status.ask.personId)}&kind=mandate&escalates=${encodeURIComponent(status.ask.id)}`} className="button button-small">
                Escalate
              </Link>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
