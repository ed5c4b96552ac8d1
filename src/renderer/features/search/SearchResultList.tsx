// The results listbox: groups by kind, each hit an option with its title and snippet highlighted.
// While a newer query is on its way the old hits stay visible but dimmed and inert, so nothing
// stale can be opened. Rows are memoised: a keystroke re-renders only the rows whose hit, choice
// or staleness changed.
import { memo } from 'react';
import type { SearchHit } from '../../../shared/contract';
import { formatDay } from '../../ui/formatDate';
import { Highlighted } from '../../ui/Highlighted';
import { ModeBadge } from '../../ui/ModeBadge';
import { hitKey, optionId, type HitGroup } from './searchModel';

interface Props {
  id: string;
  groups: HitGroup[];
  activeKey: string | null;
  stale: boolean;
  onActivate: (hit: SearchHit) => void;
  onOpen: (hit: SearchHit) => void;
  /** A lesson's "+ Brief" was clicked (Alt+B does the same from the keyboard). */
  onAddToBrief: (hit: SearchHit) => void;
}

export const SearchResultList = memo(function SearchResultList({ id, groups, activeKey, stale, onActivate, onOpen, onAddToBrief }: Props) {
  return (
    <div id={id} role="listbox" aria-label="Search results" aria-busy={stale} className={`search-results ${stale ? 'stale' : ''}`}>
      {groups.map((group) => (
        <div key={group.kind} role={stale ? undefined : 'group'} aria-labelledby={stale ? undefined : `${id}-${group.kind}`} className="search-group">
          <div className="search-group-label" aria-hidden={stale || undefined}>
            <span id={`${id}-${group.kind}`}>{group.label}</span>
            <span className="search-group-count" aria-hidden="true">
              {group.hits.length}
            </span>
          </div>
          {group.hits.map((hit) => {
            const key = hitKey(hit);
            return <HitRow key={key} hit={hit} active={!stale && key === activeKey} stale={stale} onActivate={onActivate} onOpen={onOpen} onAddToBrief={onAddToBrief} />;
          })}
        </div>
      ))}
    </div>
  );
});

interface RowProps {
  hit: SearchHit;
  active: boolean;
  stale: boolean;
  onActivate: (hit: SearchHit) => void;
  onOpen: (hit: SearchHit) => void;
  onAddToBrief: (hit: SearchHit) => void;
}

const HitRow = memo(function HitRow({ hit, active, stale, onActivate, onOpen, onAddToBrief }: RowProps) {
  return (
    <div
      id={stale ? undefined : optionId(hit)}
      role={stale ? undefined : 'option'}
      aria-selected={stale ? undefined : active}
      className={`search-option ${active ? 'active' : ''}`}
      // Keep the focus in the search box so the click is not lost to a blur.
      onMouseDown={(event) => event.preventDefault()}
      onMouseMove={() => !stale && !active && onActivate(hit)}
      onClick={(event) => {
        if (stale) return;
        if (hit.kind === 'lesson' && (event.target as Element).closest('.search-option-add')) onAddToBrief(hit);
        else onOpen(hit);
      }}
    >
      <HitView hit={hit} />
    </div>
  );
});

function HitView({ hit }: { hit: SearchHit }) {
  const status = hit.status ? `${hit.status[0]?.toUpperCase()}${hit.status.slice(1)}` : null;
  const meta = [status, hit.due && hit.status === 'open' ? `due ${formatDay(hit.due)}` : null, hit.show, hit.chapter ? `Chapter: ${hit.chapter}` : null, hit.date ? formatDay(hit.date) : null].filter(Boolean).join(' · ');
  return (
    <>
      <div className="search-option-head">
        <span className="search-option-title">
          <Highlighted text={hit.title || 'Untitled entry'} marks={hit.title ? hit.titleMarks : []} />
        </span>
        <ModeBadge mode={hit.mode} size="small" />
        {hit.kind === 'lesson' && (
          // Not a button: an option holds no controls. Alt+B does the same for the chosen lesson.
          <span className="search-option-add" title="Add this lesson to a brief (Alt+B)" aria-hidden="true">
            + Brief
          </span>
        )}
      </div>
      {hit.snippet && (
        <div className="search-option-snippet">
          <Highlighted text={hit.snippet} marks={hit.marks} />
        </div>
      )}
      {meta && <div className="search-option-meta">{meta}</div>}
    </>
  );
}
