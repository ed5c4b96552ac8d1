// Everyone the leader coaches and sells to, with how many asks are open and what is overdue, and
// a form to add someone new.
import { useState } from 'react';
import { Link } from 'wouter';
import type { CoachingAction, Person } from '../../../shared/contract';
import type { PersonInput } from '../../../shared/contract';
import { useClient } from '../../transport/connection';
import { usePageTitle } from '../../ui/usePageTitle';
import { Loaded } from '../../ui/LoadState';
import { useToast } from '../../ui/Toasts';
import { useLoad } from '../../ui/useLoad';
import { PersonForm } from './PersonForm';
import { relationShort } from '../../words/relationText';
import './people.css';

interface PeopleOverview {
  people: Person[];
  openAsks: Map<string, number>;
  overdue: Map<string, number>;
}

function countBy(actions: CoachingAction[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const action of actions) counts.set(action.personId, (counts.get(action.personId) ?? 0) + 1);
  return counts;
}

export function PeopleListPage() {
  const client = useClient();
  const toast = useToast();
  usePageTitle('People');
  const [showArchived, setShowArchived] = useState(false);
  const [adding, setAdding] = useState(false);
  const overview = useLoad<PeopleOverview>(`people:${showArchived}`, async () => {
    const [people, asks, reminders] = await Promise.all([
      client.people.list({ includeArchived: showArchived }),
      client.actions.list({ kind: 'ask', status: 'open', limit: 5000 }),
      client.reminders.check({ record: false }),
    ]);
    return { people, openAsks: countBy(asks), overdue: countBy(reminders.followUps.filter((f) => f.state === 'overdue').map((f) => f.action)) };
  });

  const addPerson = async (input: PersonInput) => {
    const person = await client.people.create(input);
    toast({ message: `${person.name} added`, tone: 'success' });
    setAdding(false);
    overview.reload();
  };

  return (
    <div className="page people-page">
      <header className="page-header page-header-actions">
        <div>
          <h1>People</h1>
          <p className="page-subtitle">The people you coach and sell to, and what you asked, shared and mandated with each.</p>
        </div>
        {!adding && (
          <button type="button" className="button button-primary" onClick={() => setAdding(true)}>
            Add person
          </button>
        )}
      </header>
      {adding && (
        <PersonForm
          initial={{ name: '', relation: 'salesperson', role: '', notes: '' }}
          title="Add a person"
          submitLabel="Add person"
          onSubmit={addPerson}
          onCancel={() => setAdding(false)}
        />
      )}
      <div className="people-toolbar">
        <label className="toggle">
          <input type="checkbox" checked={showArchived} onChange={(e) => setShowArchived(e.target.checked)} />
          Show archived
        </label>
      </div>
      <Loaded load={overview} loadingLabel="Loading people…">
        {({ people, openAsks, overdue }) =>
          people.length === 0 ? (
            <div className="empty-state">
              <h2>{showArchived ? 'Nobody here yet' : 'No people yet'}</h2>
              <p>Add the people you coach and sell to: your sales managers, your salespeople, customers and prospects. Then record what you ask, share and mandate with each of them.</p>
              {!adding && (
                <button type="button" className="button button-primary" onClick={() => setAdding(true)}>
                  Add your first person
                </button>
              )}
            </div>
          ) : (
            <ul className="people-list" aria-label="People">
              {people.map((person) => (
                <PersonRow key={person.id} person={person} openAsks={openAsks.get(person.id) ?? 0} overdue={overdue.get(person.id) ?? 0} />
              ))}
            </ul>
          )
        }
      </Loaded>
    </div>
  );
}

function PersonRow({ person, openAsks, overdue }: { person: Person; openAsks: number; overdue: number }) {
  const initials = person.name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((word) => word.charAt(0).toUpperCase())
    .join('');
  return (
    <li className={person.archived ? 'is-archived' : ''}>
      <Link href={`/people/${person.id}`} className="person-row">
        <span className="avatar" aria-hidden="true">
          {initials || '?'}
        </span>
        <span className="person-row-main">
          <span className="person-row-name">{person.name}</span>
          <span className="person-row-meta">
            {relationShort[person.relation]}
            {person.role && ` · ${person.role}`}
          </span>
        </span>
        <span className="person-row-counts">
          {person.archived && <span className="count-chip count-archived">Archived</span>}
          {overdue > 0 && <span className="count-chip count-overdue">{overdue} overdue</span>}
          {openAsks > 0 && (
            <span className="count-chip">
              {openAsks} open {openAsks === 1 ? 'ask' : 'asks'}
            </span>
          )}
        </span>
      </Link>
    </li>
  );
}
