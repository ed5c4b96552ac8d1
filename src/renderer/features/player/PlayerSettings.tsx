// How the leader likes to listen: how far back and forward the skip buttons and arrow keys jump,
// and the speed episodes play at; saved in the journal. Beside them, the keyboard shortcuts.
import { useId } from 'react';
import { skipChoices, speedChoices } from '../../../shared/contract';
import { usePlayer } from '../../player/playerContext';
import { ShortcutList } from '../../player/ShortcutList';
import { speedLabel } from '../../player/speedSteps';

export function PlayerSettings() {
  const player = usePlayer();
  const id = useId();
  const { skipBackSeconds, skipForwardSeconds } = player.preferences;
  const speeds = (speedChoices as readonly number[]).includes(player.rate) ? speedChoices : [...speedChoices, player.rate].sort((a, b) => a - b);
  return (
    <div className="player-settings">
      <h2 className="player-panel-heading">Player settings</h2>
      <div className="player-settings-fields">
        <label htmlFor={`${id}-back`}>Skip back</label>
        <select id={`${id}-back`} value={skipBackSeconds} onChange={(event) => void player.setPreferences({ skipBackSeconds: Number(event.target.value) })}>
          {skipChoices.map((seconds) => (
            <option key={seconds} value={seconds}>
              {seconds} seconds
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-forward`}>Skip forward</label>
        <select id={`${id}-forward`} value={skipForwardSeconds} onChange={(event) => void player.setPreferences({ skipForwardSeconds: Number(event.target.value) })}>
          {skipChoices.map((seconds) => (
            <option key={seconds} value={seconds}>
              {seconds} seconds
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-speed`}>Speed</label>
        <select id={`${id}-speed`} value={player.rate} onChange={(event) => player.setRate(Number(event.target.value))}>
          {speeds.map((speed) => (
            <option key={speed} value={speed}>
              {speedLabel(speed)}
            </option>
          ))}
        </select>
      </div>
      <h3 className="player-panel-subheading">Keyboard shortcuts</h3>
      <ShortcutList />
    </div>
  );
}
