// The CLI's backup commands: `backup` writes one into the data folder's backups (and a copy to
// --out), `restore` puts one back, keeping whatever it replaces. Quit the app before restoring.
import { constants } from 'node:fs';
import { copyFile } from 'node:fs/promises';
import path from 'node:path';
import type { FulcrumClient } from '../shared/client';
import { FulcrumError } from '../shared/errors';
import { print, UsageError, type FlagValues, type Output } from './commandKit';

type WithClient = <T>(work: (client: FulcrumClient) => Promise<T>) => Promise<T>;

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** What a backup holds, in words: "1 person, 3 actions, 2 journal entries" (and library packs, if any). */
export function describeRows(rows: Record<string, number>): string {
  const packs = rows.library_packs ? [plural(rows.library_packs, 'library pack', 'library packs')] : [];
  return [plural(rows.people ?? 0, 'person', 'people'), plural(rows.coaching_actions ?? 0, 'action', 'actions'), plural(rows.journal_entries ?? 0, 'journal entry', 'journal entries'), ...packs].join(', ');
}

export async function backupCommand(values: FlagValues, dataDir: string, withClient: WithClient, out: Output): Promise<void> {
  const made = await withClient((c) => c.backup.create());
  const file = path.join(dataDir, 'backups', made.name);
  let copy: string | null = null;
  if (values.out) {
    copy = path.resolve(values.out);
    try {
      await copyFile(file, copy, values.force ? 0 : constants.COPYFILE_EXCL);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new UsageError(`${copy} already exists; choose another --out, or add --force to replace it (the backup itself is in ${file})`);
      throw new FulcrumError('unavailable', `the backup was made (${file}) but could not be copied to ${copy}: ${(error as Error).message}`);
    }
  }
  print(out, values.json, { ...made, file, ...(copy ? { copy } : {}) }, () => `Backed up ${describeRows(made.rows)} to ${copy ?? file}\n`);
}

export async function restoreCommand(file: string, values: FlagValues, dataDir: string, appVersion: string, out: Output): Promise<void> {
  const { restoreBackup } = await import('../core/backup/backups');
  const result = await restoreBackup(path.resolve(file), dataDir, { appVersion, now: new Date() });
  print(out, values.json, result, () =>
    [
      `Restored ${describeRows(result.restored.rows)} from ${result.restored.file} (made ${result.restored.createdAt}) into ${dataDir}.`,
      result.keptAside ? `What it replaced was kept: ${result.keptAside}` : '',
      'If Fulcrum is open on this data folder, restart it to see the restored journal.',
    ]
      .filter(Boolean)
      .join('\n') + '\n',
  );
}
