// The restore namespace: putting a backup back while the app runs, and the way out when the journal
// found at start cannot be used (empty or damaged). The door's session answers these, since a
// restore closes the journal and opens another; whatever a restore replaces is kept, never deleted.
import { z } from 'zod';
import type { BackupSummary } from './backup';
import { op } from './operation';

export type JournalStatus =
  | { status: 'ok' }
  | {
      /** The journal found at start is empty or damaged: the app runs only to restore or start over. */
      status: 'unusable';
      /** What is wrong, in plain words, with the file's place. */
      problem: string;
      /** The newest backup that opens and checks out, to offer first. */
      latestGoodBackup: BackupSummary | null;
    };

export interface RestoreOutcome {
  /** The backup's file name in the backups folder. */
  restored: string;
  /** ISO 8601 time the backup was made. */
  madeAt: string;
  /** Rows per table that the restored journal holds. */
  rows: Record<string, number>;
  /** Where what the restore replaced was kept: a backup's file name, or the unusable file moved aside. */
  keptAside: string | null;
}

/** A backup file sent from the leader's computer, as base64 (the browser has no path to give). */
const maxUploadBase64 = 700 * 1024 * 1024;

export const restoreOperations = {
  'restore.status': op<JournalStatus>()(z.object({})),
  /** Restores one of the backups in the data folder's backups folder. */
  'restore.backup': op<RestoreOutcome>()(z.object({ name: z.string().min(1).max(200) })),
  /** Restores a backup file the leader picked; it is kept in the backups folder. */
  'restore.upload': op<RestoreOutcome>()(
    z.object({
      fileName: z.string().min(1).max(255),
      content: z.string().min(1, 'is empty: pick a Fulcrum backup file').max(maxUploadBase64, 'is too large for a backup (more than 500 MB)'),
    }),
  ),
  /** Only when the journal is unusable: keeps it aside and starts an empty journal. */
  'restore.startOver': op<{ keptAside: string }>()(z.object({})),
};
