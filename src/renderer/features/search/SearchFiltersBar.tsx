// Narrowing a search: kind, mode and status as toggle chips; person, show and tag as compact selects.
import type { ActionStatus } from '../../../shared/contract';
import type { LessonMode, ResultKind, SearchFacets } from '../../../shared/contract';
import { MenuSelect } from '../../ui/MenuSelect';
import { kindGroups, hasFilters, noFilters, type DueWindow, type SearchFilters } from './searchModel';

const statuses: ReadonlyArray<{ status: ActionStatus; label: string }> = [
  { status: 'open', label: 'Open' },
  { status: 'done', label: 'Done' },
  { status: 'missed', label: 'Missed' },
  { status: 'escalated', label: 'Escalated' },
];

const modes: ReadonlyArray<{ mode: LessonMode; label: string }> = [
  { mode: 'ask', label: 'Ask' },
  { mode: 'share', label: 'Share' },
  { mode: 'mandate', label: 'Mandate' },
];

function toggle<T>(list: T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}

interface Props {
  filters: SearchFilters;
  facets: SearchFacets | null;
  onChange: (filters: SearchFilters) => void;
}

export function SearchFiltersBar({ filters, facets, onChange }: Props) {
  return (
    <div className="search-filters" role="group" aria-label="Search filters">
      <div className="chip-group" role="group" aria-label="Kind">
        {kindGroups.map(({ kind, label }) => (
          <ChipToggle key={kind} pressed={filters.kinds.includes(kind)} onClick={() => onChange({ ...filters, kinds: toggle<ResultKind>(filters.kinds, kind) })}>
            {label}
          </ChipToggle>
        ))}
        <ChipToggle pressed={filters.hasTranscript} onClick={() => onChange({ ...filters, hasTranscript: !filters.hasTranscript })}>
          Has transcript
        </ChipToggle>
      </div>
      <span className="filter-divider" aria-hidden="true" />
      <div className="chip-group" role="group" aria-label="Mode">
        {modes.map(({ mode, label }) => (
          <ChipToggle key={mode} className={`chip-mode-${mode}`} pressed={filters.modes.includes(mode)} onClick={() => onChange({ ...filters, modes: toggle(filters.modes, mode) })}>
            {label}
          </ChipToggle>
        ))}
      </div>
      <span className="filter-divider" aria-hidden="true" />
      <div className="chip-group" role="group" aria-label="Status">
        {statuses.map(({ status, label }) => (
          <ChipToggle key={status} pressed={filters.statuses.includes(status)} onClick={() => onChange({ ...filters, statuses: toggle(filters.statuses, status) })}>
            {label}
          </ChipToggle>
        ))}
      </div>
      <span className="filter-divider" aria-hidden="true" />
      <MenuSelect
        className="compact"
        label="Person"
        value={filters.personId}
        choices={[{ value: '', label: 'Any person' }, ...(facets?.people ?? []).map((person) => ({ value: person.id, label: person.name }))]}
        onChange={(personId) => onChange({ ...filters, personId })}
      />
      <MenuSelect
        className="compact"
        label="Due"
        value={filters.due}
        choices={[
          { value: '', label: 'Any due date' },
          { value: 'overdue', label: 'Overdue' },
          { value: 'today', label: 'Due today' },
          { value: 'week', label: 'Due this week' },
        ]}
        onChange={(due) => onChange({ ...filters, due: due as DueWindow })}
      />
      <MenuSelect
        className="compact"
        label="Show"
        value={filters.show}
        choices={[{ value: '', label: 'Any show' }, ...(facets?.shows ?? []).map((show) => ({ value: show, label: show }))]}
        onChange={(show) => onChange({ ...filters, show })}
      />
      <MenuSelect
        className="compact"
        label="Tag"
        value={filters.tag}
        choices={[{ value: '', label: 'Any tag' }, ...(facets?.tags ?? []).map((tag) => ({ value: tag, label: tag }))]}
        onChange={(tag) => onChange({ ...filters, tag })}
      />
      {hasFilters(filters) && (
        <button type="button" className="link-button" onClick={() => onChange(noFilters)}>
          Clear filters
        </button>
      )}
    </div>
  );
}

function ChipToggle({ pressed, onClick, children, className = '' }: { pressed: boolean; onClick: () => void; children: string; className?: string }) {
  return (
    <button type="button" className={`chip ${className} ${pressed ? 'pressed' : ''}`} aria-pressed={pressed} onClick={onClick}>
      {children}
    </button>
  );
}
