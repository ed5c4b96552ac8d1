// Moving between an episode's chapters: the one playing at a time, and where "previous" and "next"
// go from there. Pure, so the episode page, the media keys and the tests read them alike.
import type { EpisodeChapter } from '../../shared/contract';

/** Seconds into a chapter after which "previous" starts it over rather than going to the one before. */
export const restartGraceSeconds = 3;

/** The index of the chapter playing at `at` (the last one started by then), or -1 before the first. */
export function chapterAt(chapters: readonly Pick<EpisodeChapter, 'start'>[], at: number): number {
  let found = -1;
  for (const [index, chapter] of chapters.entries()) {
    if (chapter.start <= at) found = index;
    else break;
  }
  return found;
}

/** Where "previous chapter" goes: the start of this chapter, or of the one before when this one just began. */
export function previousChapterStart(chapters: readonly Pick<EpisodeChapter, 'start'>[], at: number): number | null {
  const index = chapterAt(chapters, at);
  if (index < 0) return null;
  const current = chapters[index] as Pick<EpisodeChapter, 'start'>;
  if (at - current.start > restartGraceSeconds || index === 0) return current.start;
  return (chapters[index - 1] as Pick<EpisodeChapter, 'start'>).start;
}

/** Where "next chapter" goes: the start of the first chapter after `at`, or null in the last one. */
export function nextChapterStart(chapters: readonly Pick<EpisodeChapter, 'start'>[], at: number): number | null {
  return chapters.find((chapter) => chapter.start > at)?.start ?? null;
}
