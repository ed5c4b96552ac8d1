// The bar at the bottom of the window while something is loaded (or queued), on every page: the
// show's artwork, the episode's title (to its page) and show, the controls, a note at this moment,
// the up-next queue and the player's settings, each opening above the bar.
import { useEffect, useRef, useState } from 'react';
import { Link } from 'wouter';
import { NoteButton } from '../../player/NoteButton';
import { PlayerControls } from '../../player/PlayerControls';
import { usePlayer } from '../../player/playerContext';
import { PlayerSettings } from './PlayerSettings';
import { UpNextList } from './UpNextList';
import './mini-player.css';

type Panel = 'queue' | 'settings';

export function MiniPlayer() {
  const player = usePlayer();
  const [open, setOpen] = useState<Panel | null>(null);
  const queueButton = useRef<HTMLButtonElement>(null);
  const settingsButton = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);

  // Escape closes the open panel and gives the focus back to its button; so does a click outside.
  useEffect(() => {
    if (!open) return;
    const button = open === 'queue' ? queueButton.current : settingsButton.current;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(null);
      button?.focus();
    };
    const onPointer = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!panel.current?.contains(target) && !queueButton.current?.contains(target) && !settingsButton.current?.contains(target)) setOpen(null);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);

  const { episode, artwork, queue } = player;
  if (!episode && queue.length === 0) return null;
  const toggle = (which: Panel) => setOpen((current) => (current === which ? null : which));

  return (
    <section className="mini-player" aria-label="Player">
      {open && (
        <div ref={panel} id={`mini-player-${open}`} className="mini-player-panel">
          {open === 'queue' ? (
            <>
              <h2 className="player-panel-heading">Up next</h2>
              <UpNextList onNavigate={() => setOpen(null)} />
            </>
          ) : (
            <PlayerSettings />
          )}
        </div>
      )}
      <div className="mini-player-bar">
        {episode ? (
          <div className="mini-player-now">
            {artwork ? <img className="mini-player-art" src={artwork} alt="" /> : <span className="mini-player-art mini-player-art-none" aria-hidden="true">{episode.showTitle.trim().charAt(0).toUpperCase() || '♪'}</span>}
            <span className="mini-player-titles">
              <Link href={`/episode/${episode.id}`} className="mini-player-title" title={episode.title}>
                {episode.title}
              </Link>
              <span className="mini-player-show">{episode.showTitle}</span>
            </span>
          </div>
        ) : (
          <div className="mini-player-now">
            <span className="mini-player-titles">
              <span className="mini-player-title">Nothing playing</span>
              <span className="mini-player-show">{queue.length === 1 ? 'One episode is queued.' : `${queue.length} episodes are queued.`}</span>
            </span>
          </div>
        )}
        <div className="mini-player-controls">
          {episode ? (
            <PlayerControls label="Player controls" layout="compact" />
          ) : (
            <button type="button" className="button button-primary" onClick={() => void player.playNextInQueue()}>
              Play up next
            </button>
          )}
        </div>
        <div className="mini-player-actions">
          <NoteButton />
          <button ref={queueButton} type="button" className="button button-small" aria-expanded={open === 'queue'} aria-controls={open === 'queue' ? 'mini-player-queue' : undefined} onClick={() => toggle('queue')}>
            Up next <span className="mini-player-count">{queue.length}</span>
          </button>
          <button ref={settingsButton} type="button" className="button button-small button-quiet" aria-label="Settings of the player, and its keyboard shortcuts" aria-expanded={open === 'settings'} aria-controls={open === 'settings' ? 'mini-player-settings' : undefined} onClick={() => toggle('settings')}>
            Settings
          </button>
        </div>
      </div>
    </section>
  );
}
