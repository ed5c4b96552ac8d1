// The episode's chapters with their times: the one playing is marked (aria-current) while the
// episode is loaded, and clicking one plays from its start (when the episode has audio).
import { clockTime } from '../../../shared/clockTime';
import type { EpisodeChapter } from '../../../shared/contract';
import { chapterAt } from '../../player/chapterNavigation';
import { usePlayer, usePlayerTimeSelect } from '../../player/playerContext';

export function EpisodeChapters({ episodeId, chapters, playable }: { episodeId: string; chapters: EpisodeChapter[]; playable: boolean }) {
  const player = usePlayer();
  const loaded = player.episode?.id === episodeId;
  const current = usePlayerTimeSelect((seconds) => (loaded ? chapterAt(chapters, seconds) : -1));
  return (
    <ol className="chapter-list">
      {chapters.map((chapter, index) => (
        <li key={`${chapter.start}:${chapter.title}`} className={index === current ? 'chapter chapter-current' : 'chapter'} aria-current={index === current ? 'true' : undefined}>
          {playable ? (
            <button type="button" className="chapter-play" onClick={() => void player.playAt(episodeId, chapter.start)}>
              <time className="cue-time">{clockTime(chapter.start)}</time>
              <span>{chapter.title}</span>
            </button>
          ) : (
            <span className="chapter-play">
              <time className="cue-time">{clockTime(chapter.start)}</time>
              <span>{chapter.title}</span>
            </span>
          )}
        </li>
      ))}
    </ol>
  );
}
