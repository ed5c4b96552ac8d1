// The latest import per owner: how many of their opportunities are stale and the worst of them,
// who they are among the leader's people (matched by name, confirmed here), and one action that
// asks each chosen owner to bring theirs up to date by a day, with the three confirmations to fill.
import { useState } from 'react';
import { Link } from 'wouter';
import { addDays } from '../../../shared/calendarDays';
import type { CrmAskStatus, CrmOwner, Person } from '../../../shared/contract';
import { formatDay } from '../../ui/formatDate';
import { useClient } from '../../transport/connection';
import { MenuSelect } from '../../ui/MenuSelect';
import { useToast } from '../../ui/Toasts';
import { errorText } from '../../ui/useLoad';

interface Props {
  owners: CrmOwner[];
  /** Open asks made from earlier imports, by person: an owner already asked is not proposed again. */
  asked: ReadonlyMap<string, CrmAskStatus>;
  people: Person[];
  today: string;
  onChanged: () => void;
}

export function CrmOwners({ owners, asked, people, today, onChanged }: Props) {
  const client = useClient();
  const toast = useToast();
  const staleOwners = owners.filter((o) => o.stale > 0);
  const askedAlready = (owner: CrmOwner) => (owner.person ? asked.get(owner.person.id) : undefined);
  const [chosen, setChosen] = useState<Set<string>>(() => new Set(staleOwners.filter((o) => o.person && !askedAlready(o)).map((o) => o.owner)));
  const [expectedBy, setExpectedBy] = useState(addDays(today, 7));
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const confirm = async (owner: string, personId: string) => {
    setError(null);
    try {
      await client.crm.mapOwner({ owner, personId: personId || null });
      onChanged();
    } catch (failure) {
      setError(errorText(failure));
    }
  };

  const ask = async () => {
    setAsking(true);
    setError(null);
    try {
      const { asks } = await client.crm.ask({ owners: [...chosen], expectedBy });
      toast({ message: `Asked ${asks.map((a) => a.personName).join(', ')} to bring their opportunities up to date`, tone: 'success' });
      onChanged();
    } catch (failure) {
      setError(errorText(failure));
    } finally {
      setAsking(false);
    }
  };

  const toggle = (owner: string, on: boolean) =>
    setChosen((set) => {
      const next = new Set(set);
      if (on) next.add(owner);
      else next.delete(owner);
      return next;
    });

  return (
    <section className="crm-owners" aria-labelledby="crm-owners-heading">
      <h2 id="crm-owners-heading">Stale opportunities per owner</h2>
      {owners.length === 0 ? (
        <p className="section-empty">The export has no opportunities.</p>
      ) : (
        <ul className="crm-owner-list">
          {owners.map((owner) => (
            <li key={owner.owner} className={`crm-owner ${owner.stale > 0 ? 'has-stale' : ''}`} aria-label={owner.owner}>
              <div className="crm-owner-head">
                {owner.stale > 0 && (
                  <input type="checkbox" checked={chosen.has(owner.owner)} disabled={!owner.person} aria-label={`Ask ${owner.owner}`} onChange={(e) => toggle(owner.owner, e.target.checked)} />
                )}
                <span className="crm-owner-name">{owner.owner}</span>
                <span className={`count-chip ${owner.stale > 0 ? 'count-overdue' : ''}`}>
                  {owner.stale} stale of {owner.opportunities}
                </span>
                <span className="crm-owner-person">
                  {owner.person && owner.confirmed ? (
                    <Link href={`/people/${owner.person.id}`}>{owner.person.name}</Link>
                  ) : (
                    <MenuSelect
                      label={owner.person ? 'Is' : 'Who is this?'}
                      value={owner.person?.id ?? ''}
                      choices={[{ value: '', label: 'Nobody in my people' }, ...people.filter((p) => !p.archived).map((p) => ({ value: p.id, label: p.name }))]}
                      onChange={(personId) => void confirm(owner.owner, personId)}
                    />
                  )}
                  {owner.person && !owner.confirmed && (
                    <button type="button" className="button button-small" onClick={() => void confirm(owner.owner, owner.person?.id ?? '')}>
                      Confirm
                    </button>
                  )}
                </span>
              </div>
              {owner.stale > 0 && askedAlready(owner) && (
                <p className="crm-asked">
                  Already asked on {formatDay(askedAlready(owner)?.ask.date ?? today)}, expected {formatDay(askedAlready(owner)?.ask.confirmations.when ?? today)}: follow that ask up rather than asking again.
                </p>
              )}
              {owner.worst.length > 0 && (
                <ul className="crm-worst" aria-label={`Worst of ${owner.owner}'s stale opportunities`}>
                  {owner.worst.slice(0, 3).map((opp) => (
                    <li key={opp.key}>
                      <strong>{opp.opportunity}</strong>
                      {opp.account && <span className="muted"> · {opp.account}</span>}: {opp.reasons.join(', ')}
                    </li>
                  ))}
                  {owner.stale > 3 && <li className="muted">…and {owner.stale - 3} more</li>}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}
      {staleOwners.length > 0 && (
        <div className="crm-ask-bar">
          <label className="field field-date">
            <span className="field-label">Up to date by</span>
            <input type="date" value={expectedBy} min={today} onChange={(e) => setExpectedBy(e.target.value)} />
          </label>
          <button type="button" className="button button-primary" disabled={chosen.size === 0 || asking || !expectedBy} onClick={() => void ask()}>
            {asking ? 'Asking…' : `Ask ${chosen.size} ${chosen.size === 1 ? 'owner' : 'owners'}`}
          </button>
          <span className="field-hint">Each gets one ask listing their stale opportunities; get how and what help they need when you talk.</span>
        </div>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
