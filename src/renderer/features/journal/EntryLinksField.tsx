// Under the entry text: the people, lessons and actions the entry will be linked to, whether
// written in the text (@, [[) or picked here. Removing one written in the text turns it back into
// plain words, so what the chips show is always what saving stores.
import type { ReactNode } from 'react';
import type { JournalEntryInput } from '../../../shared/contract';
import { ModeBadge } from '../../ui/ModeBadge';
import { findInlineLinks, inlineLinkIds, unionIds, unlinkInText } from '../../../shared/inlineLinks';
import { LessonPicker } from '../../widgets/LessonPicker';
import { initials } from '../../words/personText';
import { useActionsById, type PeopleIndex } from './useJournalRecords';
import type { LessonIndex } from '../../widgets/useLessonIndex';

type Draft = JournalEntryInput;
const idsKey = { person: 'personIds', lesson: 'lessonIds', action: 'actionIds' } as const;
/** The links an entry can also pick (episodes are linked in the text only). */
type PickedScheme = keyof typeof idsKey;

interface Props {
  draft: Draft;
  lessons: LessonIndex | null;
  people: PeopleIndex | null;
  onChange: (patch: Partial<Draft>) => void;
}

export function EntryLinksField({ draft, lessons, people, onChange }: Props) {
  const inline = inlineLinkIds(draft.body);
  const labels = new Map(findInlineLinks(draft.body).map((l) => [`${l.scheme}:${l.id}`, l.label]));
  const personIds = unionIds(draft.personIds, inline.personIds);
  const lessonIds = unionIds(draft.lessonIds, inline.lessonIds);
  const actionIds = unionIds(draft.actionIds, inline.actionIds);
  const actions = useActionsById(actionIds);

  const remove = (scheme: PickedScheme, id: string) => {
    const key = idsKey[scheme];
    const patch: Partial<Draft> = { [key]: draft[key].filter((x) => x !== id) };
    if (inline[key].includes(id)) patch.body = unlinkInText(draft.body, scheme, id);
    onChange(patch);
  };

  const chip = (scheme: PickedScheme, id: string, title: string, badge: ReactNode) => (
    <li key={id} className="lesson-chip" title={inline[idsKey[scheme]].includes(id) ? 'Linked in the text' : 'Picked for this entry'}>
      {badge}
      <span className="lesson-chip-title">{title}</span>
      <button type="button" className="chip-remove" aria-label={`Remove link to “${title}”`} onClick={() => remove(scheme, id)}>
        ×
      </button>
    </li>
  );

  return (
    <div className="entry-links">
      <fieldset className="field linked-lessons">
        <legend className="field-label">Linked people</legend>
        {personIds.length > 0 ? (
          <ul className="lesson-chips" aria-label="Linked people">
            {personIds.map((id) => {
              const name = people?.get(id)?.name ?? labels.get(`person:${id}`) ?? 'Someone';
              return chip('person', id, name, <span className="person-initials person-initials-small" aria-hidden="true">{initials(name)}</span>);
            })}
          </ul>
        ) : (
          <p className="field-hint links-empty">Type @ in the text to link someone you coached.</p>
        )}
      </fieldset>
      <fieldset className="field linked-lessons">
        <legend className="field-label">Linked lessons</legend>
        {lessonIds.length > 0 && (
          <ul className="lesson-chips" aria-label="Linked lessons">
            {lessonIds.map((id) => {
              const found = lessons?.get(id);
              return chip('lesson', id, found?.lesson.title ?? labels.get(`lesson:${id}`) ?? id, <ModeBadge mode={found?.lesson.mode} size="small" />);
            })}
          </ul>
        )}
        <LessonPicker exclude={lessonIds} onPick={(id) => onChange({ lessonIds: [...draft.lessonIds, id] })} />
      </fieldset>
      {actionIds.length > 0 && (
        <fieldset className="field linked-lessons">
          <legend className="field-label">Linked coaching actions</legend>
          <ul className="lesson-chips" aria-label="Linked coaching actions">
            {actionIds.map((id) => {
              const action = actions.status === 'ready' ? actions.value.get(id) : undefined;
              return chip('action', id, action?.text ?? labels.get(`action:${id}`) ?? 'A coaching action', <ModeBadge mode={action?.kind} size="small" />);
            })}
          </ul>
        </fieldset>
      )}
    </div>
  );
}
