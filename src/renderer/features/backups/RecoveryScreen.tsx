// Shown instead of the app when the journal found at start cannot be used (an empty or damaged
// file). Nothing was changed or deleted: the leader restores the latest good backup (offered
// first), another backup or a file from elsewhere, or starts over with an empty journal; whatever
// is replaced is kept aside in the data folder.
import { useEffect, useState } from 'react';
import type { BackupSummary } from '../../../shared/contract';
import { useClient } from '../../transport/connection';
import { formatMoment } from '../../ui/formatDate';
import { Loaded } from '../../ui/LoadState';
import { useToast } from '../../ui/Toasts';
import { errorText, useLoad } from '../../ui/useLoad';
import { kindLabels, size } from './backupWords';
import { RestoreFileButton } from './RestoreFileButton';
import { useRestore } from './useRestore';
import './backups.css';

interface Props {
  problem: string;
  latestGoodBackup: BackupSummary | null;
  /** The journal works again: show the app. */
  onRecovered: () => void;
}

export function RecoveryScreen({ problem, latestGoodBackup, onRecovered }: Props) {
  const client = useClient();
  const toast = useToast();
  const restore = useRestore();
  const [busy, setBusy] = useState(false);
  const backups = useLoad('recovery-backups', async () => ({ list: await client.backup.list(), info: await client.app.info() }));

  useEffect(() => {
    document.title = 'Fulcrum: your journal could not be opened';
  }, []);

  const attempt = async (work: () => Promise<unknown>) => {
    setBusy(true);
    try {
      if (await work()) onRecovered();
    } finally {
      setBusy(false);
    }
  };

  const startOver = async () => {
    if (!window.confirm('Start over with an empty journal? The unusable file stays in the data folder, set aside under another name, so it can still be recovered.')) return null;
    try {
      const { keptAside } = await client.restore.startOver();
      toast({ message: `Started a new, empty journal. The unusable file was kept as ${keptAside}.`, tone: 'success', duration: 10_000 });
      return true;
    } catch (error) {
      toast({ message: `Nothing was changed. ${errorText(error)}`, tone: 'error', duration: 10_000 });
      return null;
    }
  };

  return (
    <main className="recovery-page">
      <div className="recovery-card">
        <h1>Your journal could not be opened</h1>
        <p role="alert">{problem}</p>
        <p>Fulcrum has not changed or deleted it. Choose how to go on:</p>

        {latestGoodBackup ? (
          <section className="recovery-choice recovery-latest" aria-labelledby="recovery-latest-heading">
            <h2 id="recovery-latest-heading">Restore your latest good backup</h2>
            <p>
              Made {formatMoment(latestGoodBackup.createdAt)} ({kindLabels[latestGoodBackup.kind].toLowerCase()}, {size(latestGoodBackup.size)}). Anything written after it is not in it.
            </p>
            <button type="button" className="button button-primary" disabled={busy} onClick={() => void attempt(() => restore.fromBackup(latestGoodBackup.name, latestGoodBackup.createdAt, { ask: false }))}>
              Restore the backup of {formatMoment(latestGoodBackup.createdAt)}
            </button>
          </section>
        ) : (
          <p className="recovery-none">No good backup was found in this data folder’s backups folder.</p>
        )}

        <section className="recovery-choice" aria-labelledby="recovery-other-heading">
          <h2 id="recovery-other-heading">Or another backup</h2>
          <Loaded load={backups} loadingLabel="Looking for backups…">
            {({ list, info }) => (
              <>
                {list.length > 0 && (
                  <ul className="recovery-backups">
                    {list.map((backup) => (
                      <li key={backup.name}>
                        <span>
                          {formatMoment(backup.createdAt)} · {kindLabels[backup.kind]} · {size(backup.size)} <code>{backup.name}</code>
                        </span>
                        <button type="button" className="button button-small" disabled={busy} aria-label={`Restore ${backup.name}`} onClick={() => void attempt(() => restore.fromBackup(backup.name, backup.createdAt))}>
                          Restore…
                        </button>
                      </li>
                    ))}
                  </ul>
                )}
                <p className="muted">Data folder: {info.dataDir}</p>
              </>
            )}
          </Loaded>
          <RestoreFileButton disabled={busy} onFile={(file) => void attempt(() => restore.fromFile(file))} />
        </section>

        <section className="recovery-choice" aria-labelledby="recovery-fresh-heading">
          <h2 id="recovery-fresh-heading">Or start over</h2>
          <p>An empty journal; the unusable file is kept aside in the data folder.</p>
          <button type="button" className="button" disabled={busy} onClick={() => void attempt(startOver)}>
            Start over with an empty journal…
          </button>
        </section>
      </div>
    </main>
  );
}
