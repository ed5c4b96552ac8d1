// Listening to the episode on its page, through the app's one player. Before it is loaded: Play
// (or Resume from where the leader stopped, or Play from the moment the address names), and Play
// next / Add to queue. Once loaded: the full controls, the chapter playing with the previous and
// next ones, and a note at this moment. Always: played or unplayed, the download, the shortcuts.
import { clockTime } from '../../../shared/clockTime';
import type { EpisodeChapter, EpisodeDetail } from '../../../shared/contract';
import { chapterAt } from '../../player/chapterNavigation';
import { NoteButton } from '../../player/NoteButton';
import { PlayedButton } from '../../player/PlayedButton';
import { PlayerControls } from '../../player/PlayerControls';
import { playedOf, usePlayer, usePlayerTimeSelect } from '../../player/playerContext';
import { QueueButtons } from '../../player/QueueButtons';
import { ShortcutList } from '../../player/ShortcutList';
import { DownloadControl } from './DownloadControl';

export function EpisodeListen({ episode, startAt }: { episode: EpisodeDetail; startAt: number | null }) {
  const player = usePlayer();
  const loaded = player.episode?.id === episode.id;
  const resumeAt = playedOf(player, episode) ? 0 : episode.positionSeconds;
  const start = startAt ?? resumeAt;
  const label = startAt !== null ? `Play from ${clockTime(startAt)}` : resumeAt > 0 ? `Resume from ${clockTime(resumeAt)}` : 'Play';

  return (
    <div className="episode-listen-body">
      {loaded ? (
        <div className="episode-player">
          <PlayerControls label="Episode player" />
          <div className="episode-player-extras">
            {episode.chapters.length > 0 && <ChapterSteps chapters={episode.chapters} />}
            <NoteButton />
          </div>
        </div>
      ) : (
        <div className="episode-start">
          <button type="button" className="button button-primary" onClick={() => void player.playAt(episode.id, start)}>
            <span aria-hidden="true">▶</span> {label}
          </button>
          <QueueButtons episode={episode} size="normal" />
        </div>
      )}
      <div className="episode-listen-more">
        <PlayedButton episode={episode} size="normal" />
        <DownloadControl episodeId={episode.id} />
      </div>
      <details className="episode-shortcuts">
        <summary>Keyboard shortcuts</summary>
        <ShortcutList />
      </details>
    </div>
  );
}

/** The chapter playing, with buttons to the previous and the next one. */
function ChapterSteps({ chapters }: { chapters: EpisodeChapter[] }) {
  const player = usePlayer();
  const index = usePlayerTimeSelect((seconds) => chapterAt(chapters, seconds));
  const chapter = chapters[index];
  return (
    <div className="chapter-steps" role="group" aria-label="Chapters">
      <button type="button" className="button button-small" disabled={index < 0} onClick={() => player.previousChapter()}>
        Previous chapter
      </button>
      <span className="chapter-now">{chapter ? `${index + 1} of ${chapters.length}: ${chapter.title}` : 'Before the first chapter'}</span>
      <button type="button" className="button button-small" disabled={index >= chapters.length - 1} onClick={() => player.nextChapter()}>
        Next chapter
      </button>
    </div>
  );
}
