// The ask's own fields: how it is put (its form) and the three confirmations that make it a real
// commitment. Each confirmation is optional now and can be added later from the ask's page.
import { useId } from 'react';
import { askForms, type AskForm } from '../../../shared/contract';
import { formLabels } from '../../words/actionText';

export interface AskValues {
  form: AskForm;
  how: string;
  when: string;
  help: string;
}

export function AskFormChoice({ form, onChange }: { form: AskForm; onChange: (form: AskForm) => void }) {
  const baseId = useId();
  return (
    <fieldset className="field choice-list choice-columns">
      <legend className="field-label">How do you put it?</legend>
      {askForms.map((value) => (
        <div key={value} className={`choice ${form === value ? 'checked' : ''}`}>
          <input id={`${baseId}-${value}`} type="radio" name={`${baseId}-form`} value={value} checked={form === value} aria-describedby={`${baseId}-${value}-hint`} onChange={() => onChange(value)} />
          <label htmlFor={`${baseId}-${value}`}>{formLabels[value].label}</label>
          <span id={`${baseId}-${value}-hint`} className="choice-hint">
            {formLabels[value].hint}
          </span>
        </div>
      ))}
    </fieldset>
  );
}

interface ConfirmationProps {
  values: AskValues;
  minDate?: string | undefined;
  hint?: string;
  onChange: (patch: Partial<AskValues>) => void;
}

export function ConfirmationFields({ values, minDate, hint = 'Leave any blank for now and add it later from the ask’s page.', onChange }: ConfirmationProps) {
  const hintId = useId();
  const answered = [values.how, values.when, values.help].filter((v) => v.trim() !== '').length;
  return (
    <fieldset className="field confirmations" aria-describedby={hintId}>
      <legend className="field-label">
        The three confirmations <span className={`confirm-count ${answered === 3 ? 'complete' : ''}`}>{answered} of 3</span>
      </legend>
      <p id={hintId} className="field-hint">
        An ask is confirmed when all three are answered. {hint}
      </p>
      <label className="field">
        <span className="field-label">How will they do it?</span>
        <input type="text" value={values.how} maxLength={2000} placeholder="e.g. An hour blocked every Tuesday" onChange={(e) => onChange({ how: e.target.value })} />
      </label>
      <label className="field field-date">
        <span className="field-label">When can you expect it?</span>
        <input type="date" value={values.when} min={minDate} onChange={(e) => onChange({ when: e.target.value })} />
      </label>
      <label className="field">
        <span className="field-label">What help do they need from you?</span>
        <input type="text" value={values.help} maxLength={2000} placeholder="e.g. A walkthrough of the new CRM fields" onChange={(e) => onChange({ help: e.target.value })} />
      </label>
    </fieldset>
  );
}
