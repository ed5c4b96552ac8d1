// Finding an opportunity or an account in the latest CRM import: every word typed must appear in its
// name or its account; each result says whose it is and why it is stale, if it is.
import { useDeferredValue, useId, useState } from 'react';
import { useClient } from '../../transport/connection';
import { useLoad } from '../../ui/useLoad';

export function CrmFind() {
  const client = useClient();
  const inputId = useId();
  const [q, setQ] = useState('');
  const query = useDeferredValue(q.trim());
  const found = useLoad(`crm-find:${query}`, async () => (query ? client.crm.find({ q: query, limit: 20 }) : null), { marksReady: false });
  const result = found.status === 'ready' ? found.value : null;
  return (
    <section className="crm-find" aria-label="Find an opportunity">
      <label className="field-label" htmlFor={inputId}>
        Find an opportunity or an account
      </label>
      <input id={inputId} type="search" value={q} placeholder="e.g. Globex, renewal" onChange={(e) => setQ(e.target.value)} />
      {result && (
        <>
          <p className="crm-find-count" role="status">
            {result.total === 0 ? 'No opportunity or account in the latest import matches.' : `${result.total} ${result.total === 1 ? 'opportunity matches' : 'opportunities match'}${result.total > result.opportunities.length ? `; the first ${result.opportunities.length}:` : ':'}`}
          </p>
          <ul className="crm-find-list">
            {result.opportunities.map((opp) => (
              <li key={opp.key}>
                <strong>{opp.opportunity}</strong>
                <span className="muted">
                  {[opp.account, opp.owner, opp.stage].filter(Boolean).join(' · ')}
                </span>
                <span className={opp.reasons.length ? 'crm-find-stale' : 'crm-find-fine'}>{opp.reasons.length ? `Stale: ${opp.reasons.join(', ')}` : 'Up to date'}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
