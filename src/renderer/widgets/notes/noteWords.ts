// The small decisions of notes and lessons of one's own, pure so they are tested on their own: how
// a note starts, how typed tags are read, where "Apply it" goes.

/** What a note's text starts as: the words spoken at that moment, quoted, then room for the leader's own. */
export function prefilledText(cue: string | null): string {
  const words = cue?.replace(/\s+/g, ' ').trim();
  return words ? `> ${words}\n\n` : '';
}

/** "Close dates, 1:1s, close dates" → ["close dates", "1:1s"]. */
export function tagsOf(text: string): string[] {
  return [...new Set(text.split(',').map((tag) => tag.trim().replace(/\s+/g, ' ').toLowerCase()).filter(Boolean))];
}

/** Where "Apply it" goes: the action form with the lesson, the moment it came from, and the person when known. */
export function applyRoute(lessonId: string | null, moment: { episodeId: string | null; at: number | null } | null, personId: string | null = null): string {
  const query = new URLSearchParams();
  if (lessonId) query.set('lesson', lessonId);
  if (moment?.episodeId) {
    query.set('episode', moment.episodeId);
    if (moment.at !== null) query.set('t', String(moment.at));
  }
  if (personId) query.set('person', personId);
  return `/actions/new?${query.toString()}`;
}
