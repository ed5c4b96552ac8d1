// The CRM compliance check (`#/crm`), the source episode's common case: import an opportunity export,
// set what stale means, see who has stale opportunities, ask each of them, and on the next import
// see who fixed theirs.
import { useClient } from '../../transport/connection';
import { formatDay } from '../../ui/formatDate';
import { Loaded } from '../../ui/LoadState';
import { useLoad } from '../../ui/useLoad';
import { usePageTitle } from '../../ui/usePageTitle';
import { CrmAsks } from './CrmAsks';
import { CrmFind } from './CrmFind';
import { CrmImportPanel } from './CrmImportPanel';
import { CrmOwners } from './CrmOwners';
import { CrmRulesForm } from './CrmRulesForm';
import './crm.css';

export function CrmPage() {
  const client = useClient();
  usePageTitle('CRM check');
  const load = useLoad('crm', async () => {
    const [view, people, info] = await Promise.all([client.crm.stale({}), client.people.list({}), client.app.info()]);
    return { view, people, today: info.today };
  });
  return (
    <div className="page page-reading crm-page">
      <header className="page-header">
        <h1>CRM check</h1>
        <p className="page-subtitle">Is the pipeline kept current? Import an opportunity export, see whose opportunities are stale, and ask each owner to fix theirs. The next export shows who did.</p>
      </header>
      <CrmImportPanel onImported={load.reload} />
      <Loaded load={load} loadingLabel="Reading the latest import…">
        {({ view, people, today }) => (
          <>
            <CrmRulesForm key={JSON.stringify(view.rules)} rules={view.rules} onSaved={load.reload} />
            {view.latest ? (
              <>
                <p className="crm-latest" role="status" aria-label="Latest import">
                  Latest import: <strong>{view.latest.fileName}</strong>, {formatDay(view.latest.day)}, {view.latest.rows.toLocaleString()} opportunities
                </p>
                <CrmFind />
                <CrmAsks asks={view.asks} onChanged={load.reload} />
                <CrmOwners key={view.latest.id + JSON.stringify(view.owners.map((o) => [o.owner, o.stale, o.confirmed, o.person?.id]))} owners={view.owners} asked={new Map(view.asks.filter((a) => a.state !== 'all-fixed').map((a) => [a.ask.personId, a]))} people={people} today={today} onChanged={load.reload} />
              </>
            ) : (
              <div className="empty-state">
                <h2>No export imported yet</h2>
                <p>Export an opportunity report from your CRM as CSV (in Salesforce: a report with Opportunity Owner, Opportunity Name, Close Date, Last Activity and Next Step; in HubSpot: export the deals view) and import it here.</p>
              </div>
            )}
          </>
        )}
      </Loaded>
    </div>
  );
}
