// One person: who they are to the leader, what is due with them, their open asks on top, then
// everything recorded about them (actions and journal entries), newest first.
import { useState } from 'react';
import { Link } from 'wouter';
import type { PersonDetail } from '../../../shared/contract';
import type { PersonInput } from '../../../shared/contract';
import { useClient } from '../../transport/connection';
import { usePageTitle } from '../../ui/usePageTitle';
import { navigate } from '../../navigation/hashLocation';
import { Loaded } from '../../ui/LoadState';
import { useToast } from '../../ui/Toasts';
import { useToday } from '../../ui/useToday';
import { errorText, useLoad } from '../../ui/useLoad';
import { FollowUpList, OpenAsks } from './OpenAsks';
import { PersonForm } from './PersonForm';
import { PersonTimeline } from './PersonTimeline';
import { ScheduleSummary } from './ScheduleSummary';
import './one-on-one.css';
import { PersonNotes } from '../../widgets/notes/PersonNotes';
import { relationShort } from '../../words/relationText';
import './people.css';
import { ExportActionsButton, ExportButton } from '../../widgets/ExportDialog';

export function PersonPage({ id }: { id: string }) {
  const client = useClient();
  const detail = useLoad(`person:${id}`, () => client.people.get({ id }));
  usePageTitle(detail.status === 'ready' ? detail.value.person.name : null);
  return <Loaded load={detail}>{(value) => <PersonView detail={value} reload={detail.reload} />}</Loaded>;
}

function PersonView({ detail, reload }: { detail: PersonDetail; reload: () => void }) {
  const client = useClient();
  const toast = useToast();
  const today = useToday();
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { person } = detail;
  const hasHistory = detail.openAsks.length > 0 || detail.timeline.length > 0;

  const save = async (input: PersonInput) => {
    await client.people.update({ id: person.id, ...input });
    toast({ message: 'Changes saved', tone: 'success' });
    setEditing(false);
    reload();
  };

  const setArchived = async (archived: boolean, undoable = true) => {
    setError(null);
    try {
      await client.people.archive({ id: person.id, archived });
      reload();
      toast({
        message: archived ? `${person.name} archived` : `${person.name} is back`,
        tone: 'success',
        ...(undoable ? { action: { label: 'Undo', onAction: () => void setArchived(!archived, false) } } : {}),
      });
    } catch (failure) {
      setError(errorText(failure));
    }
  };

  const [starting, setStarting] = useState(false);
  const startOneOnOne = async () => {
    setStarting(true);
    setError(null);
    try {
      await client.oneOnOnes.start({ personId: person.id });
      navigate(`/people/${person.id}/one-on-one`);
    } catch (failure) {
      setError(errorText(failure));
      setStarting(false);
    }
  };

  const remove = async () => {
    if (!window.confirm(`Delete ${person.name}? They have no history in your journal, and this cannot be undone.`)) return;
    setError(null);
    try {
      await client.people.delete({ id: person.id });
      toast({ message: `${person.name} deleted`, tone: 'success' });
      navigate('/people', { force: true });
    } catch (failure) {
      setError(errorText(failure));
    }
  };

  return (
    <div className="page page-reading person-page">
      <p className="breadcrumb">
        <Link href="/people">All people</Link>
      </p>
      <header className="person-header">
        <p className="eyebrow">
          <span>
            {relationShort[person.relation]}
            {person.role && ` · ${person.role}`}
          </span>
        </p>
        <h1>{person.name}</h1>
        {person.archived && (
          <div className="notice" role="status">
            <strong>Archived.</strong> {person.name} is out of your lists and no new actions can be recorded for them. Their history stays here.
          </div>
        )}
        {(person.team || detail.manager || detail.reports.length > 0) && (
          <p className="person-team">
            {person.team && <Link href={`/people?team=${encodeURIComponent(person.team)}`}>Team {person.team}</Link>}
            {detail.manager && (
              <span>
                Reports to <Link href={`/people/${detail.manager.id}`}>{detail.manager.name}</Link>
              </span>
            )}
            {detail.reports.length > 0 && <Link href={`/people?manager=${encodeURIComponent(person.id)}`}>Their team ({detail.reports.length})</Link>}
          </p>
        )}
        {person.notes && <p className="person-notes">{person.notes}</p>}
        <ScheduleSummary key={JSON.stringify(detail.oneOnOne.schedule)} personId={person.id} schedule={detail.oneOnOne.schedule} next={detail.oneOnOne.next} onChanged={reload} />
        <div className="actions">
          {!person.archived && (
            <button type="button" className="button button-primary" disabled={starting} onClick={() => void startOneOnOne()}>
              {starting ? 'Starting…' : 'Start 1:1'}
            </button>
          )}
          {!person.archived && (
            <Link href={`/actions/new?person=${encodeURIComponent(person.id)}`} className="button">
              Record an action
            </Link>
          )}
          {hasHistory && <ExportButton target={{ kind: 'person', id: person.id, title: `1:1 prep: ${person.name}` }} label="Export 1:1 prep…" />}
          {hasHistory && <ExportActionsButton person={{ id: person.id, name: person.name }} />}
          <button type="button" className="button" onClick={() => setEditing(true)} disabled={editing}>
            Edit
          </button>
          <button type="button" className={`button ${person.archived ? 'button-primary' : ''}`} onClick={() => void setArchived(!person.archived)}>
            {person.archived ? 'Bring back' : 'Archive'}
          </button>
          {!hasHistory && (
            <button type="button" className="button button-danger-quiet" onClick={() => void remove()}>
              Delete
            </button>
          )}
        </div>
        {error && (
          <div className="form-error person-error" role="alert">
            {error}
          </div>
        )}
      </header>
      {editing && <EditPerson person={person} onSubmit={save} onCancel={() => setEditing(false)} />}
      <FollowUpList followUps={detail.followUps} />
      <OpenAsks person={person} asks={detail.openAsks} today={today} />
      <PersonTimeline person={person} timeline={detail.timeline} today={today} hasOpenAsks={detail.openAsks.length > 0} />
      <PersonNotes personId={person.id} />
    </div>
  );
}

/** The edit form, with the people they can report to and the teams in use, read when it opens. */
function EditPerson({ person, onSubmit, onCancel }: { person: PersonDetail['person']; onSubmit: (input: PersonInput) => Promise<void>; onCancel: () => void }) {
  const client = useClient();
  const people = useLoad('people-for-edit', () => client.people.list({}), { marksReady: false });
  if (people.status !== 'ready') return null;
  const teams = [...new Set(people.value.map((p) => p.team).filter(Boolean))].sort((a, b) => a.localeCompare(b));
  return (
    <PersonForm
      initial={{ name: person.name, relation: person.relation, role: person.role, notes: person.notes, team: person.team, managerId: person.managerId }}
      title={`Edit ${person.name}`}
      submitLabel="Save changes"
      withNotes
      people={people.value}
      teams={teams}
      personId={person.id}
      onSubmit={onSubmit}
      onCancel={onCancel}
    />
  );
}
