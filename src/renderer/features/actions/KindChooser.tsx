// Ask / Share / Mandate as one radio group (named "Kind"), drawn as segmented buttons in the
// three kinds' colours. Arrow keys move between them, as in any radio group.
import { useId } from 'react';
import type { ActionKind } from '../../../shared/contract';
import { actionKinds } from '../../../shared/contract';
import { kindLabels } from '../../words/actionText';

const kindHints: Record<ActionKind, string> = {
  ask: 'The default: a clear, respectful request, confirmed by how, when and what help.',
  share: 'Expertise, a story, an idea… given with nothing expected back.',
  mandate: 'Require what an earlier ask did not achieve, one ladder step at a time.',
};

export function KindChooser({ kind, onChange }: { kind: ActionKind | null; onChange: (kind: ActionKind) => void }) {
  const labelId = useId();
  return (
    <div className="field">
      <span className="field-label" id={labelId}>
        Kind
      </span>
      <div role="radiogroup" aria-labelledby={labelId} className="kind-chooser">
        {actionKinds.map((value) => (
          <label key={value} className={`kind-option kind-option-${value} ${kind === value ? 'checked' : ''}`}>
            <input
              type="radio"
              name={`${labelId}-kind`}
              value={value}
              checked={kind === value}
              aria-labelledby={`${labelId}-${value}`}
              aria-describedby={`${labelId}-${value}-hint`}
              onChange={() => onChange(value)}
            />
            <span id={`${labelId}-${value}`} className="kind-option-name">
              {kindLabels[value]}
            </span>
            <span id={`${labelId}-${value}-hint`} className="kind-option-hint">
              {kindHints[value]}
            </span>
          </label>
        ))}
      </div>
      {kind === null && <span className="field-hint kind-prompt">Which kind of action is this? Pick one to see what to record.</span>}
    </div>
  );
}
