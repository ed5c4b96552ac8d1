// The balance view: how often the leader asks, shares and mandates, week by week and per person,
// the share of asks against the target, and the follow-ups that need attention now.
import { lazy, Suspense, useState } from 'react';
import { Link, useSearch } from 'wouter';
import type { BalanceReport, Person } from '../../../shared/contract';
import { useClient } from '../../transport/connection';
import { usePageTitle } from '../../ui/usePageTitle';
import { navigate } from '../../navigation/hashLocation';
import { Loaded, LoadError, Loading } from '../../ui/LoadState';
import { MenuSelect } from '../../ui/MenuSelect';
import { useLoad } from '../../ui/useLoad';
import { useToday } from '../../ui/useToday';
import { AskTarget } from './AskTarget';
import { LadderSettings } from './LadderSettings';
import { CandidateList, FollowUpList, UnaskedMandateList } from './FollowUpLists';
import './balance.css';
import { ExportActionsButton } from '../../widgets/ExportDialog';

// The chart library is large; it loads with this page instead of with the whole app.
const BalanceChart = lazy(() => import('./BalanceChart').then((module) => ({ default: module.BalanceChart })));

const weekChoices = [4, 12, 26] as const;

function filtersFrom(search: string): { personId: string; weeks: number } {
  const params = new URLSearchParams(search);
  const weeks = Number(params.get('weeks'));
  return { personId: params.get('person') ?? '', weeks: (weekChoices as readonly number[]).includes(weeks) ? weeks : 12 };
}

export function BalancePage() {
  const client = useClient();
  usePageTitle('Balance');
  const { personId, weeks } = filtersFrom(useSearch());
  const setFilters = (next: { personId: string; weeks: number }) => {
    const params = new URLSearchParams();
    if (next.personId) params.set('person', next.personId);
    if (next.weeks !== 12) params.set('weeks', String(next.weeks));
    const query = params.toString();
    // Filters only change what is shown; an unsaved target draft stays on screen, so no guard.
    navigate(`/balance${query ? `?${query}` : ''}`, { replace: true, force: true });
  };

  const start = useLoad('balance-start', async () => {
    const [people, someActions] = await Promise.all([client.people.list({}), client.actions.list({ limit: 1 })]);
    return { people, isNew: someActions.length === 0 };
  });

  return (
    <div className="page balance-page">
      <header className="page-header">
        <h1>Balance</h1>
        <p className="page-subtitle">How often you ask, share and mandate, week by week, and which follow-ups need you now.</p>
        <div className="actions">
          <ExportActionsButton />
        </div>
      </header>
      <Loaded load={start} loadingLabel="Loading your balance…">
        {({ people, isNew }) =>
          isNew ? (
            <div className="empty-state">
              <h2>Nothing to balance yet</h2>
              <p>
                Once you record what you ask, share and mandate, this view charts the mix week by week, shows how close asking is to being your default, and lists the
                asks that ran past their date.
              </p>
              <Link href="/people" className="button button-primary">
                Add your people to start
              </Link>
            </div>
          ) : (
            <>
              <div className="toolbar balance-toolbar" role="group" aria-label="Filter the balance">
                <MenuSelect
                  label="Person"
                  value={personId}
                  choices={[{ value: '', label: 'Everyone' }, ...withCurrent(people, personId).map((p) => ({ value: p.id, label: p.name }))]}
                  onChange={(id) => setFilters({ personId: id, weeks })}
                />
                <div className="segmented" role="group" aria-label="Period">
                  {weekChoices.map((n) => (
                    <button key={n} type="button" aria-pressed={weeks === n} className={weeks === n ? 'pressed' : ''} onClick={() => setFilters({ personId, weeks: n })}>
                      {n} weeks
                    </button>
                  ))}
                </div>
              </div>
              <BalanceReportView personId={personId} weeks={weeks} personName={people.find((p) => p.id === personId)?.name ?? null} />
            </>
          )
        }
      </Loaded>
    </div>
  );
}

/** A person from an old link may be archived; keep them selectable so the filter shows the truth. */
function withCurrent(people: Person[], personId: string): Array<{ id: string; name: string }> {
  return personId && !people.some((p) => p.id === personId) ? [...people, { id: personId, name: 'Archived person' }] : people;
}

function BalanceReportView({ personId, weeks, personName }: { personId: string; weeks: number; personName: string | null }) {
  const client = useClient();
  const today = useToday();
  const report = useLoad(`balance:${personId}:${weeks}`, () => client.balance.report({ weeks, ...(personId ? { personId } : {}) }));
  // Keep showing the last report while another filter loads, so the page does not jump.
  const [last, setLast] = useState<BalanceReport | null>(null);
  if (report.status === 'ready' && report.value !== last) setLast(report.value);
  const shown = report.status === 'ready' ? report.value : last;

  if (report.status === 'error') return <LoadError message={report.error} onRetry={report.retry} />;
  if (!shown) return <Loading label="Loading the report…" />;
  const scope = personName ? `with ${personName}` : 'everyone';
  const total = shown.totals.ask + shown.totals.share + shown.totals.mandate;

  return (
    <div className={`balance-body ${report.status === 'loading' ? 'is-updating' : ''}`} aria-busy={report.status === 'loading'}>
      <p className="balance-updating" role="status">
        {report.status === 'loading' ? 'Updating…' : ''}
      </p>
      {total === 0 && (
        <p className="balance-note" role="note">
          No actions {personName ? `with ${personName} ` : ''}in the last {weeks} weeks. Record an ask, a share or a mandate and it appears here.
        </p>
      )}
      <div className="balance-top">
        <Suspense fallback={<div className="balance-chart-card balance-chart-placeholder"><Loading label="Drawing the chart…" /></div>}>
          <BalanceChart weeks={shown.weeks} totals={shown.totals} scope={`last ${weeks} weeks, ${scope}`} />
        </Suspense>
        <AskTarget askShare={shown.askShare} askTarget={shown.askTarget} whose={personName ? `your actions with ${personName}` : 'your actions'} onSaved={report.reload} />
      </div>
      <div className="attention-grid">
        <CandidateList asks={shown.candidates} today={today} />
        <FollowUpList
          title="Due today"
          followUps={shown.dueToday}
          hint="Asks whose date is today, and mandates due today."
          empty="Nothing is due today. Check in on open asks before their date comes."
        />
        <FollowUpList
          title="Overdue"
          followUps={shown.overdue}
          hint="Open asks and mandates past their date, most overdue first."
          empty="Nothing is overdue. Every open ask and mandate is still within its date."
        />
        <UnaskedMandateList mandates={shown.mandatesWithoutAsk} />
      </div>
      <LadderSettings />
    </div>
  );
}
