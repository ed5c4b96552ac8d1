// The backups of this data folder: made each day at the first start and kept for 14 days, or on
// request; restoring one of them, or a backup file from elsewhere, while the app runs.
import { useState } from 'react';
import { useClient } from '../../transport/connection';
import { formatMoment } from '../../ui/formatDate';
import { Loaded } from '../../ui/LoadState';
import { useToast } from '../../ui/Toasts';
import { errorText, useLoad } from '../../ui/useLoad';
import { usePageTitle } from '../../ui/usePageTitle';
import { kindLabels, size } from './backupWords';
import { RestoreFileButton } from './RestoreFileButton';
import { describeRows, useRestore } from './useRestore';
import './backups.css';


export function BackupsPage() {
  const client = useClient();
  const toast = useToast();
  usePageTitle('Backups');
  const [busy, setBusy] = useState(false);
  const backups = useLoad('backups', async () => ({ list: await client.backup.list(), info: await client.app.info() }));
  const restore = useRestore();

  const restoring = async (work: () => Promise<unknown>) => {
    setBusy(true);
    try {
      await work();
    } finally {
      setBusy(false);
      backups.reload();
    }
  };

  const backUpNow = async () => {
    setBusy(true);
    try {
      const made = await client.backup.create();
      toast({ message: `Backed up: ${describeRows(made.rows)}.`, tone: 'success' });
      backups.reload();
    } catch (error) {
      toast({ message: `No backup was made. ${errorText(error)}`, tone: 'error', duration: 8000 });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="page backups-page">
      <header className="page-header page-header-actions">
        <div>
          <h1>Backups</h1>
          <p className="page-subtitle">Everything you made in Fulcrum, in one checked file: made each day at the first start and kept for 14 days.</p>
        </div>
        <div className="header-buttons">
          <button type="button" className="button button-primary" onClick={() => void backUpNow()} disabled={busy} aria-busy={busy}>
            Back up now
          </button>
          <RestoreFileButton disabled={busy} onFile={(file) => void restoring(() => restore.fromFile(file))} />
        </div>
      </header>
      <Loaded load={backups} loadingLabel="Loading your backups…">
        {({ list, info }) => (
          <>
            {list.length === 0 ? (
              <p className="muted">No backups yet. The first one is made at the next start, or now with Back up now.</p>
            ) : (
              <table className="backup-table">
                <caption className="sr-only">Backups in {info.dataDir}</caption>
                <thead>
                  <tr>
                    <th scope="col">Made</th>
                    <th scope="col">Why</th>
                    <th scope="col">Size</th>
                    <th scope="col">File</th>
                    <th scope="col">
                      <span className="sr-only">Restore</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {list.map((backup) => (
                    <tr key={backup.name}>
                      <td>
                        <time dateTime={backup.createdAt}>{formatMoment(backup.createdAt)}</time>
                      </td>
                      <td>{kindLabels[backup.kind]}</td>
                      <td>{size(backup.size)}</td>
                      <td>
                        <code>{backup.name}</code>
                      </td>
                      <td>
                        <button
                          type="button"
                          className="button button-small"
                          disabled={busy}
                          aria-label={`Restore the backup made ${formatMoment(backup.createdAt)} (${kindLabels[backup.kind]}, ${backup.name})`}
                          onClick={() => void restoring(() => restore.fromBackup(backup.name, backup.createdAt))}
                        >
                          Restore…
                        </button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            <section className="restore-help" aria-labelledby="restore-heading">
              <h2 id="restore-heading">Restoring a backup</h2>
              <p>
                Restore checks the backup first and refuses a damaged, foreign or newer one without changing anything. Your current journal is kept as a backup of its own
                (“Kept before a restore”), so a restore can always be undone. From a script, with Fulcrum closed, the command line does the same:
              </p>
              <pre tabIndex={0}>{`npx fulcrum restore "${info.dataDir}/backups/${list[0]?.name ?? 'auto-YYYY-MM-DD.fulcrum-backup'}" --data-dir "${info.dataDir}"`}</pre>
            </section>
          </>
        )}
      </Loaded>
    </div>
  );
}
