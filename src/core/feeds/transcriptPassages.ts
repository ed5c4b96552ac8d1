// A transcript cut into passages for search: about a minute each, never across a chapter, so a hit
// can say where it is (the time, the chapter) and open there.
import type { EpisodeChapter, EpisodeCue } from '../../shared/contract';

export interface Passage {
  start: number;
  chapter: string | null;
  text: string;
  speakers: string[];
}

/** Seconds a passage covers before the next one starts. */
export const passageSeconds = 60;

function chapterAt(chapters: readonly EpisodeChapter[], at: number): string | null {
  let title: string | null = null;
  for (const chapter of chapters) {
    if (chapter.start <= at) title = chapter.title;
    else break;
  }
  return title;
}

export function transcriptPassages(cues: readonly EpisodeCue[], chapters: readonly EpisodeChapter[] = []): Passage[] {
  const sortedChapters = [...chapters].sort((a, b) => a.start - b.start);
  const passages: Passage[] = [];
  let current: Passage | null = null;
  for (const cue of cues) {
    const chapter = chapterAt(sortedChapters, cue.start);
    if (!current || cue.start - current.start >= passageSeconds || chapter !== current.chapter) {
      current = { start: cue.start, chapter, text: '', speakers: [] };
      passages.push(current);
    }
    current.text = current.text ? `${current.text} ${cue.text}` : cue.text;
    if (cue.speaker && !current.speakers.includes(cue.speaker)) current.speakers.push(cue.speaker);
  }
  return passages;
}

/** A passage's id in search: the episode and the second it starts at. */
export const passageId = (episodeId: string, start: number) => `${episodeId}@${Math.floor(start)}`;
