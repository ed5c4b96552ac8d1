// The player's keyboard shortcuts, as a short list the leader can read (the controls also carry
// them in aria-keyshortcuts).
import { usePlayer } from './playerContext';

export function ShortcutList() {
  const { skipBackSeconds, skipForwardSeconds } = usePlayer().preferences;
  const rows: Array<[keys: string[], what: string]> = [
    [['Space'], 'Play or pause'],
    [['←'], `Back ${skipBackSeconds} seconds`],
    [['→'], `Forward ${skipForwardSeconds} seconds`],
    [['[', ']'], 'Slower, faster'],
    [['N'], 'A note at this moment'],
  ];
  return (
    <dl className="shortcut-list">
      {rows.map(([keys, what]) => (
        <div key={what} className="shortcut-row">
          <dt>
            {keys.map((key, index) => (
              <span key={key}>
                {index > 0 && ' '}
                <kbd>{key}</kbd>
              </span>
            ))}
          </dt>
          <dd>{what}</dd>
        </div>
      ))}
    </dl>
  );
}
