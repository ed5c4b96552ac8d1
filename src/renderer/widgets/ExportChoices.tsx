// The choices every export dialog offers: the format, with the words that tell formats apart, and
// (for library text shared) whether the leader's journal goes in.
import type { ExportFormat } from '../../shared/contract';

export interface FormatChoice<F extends string> {
  value: F;
  label: string;
  hint: string;
}

export const documentFormats: Array<FormatChoice<ExportFormat>> = [
  { value: 'md', label: 'Markdown', hint: 'For notes apps, wikis and chat.' },
  { value: 'html', label: 'Web page', hint: 'One file that opens in any browser and prints cleanly.' },
  { value: 'pdf', label: 'PDF', hint: 'Print-ready, with page numbers.' },
];

interface FormatProps<F extends string> {
  legend: string;
  formats: Array<FormatChoice<F>>;
  value: F;
  onChange: (format: F) => void;
  disabled?: boolean;
}

export function FormatChoices<F extends string>({ legend, formats, value, onChange, disabled = false }: FormatProps<F>) {
  return (
    <fieldset className="export-formats" disabled={disabled}>
      <legend>{legend}</legend>
      {formats.map((choice) => (
        <label key={choice.value} className="export-choice">
          <input type="radio" name="format" value={choice.value} checked={value === choice.value} onChange={() => onChange(choice.value)} />
          <span>
            <strong>{choice.label}</strong> <span className="hint">{choice.hint}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}

/** "Add my journal entries about it/them": off by default, and says what ticking it means. */
export function JournalChoice({ checked, onChange, about, disabled = false }: { checked: boolean; onChange: (checked: boolean) => void; about: 'it' | 'them'; disabled?: boolean }) {
  return (
    <label className="export-choice export-journal">
      <input type="checkbox" checked={checked} disabled={disabled} onChange={(event) => onChange(event.target.checked)} />
      <span>
        <strong>Add my journal entries about {about}</strong> <span className="hint">They may name people and hold private notes. Leave this off to share only the library text.</span>
      </span>
    </label>
  );
}
