// A share's category, and the question leaders often have: "do I expect something back?". The
// answer is an explanation, not a field: a share is unconditional; needing something makes it an ask.
import { useId, useState } from 'react';
import { shareCategories, type ShareCategory } from '../../../shared/contract';
import { MenuSelect } from '../../ui/MenuSelect';
import { categoryLabels } from '../../words/actionText';

const categoryChoices = [{ value: '', label: 'Choose one…' }, ...shareCategories.map((value) => ({ value, label: categoryLabels[value] }))];

export function ShareCategoryField({ category, onChange }: { category: ShareCategory | ''; onChange: (category: ShareCategory) => void }) {
  return (
    <div className="field">
      <MenuSelect label="What kind of share?" value={category} choices={categoryChoices} onChange={(value) => onChange(value as ShareCategory)} className="menu-select-field" />
    </div>
  );
}

export function ExpectSomethingBack({ onMakeAsk }: { onMakeAsk: () => void }) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  return (
    <div className="expect-back">
      <button type="button" className="link-button" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen((o) => !o)}>
        Expect something back?
      </button>
      {open && (
        <div id={panelId} className="expect-back-panel" role="note">
          <p>
            <strong>A share is unconditional.</strong> It works on trust, respect and credibility: you give your expertise, a story or an idea
            with nothing expected in return, so there is no date and nothing to follow up. If you need something back, make it an ask, and get the
            three confirmations: how, when and what help.
          </p>
          <button type="button" className="button button-small" onClick={onMakeAsk}>
            Make it an ask instead
          </button>
        </div>
      )}
    </div>
  );
}
