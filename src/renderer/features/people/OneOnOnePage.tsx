// A 1:1 with one person (`#/people/<id>/one-on-one`): what to go through on top (open asks with
// their confirmations, open mandates, shares since the last 1:1, what it left open), each settled
// right there, and today's note below, where new asks, shares and mandates are written as lines and
// tracked with what they need. Starting the 1:1 writes today's note; the agenda can be exported to share.
import { useEffect, useMemo, useRef, useState } from 'react';
import { Link } from 'wouter';
import type { AskAction, CoachingAction, JournalEntry, OneOnOneWorkspace, Person } from '../../../shared/contract';
import { oneOnOneHeadings, withOneOnOnePrompts } from '../../../shared/entryTemplates';
import { actionLabel, inlineLinkIds, pickedOnly } from '../../../shared/inlineLinks';
import { addToSection, tickItem, trackLine, untrackedActionLines, type ActionLine } from '../../../shared/oneOnOneNotes';
import { useClient } from '../../transport/connection';
import { useLeaveGuard } from '../../navigation/useLeaveGuard';
import { formatDay } from '../../ui/formatDate';
import { Loaded } from '../../ui/LoadState';
import { saveShortcut } from '../../ui/saveShortcut';
import { useToast } from '../../ui/Toasts';
import { errorText, useLoad } from '../../ui/useLoad';
import { usePageTitle } from '../../ui/usePageTitle';
import { ExportButton } from '../../widgets/ExportDialog';
import { LinkingTextarea } from '../../widgets/linking/LinkingTextarea';
import { useReadableText } from '../../widgets/linking/useReadableText';
import { useLessonIndex } from '../../widgets/useLessonIndex';
import { OneOnOneItems, type Outcome } from './OneOnOneItems';
import { ScheduleSummary } from './ScheduleSummary';
import { TrackActionLines } from './TrackActionLines';
import './one-on-one.css';

export function OneOnOnePage({ personId }: { personId: string }) {
  const client = useClient();
  const load = useLoad(`one-on-one:${personId}`, async () => {
    const [workspace, people, candidates] = await Promise.all([client.oneOnOnes.get({ personId }), client.people.list({}), client.actions.candidates({})]);
    return { workspace, people, candidates: candidates.filter((ask) => ask.personId === personId) };
  });
  usePageTitle(load.status === 'ready' ? `1:1 with ${load.value.workspace.person.name}` : null);
  return (
    <Loaded load={load} loadingLabel="Getting the 1:1 ready…">
      {({ workspace, people, candidates }) => <Workspace key={workspace.note?.id ?? 'not-started'} workspace={workspace} people={people} candidates={candidates} reload={load.reload} />}
    </Loaded>
  );
}

interface WorkspaceProps {
  workspace: OneOnOneWorkspace;
  people: Person[];
  candidates: AskAction[];
  reload: () => void;
}

function Workspace({ workspace, people, candidates, reload }: WorkspaceProps) {
  const client = useClient();
  const toast = useToast();
  const { person, note } = workspace;
  const [starting, setStarting] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const start = async () => {
    setStarting(true);
    setError(null);
    try {
      await client.oneOnOnes.start({ personId: person.id });
      reload();
    } catch (failure) {
      setError(errorText(failure));
      setStarting(false);
    }
  };

  return (
    <div className="page page-reading one-on-one-page">
      <p className="breadcrumb">
        <Link href="/people">People</Link> › <Link href={`/people/${person.id}`}>{person.name}</Link>
      </p>
      <header className="page-header one-on-one-header">
        <h1>1:1 with {person.name}</h1>
        <p className="page-subtitle">
          <time dateTime={workspace.date}>{formatDay(workspace.date, 'long')}</time>
          {workspace.previous ? (
            <>
              {' · last 1:1 '}
              <Link href={`/journal/${workspace.previous.id}`}>{formatDay(workspace.previous.date)}</Link>
            </>
          ) : (
            ' · your first 1:1 here'
          )}
        </p>
        <ScheduleSummary key={JSON.stringify(workspace.schedule)} personId={person.id} schedule={workspace.schedule} next={workspace.next} onChanged={reload} />
        <div className="actions">
          {!note && (
            <button type="button" className="button button-primary" disabled={starting || person.archived} onClick={() => void start()}>
              {starting ? 'Starting…' : 'Start 1:1'}
            </button>
          )}
          <ExportButton target={{ kind: 'agenda', id: person.id, title: `1:1 agenda: ${person.name}` }} label="Export agenda…" />
        </div>
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
      </header>
      {note ? (
        <StartedOneOnOne workspace={workspace} note={note} people={people} candidates={candidates} reload={reload} onSaved={() => toast({ message: '1:1 note saved', tone: 'success' })} />
      ) : (
        <OneOnOneItems workspace={workspace} started={false} settled={new Map()} onOutcome={() => undefined} onCarriedOver={() => undefined} onChanged={reload} />
      )}
    </div>
  );
}

