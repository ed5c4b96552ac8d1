// The backup namespace: the backups in the data folder, and a backup made on request.
import path from 'node:path';
import type { OperationsOf } from '../../shared/contract';
import type { Handlers } from '../../shared/dispatch';
import type { Storage } from '../storage/storage';
import { backUpInto, listBackups } from './backups';

export interface BackupDeps {
  storage: Storage;
  dataDir: string;
  appVersion: string;
  now: () => Date;
  nativeBinding?: string | undefined;
}

export function backupHandlers(d: BackupDeps): Handlers<OperationsOf<'backup'>> {
  return {
    'backup.list': () => listBackups(d.dataDir),
    'backup.create': async () => {
      const info = await backUpInto(d.storage.db, d.dataDir, 'manual', { appVersion: d.appVersion, now: d.now(), nativeBinding: d.nativeBinding });
      return { name: path.basename(info.file), kind: 'manual', createdAt: info.createdAt, size: info.size, rows: info.rows };
    },
  };
}
