// Everyone the leader coaches and sells to, at a glance: open asks, follow-ups past their date,
// mandates and the share of asks this quarter against the target, the last and next 1:1. Sortable by
// any column, filtered to a team or to a manager's reports (`#/people?team=West`,
// `#/people?manager=<id>`), and a form to add someone new.
import { useState } from 'react';
import { Link, useSearch } from 'wouter';
import type { PeopleOverview, PersonGlance, UpcomingOneOnOne } from '../../../shared/contract';
import type { PersonInput } from '../../../shared/contract';
import { useClient } from '../../transport/connection';
import { navigate } from '../../navigation/hashLocation';
import { usePageTitle } from '../../ui/usePageTitle';
import { formatDay } from '../../ui/formatDate';
import { Loaded } from '../../ui/LoadState';
import { MenuSelect } from '../../ui/MenuSelect';
import { useToast } from '../../ui/Toasts';
import { useLoad } from '../../ui/useLoad';
import { initials } from '../../words/personText';
import { relationShort } from '../../words/relationText';
import { PersonForm } from './PersonForm';
import { filterPeople, nextSort, sortPeople, type Sort, type SortKey } from './peopleTable';
import './people.css';

/** The filter the address asks for: a team or a manager's reports. */
function filterOf(search: string): string {
  const query = new URLSearchParams(search);
  const team = query.get('team');
  const manager = query.get('manager');
  return team ? `team:${team}` : manager ? `manager:${manager}` : '';
}

function hrefOf(filter: string): string {
  if (filter.startsWith('team:')) return `/people?team=${encodeURIComponent(filter.slice(5))}`;
  if (filter.startsWith('manager:')) return `/people?manager=${encodeURIComponent(filter.slice(8))}`;
  return '/people';
}

export function PeopleListPage() {
  const client = useClient();
  const toast = useToast();
  usePageTitle('People');
  const filter = filterOf(useSearch());
  const [showArchived, setShowArchived] = useState(false);
  const [adding, setAdding] = useState(false);
  const [sort, setSort] = useState<Sort>({ key: 'name', descending: false });
  const overview = useLoad<PeopleOverview>(`people:${showArchived}`, () => client.people.overview({ includeArchived: showArchived }));
  const upcoming = useLoad('upcoming-one-on-ones', () => client.oneOnOnes.upcoming({ days: 14 }), { marksReady: false });

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
      {adding && overview.status === 'ready' && (
        <PersonForm
          initial={{ name: '', relation: 'salesperson', role: '', notes: '', team: '', managerId: null }}
          title="Add a person"
          submitLabel="Add person"
          people={overview.value.people.map((g) => g.person)}
          teams={overview.value.teams}
          onSubmit={addPerson}
          onCancel={() => setAdding(false)}
        />
      )}
      {upcoming.status === 'ready' && upcoming.value.length > 0 && <UpcomingOneOnOnes list={upcoming.value} />}
      <Loaded load={overview} loadingLabel="Loading people…">
        {(value) => (
          <>
            <div className="people-toolbar">
              <MenuSelect
                label="Team"
                value={filter}
                choices={[
                  { value: '', label: 'Everyone' },
                  ...value.teams.map((team) => ({ value: `team:${team}`, label: team })),
                  ...value.people.filter((g) => g.reports > 0).map((g) => ({ value: `manager:${g.person.id}`, label: `Reports to ${g.person.name}` })),
                ]}
                onChange={(next) => navigate(hrefOf(next))}
              />
              <label className="toggle">
                <input type="checkbox" checked={showArchived} onChange={(e) => setShowArchived(e.target.checked)} />
                Show archived
              </label>
            </div>
            {value.people.length === 0 ? (
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
              <PeopleTable overview={value} rows={sortPeople(filterPeople(value.people, filter), sort)} sort={sort} onSort={(key) => setSort((s) => nextSort(s, key))} />
            )}
          </>
        )}
      </Loaded>
    </div>
  );
}

