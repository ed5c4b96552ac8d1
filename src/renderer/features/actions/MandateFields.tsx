// A mandate's own fields: the ask it escalates (only this person's asks that are overdue or
// missed), its due date and its ladder step. Without an ask it is allowed but flagged, said up front.
import { useId } from 'react';
import { flagReasons, type AskAction, type LadderStep } from '../../../shared/contract';
import { formatDay } from '../../ui/formatDate';
import { MenuSelect } from '../../ui/MenuSelect';
import '../../widgets/action-bits.css';

export function ladderChoices(ladder: LadderStep[]) {
  return [{ value: '', label: 'Next step (chosen for you)' }, ...ladder.map((s) => ({ value: String(s.step), label: `${s.step}. ${s.name}` }))];
}

interface Props {
  personChosen: boolean;
  candidates: AskAction[];
  escalates: string;
  onEscalates: (askId: string) => void;
}

export function EscalatesField({ personChosen, candidates, escalates, onEscalates }: Props) {
  const name = useId();
  return (
    <fieldset className="field choice-list">
      <legend className="field-label">Escalates which ask?</legend>
      {!personChosen ? (
        <p className="field-hint">Choose the person first to see the asks with them that are overdue or missed.</p>
      ) : candidates.length === 0 ? (
        <p className="field-hint">No ask with this person is overdue or missed, so there is none to escalate.</p>
      ) : (
        candidates.map((ask) => (
          <label key={ask.id} className={`choice choice-ask ${escalates === ask.id ? 'checked' : ''}`}>
            <input type="radio" name={name} value={ask.id} checked={escalates === ask.id} aria-labelledby={`${name}-${ask.id}`} aria-describedby={`${name}-${ask.id}-hint`} onChange={() => onEscalates(ask.id)} />
            <span id={`${name}-${ask.id}`} className="choice-ask-text">
              {ask.text}
            </span>
            <span id={`${name}-${ask.id}-hint`} className="choice-hint">
              {ask.status === 'missed' ? 'Marked missed' : `Expected ${formatDay(ask.confirmations.when ?? ask.date)}`} · asked {formatDay(ask.date)}
            </span>
          </label>
        ))
      )}
      {personChosen && candidates.length > 0 && (
        <label className={`choice ${escalates === '' ? 'checked' : ''}`}>
          <input type="radio" name={name} value="" checked={escalates === ''} onChange={() => onEscalates('')} />
          <span>None: there was no earlier ask</span>
        </label>
      )}
      {escalates === '' && (
        <div className="flag-warning">
          <strong>
            <span aria-hidden="true">⚑ </span>This mandate will be flagged.
          </strong>{' '}
          {flagReasons['no-prior-ask']}
        </div>
      )}
    </fieldset>
  );
}

export function DueAndStepFields(props: { dueDate: string; minDate?: string | undefined; step: string; ladder: LadderStep[]; onDueDate: (value: string) => void; onStep: (value: string) => void }) {
  const hintId = useId();
  return (
    <div className="editor-row">
      <label className="field field-date">
        <span className="field-label">Due by</span>
        <input type="date" value={props.dueDate} min={props.minDate} onChange={(e) => props.onDueDate(e.target.value)} />
      </label>
      <div className="field field-grow">
        <MenuSelect label="Ladder step" value={props.step} choices={ladderChoices(props.ladder)} onChange={props.onStep} className="menu-select-field" />
        <span id={hintId} className="field-hint">
          Leave it on “next step” to climb one step at a time; skipping steps is flagged.
        </span>
      </div>
    </div>
  );
}
