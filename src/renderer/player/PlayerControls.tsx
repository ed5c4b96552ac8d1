// The player's controls, from media-chrome (accessible web components): skip back, play/pause,
// skip forward by the leader's lengths, the time and a seek bar, speed from 0.5× to 3×, mute and
// volume. They drive the app's one audio element through its controller's id, so the same
// controls can sit in the mini player and on the episode page at once.
import './mediaChromeWords';
import { MediaControlBar, MediaMuteButton, MediaPlayButton, MediaPlaybackRateButton, MediaSeekBackwardButton, MediaSeekForwardButton, MediaTimeDisplay, MediaTimeRange, MediaVolumeRange } from 'media-chrome/react';
import { speedChoices } from '../../shared/contract';
import { usePlayer } from './playerContext';
import { shortcutKeys } from './playerShortcuts';

export function PlayerControls({ label, layout = 'wide' }: { label: string; layout?: 'wide' | 'compact' }) {
  const player = usePlayer();
  const { skipBackSeconds, skipForwardSeconds } = player.preferences;
  // `mediacontroller` is an attribute media-chrome reads (the control bar has no property for it).
  const controller = { mediacontroller: player.controllerId };
  return (
    <MediaControlBar {...controller} className={`player-controls player-controls-${layout}`} role="group" aria-label={label}>
      <MediaSeekBackwardButton seekOffset={skipBackSeconds} aria-keyshortcuts={shortcutKeys.back} />
      <MediaPlayButton aria-keyshortcuts={shortcutKeys.toggle} />
      <MediaSeekForwardButton seekOffset={skipForwardSeconds} aria-keyshortcuts={shortcutKeys.forward} />
      <MediaTimeRange className="player-seek" />
      <MediaTimeDisplay showDuration noToggle className="player-time" />
      <MediaPlaybackRateButton rates={speedChoices} aria-keyshortcuts={`${shortcutKeys.slower} ${shortcutKeys.faster}`} />
      <MediaMuteButton />
      {layout === 'wide' && <MediaVolumeRange className="player-volume" />}
    </MediaControlBar>
  );
}