function StartedOneOnOne({ workspace, note, people, candidates, reload, onSaved }: Omit<WorkspaceProps, 'workspace'> & { workspace: OneOnOneWorkspace; note: JournalEntry; onSaved: () => void }) {
  const client = useClient();
  const lessons = useLessonIndex();
  const body = useReadableText(withOneOnOnePrompts(note.body), people, lessons.status === 'ready' ? lessons.value : null);
  const [savedText, setSavedText] = useState(body.initial);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [settled, setSettled] = useState<Map<string, Outcome>>(new Map());
  const saveNext = useRef(false);
  // Links picked for the note by hand (not written in it) are kept on save.
  const [picked] = useState(() => {
    const inline = inlineLinkIds(note.body);
    return { lessonIds: pickedOnly(note.lessonIds, inline.lessonIds), personIds: pickedOnly(note.personIds, inline.personIds), actionIds: pickedOnly(note.actionIds, inline.actionIds) };
  });
  const lines = useMemo(() => untrackedActionLines(body.text), [body.text]);
  const dirty = body.text !== savedText;
  useLeaveGuard(dirty, 'The 1:1 note has changes that are not saved. Leave and lose them?');

  /** `quiet` for what the workspace saves on its own (an outcome, a tracked line): no toast for those. */
  const save = async (quiet = false) => {
    if (saving) return;
    setSaving(true);
    setError(null);
    const text = body.text;
    try {
      await client.journal.update({ id: note.id, date: note.date, title: note.title, body: body.storedNow(), ...picked });
      setSavedText(text);
      if (!quiet) onSaved();
    } catch (failure) {
      setError(errorText(failure));
    } finally {
      setSaving(false);
    }
  };

  // What the workspace writes into the note (an outcome, a tracked line) is saved with it at once.
  useEffect(() => {
    if (!saveNext.current) return;
    saveNext.current = false;
    void save(true);
  });
  const writeAndSave = (change: (text: string) => string) => {
    body.setText(change);
    saveNext.current = true;
  };

  const onOutcome = (action: CoachingAction, outcome: Outcome) => {
    setSettled((s) => new Map(s).set(action.id, outcome));
    writeAndSave((text) => addToSection(text, oneOnOneHeadings.discussed, `- ${body.linkTo({ scheme: 'action', id: action.id }, actionLabel(action.text))}: ${outcome}`));
  };
  const onCarriedOver = (item: string) => {
    setSettled((s) => new Map(s).set(item, 'discussed'));
    writeAndSave((text) => {
      const ticked = tickItem(text, item);
      return ticked !== text ? ticked : addToSection(text, oneOnOneHeadings.discussed, `- [x] ${item}`);
    });
  };
  const textarea = useRef<HTMLTextAreaElement>(null);
  /** A new `ask: ` (share:, mandate:) line in the note's section for them, the caret after it. */
  const addLine = (kind: 'ask' | 'share' | 'mandate') => {
    // An empty prompt for it is used first; else a line is added.
    const empty = new RegExp(`^${kind}: $`, 'm').exec(body.text);
    const next = empty ? body.text : addToSection(body.text, oneOnOneHeadings.actions, `${kind}: `);
    const at = empty ? empty.index + empty[0].length : next.lastIndexOf(`${kind}: `) + kind.length + 2;
    body.setText(next);
    requestAnimationFrame(() => {
      textarea.current?.focus();
      textarea.current?.setSelectionRange(at, at);
    });
  };

  const onTracked = (line: ActionLine, action: CoachingAction) => {
    writeAndSave((text) => trackLine(text, line, body.linkTo({ scheme: 'action', id: action.id }, actionLabel(action.text))));
    reload();
  };

  return (
    <>
      <OneOnOneItems workspace={workspace} started settled={settled} onOutcome={onOutcome} onCarriedOver={onCarriedOver} onChanged={reload} />
      <form
        className="entry-editor one-on-one-note"
        aria-label="1:1 note"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
        onKeyDown={saveShortcut(() => save())}
      >
        <div className="field">
          <div className="note-head">
            <label className="field-label" htmlFor="one-on-one-text">
              Today’s note
            </label>
            <span className="note-add" role="group" aria-label="Add to the note">
              {(['ask', 'share', 'mandate'] as const).map((kind) => (
                <button key={kind} type="button" className="button button-small" onClick={() => addLine(kind)}>
                  + {kind[0]?.toUpperCase()}
                  {kind.slice(1)}
                </button>
              ))}
            </span>
          </div>
          <LinkingTextarea
            id="one-on-one-text"
            textareaRef={textarea}
            value={body.text}
            onChange={body.setText}
            people={people}
            lessons={lessons.status === 'ready' ? lessons.value : null}
            chips={body.chips}
            linkText={body.linkText}
            describedBy="one-on-one-hint"
          />
          <span id="one-on-one-hint" className="field-hint">
            Start a line with <kbd>ask:</kbd>, <kbd>share:</kbd> or <kbd>mandate:</kbd> to track it; <kbd>@</kbd> links a person and <kbd>[[</kbd> a lesson. Empty sections are dropped when you save; Reflections
            never leave in the agenda.
          </span>
        </div>
        <TrackActionLines personId={workspace.person.id} personName={workspace.person.name} lines={lines} candidates={candidates} today={workspace.date} onTracked={onTracked} />
        {error && (
          <div className="form-error" role="alert">
            <strong>The note was not saved.</strong> {error} Your text is still here.
          </div>
        )}
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={saving} aria-busy={saving}>
            Save note
          </button>
          <Link href={`/journal/${note.id}`} className="button">
            Open in the journal
          </Link>
          <span className="form-status" aria-live="polite">
            {saving ? 'Saving…' : dirty ? 'Unsaved changes' : 'Saved'}
          </span>
        </div>
      </form>
    </>
  );
}
