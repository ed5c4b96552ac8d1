// Under the 1:1 note: each line written `ask: …`, `share: …` or `mandate: …` and not tracked yet,
// with what it needs to become a tracked action: an ask's three confirmations (how, when, what
// help), a share's kind, a mandate's due date and the ask it escalates (the most overdue one is
// proposed; none is a choice, and flagged). Tracking writes the action and links the line to it.
import { useId, useState } from 'react';
import { shareCategories, type AskAction, type CoachingAction, type ShareCategory } from '../../../shared/contract';
import type { ActionLine } from '../../../shared/oneOnOneNotes';
import { useClient } from '../../transport/connection';
import { MenuSelect } from '../../ui/MenuSelect';
import { errorText } from '../../ui/useLoad';
import { KindBadge } from '../../widgets/ActionBits';
import { categoryLabels, kindLabels } from '../../words/actionText';

interface Props {
  personId: string;
  personName: string;
  lines: ActionLine[];
  /** This person's asks a mandate may escalate, the most overdue first. */
  candidates: AskAction[];
  today: string;
  onTracked: (line: ActionLine, action: CoachingAction) => void;
}

export function TrackActionLines({ personId, personName, lines, candidates, today, onTracked }: Props) {
  const headingId = useId();
  if (lines.length === 0) return null;
  return (
    <section className="track-lines" aria-labelledby={headingId}>
      <h3 id={headingId}>To track from the note</h3>
      <ul>
        {lines.map((line, i) => (
          // Keyed by what the line says (and which of its like), so typing elsewhere keeps each form.
          <li key={`${line.kind}:${line.text}:${lines.slice(0, i).filter((l) => l.kind === line.kind && l.text === line.text).length}`}>
            <TrackForm line={line} personId={personId} personName={personName} candidates={candidates} today={today} onTracked={onTracked} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function TrackForm({ line, personId, personName, candidates, today, onTracked }: Omit<Props, 'lines'> & { line: ActionLine }) {
  const client = useClient();
  const [how, setHow] = useState('');
  const [when, setWhen] = useState('');
  const [help, setHelp] = useState('');
  const [category, setCategory] = useState<ShareCategory | ''>('');
  const [escalates, setEscalates] = useState(candidates[0]?.id ?? '');
  const [dueDate, setDueDate] = useState('');
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

  const track = async () => {
    if (line.kind === 'share' && !category) {
      setError('Choose what you shared: a story, an idea, some coaching…');
      return;
    }
    setSaving(true);
    setError(null);
    try {
      const base = { personId, text: line.text };
      const action =
        line.kind === 'ask'
          ? await client.actions.create({ ...base, kind: 'ask', form: 'request', confirmations: { how: orNull(how), when: orNull(when), help: orNull(help) } })
          : line.kind === 'share'
            ? await client.actions.create({ ...base, kind: 'share', category: category as ShareCategory })
            : await client.actions.create({ ...base, kind: 'mandate', escalates: orNull(escalates), dueDate: orNull(dueDate) });
      onTracked(line, action);
    } catch (failure) {
      setError(errorText(failure));
      setSaving(false);
    }
  };

  const label = `${kindLabels[line.kind]}: ${line.text}`;
  return (
    // Not a <form>: it sits inside the note's form. Enter in one of its fields tracks the line.
    <div
      role="form"
      className="track-form"
      aria-label={label}
      onKeyDown={(e) => {
        if (e.key !== 'Enter' || !(e.target instanceof HTMLInputElement)) return;
        e.preventDefault();
        e.stopPropagation();
        void track();
      }}
    >
      <p className="track-line">
        <KindBadge kind={line.kind} size="small" /> <span>{line.text}</span>
      </p>
      {line.kind === 'ask' && (
        <div className="track-fields">
          <label className="field">
            <span className="field-label">How will they do it?</span>
            <input type="text" value={how} onChange={(e) => setHow(e.target.value)} />
          </label>
          <label className="field field-date">
            <span className="field-label">When can you expect it?</span>
            <input type="date" value={when} min={today} onChange={(e) => setWhen(e.target.value)} />
          </label>
          <label className="field">
            <span className="field-label">What help do they need from you?</span>
            <input type="text" value={help} onChange={(e) => setHelp(e.target.value)} />
          </label>
        </div>
      )}
      {line.kind === 'share' && (
        <div className="track-fields">
          <MenuSelect
            label="What kind of share"
            value={category}
            choices={[{ value: '', label: 'Choose…' }, ...shareCategories.map((c) => ({ value: c, label: categoryLabels[c] }))]}
            onChange={(value) => setCategory(value as ShareCategory)}
            className="menu-select-field"
          />
        </div>
      )}
      {line.kind === 'mandate' && (
        <div className="track-fields">
          <MenuSelect
            label="Escalates which ask?"
            value={escalates}
            choices={[...candidates.map((ask) => ({ value: ask.id, label: ask.text })), { value: '', label: 'None: there was no earlier ask (flagged)' }]}
            onChange={setEscalates}
            className="menu-select-field"
          />
          <label className="field field-date">
            <span className="field-label">Due by</span>
            <input type="date" value={dueDate} min={today} onChange={(e) => setDueDate(e.target.value)} />
          </label>
          {candidates.length === 0 && <p className="field-hint">No ask with {personName} is overdue or missed, so this mandate will be flagged: mandate only what an ask did not achieve.</p>}
        </div>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <button type="button" className="button button-small button-primary" disabled={saving} onClick={() => void track()}>
        {saving ? 'Tracking…' : `Track ${kindLabels[line.kind].toLowerCase()}`}
      </button>
    </div>
  );
}
