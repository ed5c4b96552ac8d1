// The transcript: each line with its time and speaker. While the episode plays, the line being
// spoken is marked (aria-current) and kept in view ("Follow along"); clicking a line plays from
// there (when the episode has audio; selecting words of a line does not), and each line's Note takes
// a note at its moment. Opened at a time (`?t=754`, a search hit), the line spoken then is marked and
// scrolled to. Selected words can become a lesson of one's own (`data-lesson-source`, SelectionActions).
import { memo, useEffect, useRef, type Ref } from 'react';
import { clockTime } from '../../../shared/clockTime';
import type { EpisodeCue } from '../../../shared/contract';
import { cueAt } from '../../../shared/transcriptCues';
import { usePlayer, usePlayerTimeSelect } from '../../player/playerContext';
import { useFollowAlong } from './useFollowAlong';

export function EpisodeTranscript({ episodeId, cues, markedAt, playable }: { episodeId: string; cues: EpisodeCue[]; markedAt: number | null; playable: boolean }) {
  const player = usePlayer();
  const loaded = player.episode?.id === episodeId;
  const current = usePlayerTimeSelect((seconds) => (loaded ? cueAt(cues, seconds) : -1));
  const markedIndex = markedAt !== null ? cueAt(cues, markedAt) : -1;
  const marked = useRef<HTMLLIElement>(null);
  const spoken = useRef<HTMLLIElement>(null);
  const list = useRef<HTMLOListElement>(null);
  // Opened at a moment, the leader came for that line: following starts off.
  const [follow, setFollow] = useFollowAlong(loaded, list, spoken, current, markedIndex < 0);

  useEffect(() => {
    if (markedIndex >= 0) marked.current?.scrollIntoView({ block: 'center' });
  }, [markedIndex]);

  return (
    <>
      {loaded && (
        <p className="transcript-follow">
          <button type="button" className="toggle-button button button-small button-quiet" aria-pressed={follow} onClick={() => setFollow(!follow)}>
            Follow along
          </button>
          <span className="muted">{follow ? 'The line being spoken stays in view.' : 'Scroll freely; turn it on to come back to the line being spoken.'}</span>
        </p>
      )}
      <ol ref={list} className="transcript" data-lesson-source="transcript">
        {cues.map((cue, index) => (
          <Cue
            key={`${cue.start}:${index}`}
            ref={index === current ? spoken : index === markedIndex ? marked : undefined}
            cue={cue}
            current={index === current}
            marked={index === markedIndex}
            onPlay={
              playable
                ? () => {
                    // Words being selected (to make a lesson of them) are not a click to play.
                    if (!(document.getSelection()?.isCollapsed ?? true)) return;
                    setFollow(true);
                    void player.playAt(episodeId, cue.start);
                  }
                : null
            }
            onNote={() => player.captureNote({ episodeId, at: Math.floor(cue.start), cue: cue.text })}
          />
        ))}
      </ol>
    </>
  );
}

interface CueProps {
  ref?: Ref<HTMLLIElement> | undefined;
  cue: EpisodeCue;
  current: boolean;
  marked: boolean;
  /** Null when the episode has no audio to play. */
  onPlay: (() => void) | null;
  onNote: () => void;
}

// A long transcript re-renders only the lines whose state changed, not every line on every second.
// (The handlers call the player's actions, which stay the same functions for the app's life.)
const Cue = memo(
  function Cue({ ref, cue, current, marked, onPlay, onNote }: CueProps) {
    const at = clockTime(cue.start);
    return (
      <li ref={ref} className={`cue${current ? ' cue-current' : ''}${marked ? ' cue-marked' : ''}`} aria-current={current ? 'true' : undefined} data-cue-start={cue.start}>
        {onPlay ? (
          <button type="button" className="cue-play" onClick={onPlay}>
            <CueWords at={at} cue={cue} />
          </button>
        ) : (
          <span className="cue-play">
            <CueWords at={at} cue={cue} />
          </span>
        )}
        <button type="button" className="cue-note link-button" aria-label={`Note what is said at ${at}`} onClick={onNote}>
          Note
        </button>
      </li>
    );
  },
  (before, after) => before.cue === after.cue && before.current === after.current && before.marked === after.marked && before.ref === after.ref && (before.onPlay === null) === (after.onPlay === null),
);

function CueWords({ at, cue }: { at: string; cue: EpisodeCue }) {
  return (
    <>
      <time className="cue-time">{at}</time>
      {cue.speaker && <span className="cue-speaker">{cue.speaker}</span>}
      <span className="cue-text">{cue.text}</span>
    </>
  );
}
