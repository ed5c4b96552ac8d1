// The up-next queue, in order: each episode can play now, move up or down, or leave the queue.
// Every control is a button, so the queue is ordered from the keyboard; the focus stays on the
// moved episode's button (or, when it reached an end, on its other move button).
import { useEffect, useRef } from 'react';
import { Link } from 'wouter';
import type { EpisodeSummary } from '../../../shared/contract';
import { usePlayer } from '../../player/playerContext';
import { movedInQueue, withoutInQueue } from '../../player/queueOrder';

type QueueAction = 'up' | 'down' | 'remove' | 'play';

export function UpNextList({ onNavigate }: { onNavigate: () => void }) {
  const player = usePlayer();
  const list = useRef<HTMLOListElement>(null);
  const refocus = useRef<{ id: string; action: QueueAction } | null>(null);
  const ids = player.queue.map((episode) => episode.id);

  useEffect(() => {
    const wanted = refocus.current;
    if (!wanted || !list.current) return;
    refocus.current = null;
    const row = list.current.querySelector<HTMLElement>(`[data-episode="${CSS.escape(wanted.id)}"]`);
    const choices: QueueAction[] = wanted.action === 'up' ? ['up', 'down'] : ['down', 'up'];
    const button = choices.map((action) => row?.querySelector<HTMLButtonElement>(`button[data-action="${action}"]:not(:disabled)`)).find(Boolean);
    (button ?? list.current.querySelector<HTMLButtonElement>('button') ?? list.current).focus();
  }, [player.queue]);

  const act = (episode: EpisodeSummary, action: QueueAction) => {
    const index = ids.indexOf(episode.id);
    // An episode that leaves the queue (removed, or playing now) hands the focus to the one that
    // took its place (or the one before); a moved one keeps it.
    const leaves = action === 'remove' || action === 'play';
    const focusId = leaves ? (ids[index + 1] ?? ids[index - 1] ?? null) : episode.id;
    refocus.current = focusId ? { id: focusId, action: action === 'up' ? 'up' : 'down' } : null;
    if (action === 'play') void player.playAt(episode.id);
    else void player.setQueue(action === 'remove' ? withoutInQueue(ids, episode.id) : movedInQueue(ids, episode.id, action === 'up' ? -1 : 1));
  };

  if (player.queue.length === 0) {
    return <p className="muted up-next-empty">Nothing is queued. “Play next” and “Add to queue” on any episode put it here.</p>;
  }
  return (
    <ol ref={list} className="up-next-list" aria-label="Up next" tabIndex={-1}>
      {player.queue.map((episode, index) => (
        <li key={episode.id} data-episode={episode.id} className="up-next-item">
          <span className="up-next-name">
            <Link href={`/episode/${episode.id}`} onClick={onNavigate}>
              {episode.title}
            </Link>
            <span className="up-next-show">{episode.showTitle}</span>
          </span>
          <span className="up-next-buttons">
            <button type="button" className="button button-small" aria-label={`Play now: ${episode.title}`} onClick={() => act(episode, 'play')}>
              Play now
            </button>
            <button type="button" className="button button-small button-quiet" aria-label={`Move up: ${episode.title}`} title="Move up" data-action="up" disabled={index === 0} onClick={() => act(episode, 'up')}>
              <span aria-hidden="true">↑</span>
            </button>
            <button type="button" className="button button-small button-quiet" aria-label={`Move down: ${episode.title}`} title="Move down" data-action="down" disabled={index === player.queue.length - 1} onClick={() => act(episode, 'down')}>
              <span aria-hidden="true">↓</span>
            </button>
            <button type="button" className="button button-small button-quiet" aria-label={`Remove: ${episode.title}`} data-action="remove" onClick={() => act(episode, 'remove')}>
              Remove
            </button>
          </span>
        </li>
      ))}
    </ol>
  );
}
