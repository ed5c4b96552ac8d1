// The backup namespace: the backups kept in the data folder. A backup holds everything the leader
// made, with a format version and a checksum; the app makes one each day and keeps the last 14.
import { z } from 'zod';
import { op } from './operation';

/** Why a backup was made: the daily one, on request, or to keep what a restore replaced. */
export const backupKinds = ['auto', 'manual', 'before-restore'] as const;
export type BackupKind = (typeof backupKinds)[number];

export interface BackupSummary {
  /** The file's name in the data folder's backups folder. */
  name: string;
  kind: BackupKind;
  /** ISO 8601 time the file was written. */
  createdAt: string;
  size: number;
}

export const backupOperations = {
  'backup.list': op<BackupSummary[]>()(z.object({})),
  /** Backs up the journal now, into the backups folder. */
  'backup.create': op<BackupSummary & { rows: Record<string, number> }>()(z.object({})),
};
