// What each inline link of an entry reads as now: a person's name, a lesson's title, an action's
// words, an episode's show and title (and the moment). Entries keep stable ids in their Markdown and
// are read with these labels, so renaming a person or a lesson changes how every mention reads.
import { actionLabel, type InlineLink, type LabelOf } from '../../shared/inlineLinks';
import { momentLabel } from '../../shared/clockTime';
import type { ActionStore } from '../actions/actionStore';
import type { FeedStore } from '../feeds/feedStore';
import type { Library } from '../library/library';
import type { PeopleStore } from '../people/peopleStore';

export interface LinkedRecords {
  people: Pick<PeopleStore, 'find'>;
  actions: Pick<ActionStore, 'find'>;
  feeds: Pick<FeedStore, 'findEpisode'>;
  /** The library as last read; a lesson keeps the label it was written with until it is. */
  library: () => Library | undefined;
}

export function currentLabels(records: LinkedRecords): LabelOf {
  return (link: InlineLink) => {
    switch (link.scheme) {
      case 'person':
        return records.people.find(link.id)?.name;
      case 'lesson':
        return records.library()?.findLesson(link.id)?.lesson.title;
      case 'action': {
        const action = records.actions.find(link.id);
        return action ? actionLabel(action.text) : undefined;
      }
      case 'episode': {
        const episode = records.feeds.findEpisode(link.id);
        return episode ? momentLabel(`${episode.showTitle}: ${episode.title}`, link.at ?? null) : undefined;
      }
    }
  };
}