/** The 1:1s due, overdue or coming in the next two weeks, soonest first, each a click from starting. */
function UpcomingOneOnOnes({ list }: { list: UpcomingOneOnOne[] }) {
  return (
    <section className="upcoming-one-on-ones" aria-labelledby="upcoming-heading">
      <h2 id="upcoming-heading">Upcoming 1:1s</h2>
      <ul>
        {list.map((u) => (
          <li key={u.person.id} className={u.next.state !== 'upcoming' ? 'is-due' : ''}>
            <Link href={`/people/${u.person.id}/one-on-one`}>{u.person.name}</Link>
            <span>{u.next.state === 'due' ? 'due today' : u.next.state === 'overdue' ? `overdue since ${formatDay(u.next.date)}` : formatDay(u.next.date, 'full')}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

const columns: Array<{ key: SortKey; label: string; title?: string; numeric?: boolean }> = [
  { key: 'name', label: 'Person' },
  { key: 'openAsks', label: 'Open asks', numeric: true },
  { key: 'overdue', label: 'Overdue', title: 'Follow-ups past their date', numeric: true },
  { key: 'mandates', label: 'Mandates', title: 'Mandates this quarter', numeric: true },
  { key: 'askShare', label: 'Ask share', title: 'Asks as a share of all actions this quarter', numeric: true },
  { key: 'lastOneOnOne', label: 'Last 1:1' },
  { key: 'nextOneOnOne', label: 'Next 1:1' },
];

function PeopleTable({ overview, rows, sort, onSort }: { overview: PeopleOverview; rows: PersonGlance[]; sort: Sort; onSort: (key: SortKey) => void }) {
  const target = Math.round(overview.askTarget * 100);
  return (
    <div className="people-table-wrap">
      <table className="people-table" aria-label="People">
        <caption className="sr-only">
          Everyone, with what is open and this quarter ({formatDay(overview.quarter.from)} to {formatDay(overview.quarter.to)}); your ask target is {target}%.
        </caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.key} scope="col" className={column.numeric ? 'num' : undefined} aria-sort={sort.key === column.key ? (sort.descending ? 'descending' : 'ascending') : 'none'} title={column.title}>
                <button type="button" className="sort-button" onClick={() => onSort(column.key)}>
                  {column.label}
                  <span className="sort-mark" aria-hidden="true">
                    {sort.key === column.key ? (sort.descending ? '▼' : '▲') : ''}
                  </span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <PersonRow key={row.person.id} row={row} askTarget={overview.askTarget} />
          ))}
        </tbody>
      </table>
      {rows.length === 0 && <p className="section-empty">Nobody matches: choose “Everyone” to see all your people.</p>}
    </div>
  );
}

function PersonRow({ row, askTarget }: { row: PersonGlance; askTarget: number }) {
  const { person } = row;
  const below = row.askShare !== null && row.askShare < askTarget;
  return (
    <tr className={person.archived ? 'is-archived' : ''}>
      <th scope="row">
        <span className="person-cell">
          <span className="avatar" aria-hidden="true">
            {initials(person.name)}
          </span>
          <span className="person-row-main">
            <Link href={`/people/${person.id}`} className="person-row-name">
              {person.name}
            </Link>
            <span className="person-row-meta">
              {[relationShort[person.relation], person.role, person.team && `Team ${person.team}`].filter(Boolean).join(' · ')}
              {person.archived && ' · Archived'}
            </span>
            {row.reports > 0 && (
              <Link href={`/people?manager=${encodeURIComponent(person.id)}`} className="reports-link">
                Their team ({row.reports})
              </Link>
            )}
          </span>
        </span>
      </th>
      <td className="num">{row.openAsks || '–'}</td>
      <td className="num">{row.overdue ? <span className="count-chip count-overdue">{row.overdue}</span> : '–'}</td>
      <td className="num">{row.mandatesThisQuarter || '–'}</td>
      <td className={`num ${below ? 'below-target' : row.askShare !== null ? 'on-target' : ''}`}>
        {row.askShare === null ? '–' : `${Math.round(row.askShare * 100)}%`}
        {below && <span className="sr-only"> (below your target)</span>}
      </td>
      <td>{row.lastOneOnOne ? formatDay(row.lastOneOnOne) : '–'}</td>
      <td>
        {row.nextOneOnOne ? (
          row.nextOneOnOne.state === 'upcoming' ? (
            formatDay(row.nextOneOnOne.date)
          ) : (
            <span className="one-on-one-due">
              {row.nextOneOnOne.state === 'due' ? 'Due today' : 'Overdue'}
              {row.nextOneOnOne.state === 'overdue' && <span className="due-since">since {formatDay(row.nextOneOnOne.date)}</span>}
            </span>
          )
        ) : (
          '–'
        )}
      </td>
    </tr>
  );
}
