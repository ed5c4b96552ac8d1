// "Start from a template": one button per template above a new entry.
import { useId } from 'react';
import { entryTemplates, type EntryTemplateId } from '../../../shared/entryTemplates';

export function TemplateBar({ onChoose, busy }: { onChoose: (id: EntryTemplateId) => void; busy: boolean }) {
  const labelId = useId();
  return (
    <div className="template-bar" role="group" aria-labelledby={labelId} aria-busy={busy}>
      <span id={labelId} className="template-bar-label">
        Start from a template
      </span>
      {entryTemplates.map((template) => (
        <button key={template.id} type="button" className="chip template-chip" title={template.description} disabled={busy} onClick={() => onChoose(template.id)}>
          {template.name}
        </button>
      ))}
    </div>
  );
}
