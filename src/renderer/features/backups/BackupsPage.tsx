// The backups of this data folder: made each day at the first start and kept for 14 days, or on
// request; and how to restore one (Fulcrum must be closed for that, so it is done from the CLI).
import { useState } from 'react';
import type { BackupKind } from '../../../shared/contract';
import { useClient } from '../../transport/connection';
import { formatDay } from '../../ui/formatDate';
import { Loaded } from '../../ui/LoadState';
import { useToast } from '../../ui/Toasts';
import { errorText, useLoad } from '../../ui/useLoad';
import { usePageTitle } from '../../ui/usePageTitle';
import './backups.css';

const kindLabels: Record<BackupKind, string> = { auto: 'Daily', manual: 'Made on request', 'before-restore': 'Kept before a restore' };

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function size(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

export function BackupsPage() {
  const client = useClient();
  const toast = useToast();
  usePageTitle('Backups');
  const [busy, setBusy] = useState(false);
  const backups = useLoad('backups', async () => ({ list: await client.backup.list(), info: await client.app.info() }));

  const backUpNow = async () => {
    setBusy(true);
    try {
      const made = await client.backup.create();
      const rows = made.rows;
      const held = [count(rows.people ?? 0, 'person', 'people'), count(rows.coaching_actions ?? 0, 'action', 'actions'), count(rows.journal_entries ?? 0, 'journal entry', 'journal entries'), count(rows.briefs ?? 0, 'brief', 'briefs')];
      toast({ message: `Backed up: ${held.join(', ')}.`, tone: 'success' });
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
                  </tr>
                </thead>
                <tbody>
                  {list.map((backup) => (
                    <tr key={backup.name}>
                      <td>
                        <time dateTime={backup.createdAt}>{formatDay(backup.createdAt.slice(0, 10))}</time>
                      </td>
                      <td>{kindLabels[backup.kind]}</td>
                      <td>{size(backup.size)}</td>
                      <td>
                        <code>{backup.name}</code>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            <section className="restore-help" aria-labelledby="restore-heading">
              <h2 id="restore-heading">Restoring a backup</h2>
              <p>
                Close Fulcrum, then run this in the project folder, with the backup you want. It checks the file first, refuses a damaged one, and keeps your current journal as a
                backup of its own:
              </p>
              <pre tabIndex={0}>{`npx fulcrum restore "${info.dataDir}/backups/${list[0]?.name ?? 'auto-YYYY-MM-DD.fulcrum-backup'}" --data-dir "${info.dataDir}"`}</pre>
            </section>
          </>
        )}
      </Loaded>
    </div>
  );
}
