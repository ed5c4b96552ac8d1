// The backups folder of a data folder, and restoring from a backup. Daily automatic backups keep
// the last 14 days; a restore first keeps what it replaces (a backup of a healthy journal, or the
// damaged file moved aside), so restoring never loses anything either.
import { copyFile, mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { localDate } from '../../shared/calendarDays';
import type { BackupKind, BackupSummary } from '../../shared/contract';
import { FulcrumError } from '../../shared/errors';
import { journalFileName, openDatabase } from '../storage/database';
import { backupExtension, canonicalContent, readBackup, writeBackup, type BackupInfo, type BackupOptions } from './backupFile';

export const backupsFolderName = 'backups';
/** How many automatic daily backups are kept. */
export const keptDailyBackups = 14;

const namePattern = /^(auto|manual|before-restore)-(.+)\.fulcrum-backup$/;

export function backupsFolder(dataDir: string): string {
  return path.join(dataDir, backupsFolderName);
}

/** A time as a file-name part: 2025-03-10T09-30-00Z. */
function stamp(at: Date): string {
  return at.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/:/g, '-');
}

/** The backups in a data folder, newest first. */
export async function listBackups(dataDir: string): Promise<BackupSummary[]> {
  const folder = backupsFolder(dataDir);
  const names = await readdir(folder).catch(() => [] as string[]);
  const found: BackupSummary[] = [];
  for (const name of names) {
    const match = namePattern.exec(name);
    if (!match) continue;
    const info = await stat(path.join(folder, name)).catch(() => null);
    if (info?.isFile()) found.push({ name, kind: match[1] as BackupKind, createdAt: info.mtime.toISOString(), size: info.size });
  }
  return found.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.name.localeCompare(a.name));
}

/** Backs up the open journal into the backups folder under a name that says why it was made. */
export async function backUpInto(db: BetterSqlite3.Database, dataDir: string, kind: BackupKind, options: BackupOptions): Promise<BackupInfo> {
  const folder = backupsFolder(dataDir);
  await mkdir(folder, { recursive: true });
  const when = kind === 'auto' ? localDate(options.now) : stamp(options.now);
  return writeBackup(db, await freshName(folder, `${kind}-${when}`), options);
}

/** A file in `folder` named after `base` that does not exist yet: a backup never replaces another. */
async function freshName(folder: string, base: string): Promise<string> {
  for (let n = 1; ; n += 1) {
    const file = path.join(folder, `${base}${n === 1 ? '' : `-${n}`}${backupExtension}`);
    if (!(await stat(file).catch(() => null))) return file;
  }
}

/**
 * Today's automatic backup, made once a day at the first start; older automatic backups beyond the
 * last `keptDailyBackups` are removed (manual ones and those made before a restore are kept).
 */
export async function dailyBackup(db: BetterSqlite3.Database, dataDir: string, options: BackupOptions): Promise<BackupInfo | null> {
  const today = `auto-${localDate(options.now)}${backupExtension}`;
  const existing = await listBackups(dataDir);
  let made: BackupInfo | null = null;
  if (!existing.some((b) => b.name === today)) made = await backUpInto(db, dataDir, 'auto', options);
  const daily = (await listBackups(dataDir)).filter((b) => b.kind === 'auto').sort((a, b) => b.name.localeCompare(a.name));
  for (const old of daily.slice(keptDailyBackups)) await rm(path.join(backupsFolder(dataDir), old.name), { force: true });
  return made;
}

/** The newest backup in the folder that passes every check, if any. */
export async function latestGoodBackup(dataDir: string, options: { nativeBinding?: string | undefined } = {}): Promise<BackupInfo | null> {
  for (const backup of await listBackups(dataDir)) {
    try {
      return await readBackup(path.join(backupsFolder(dataDir), backup.name), options);
    } catch {
      // a damaged backup is skipped; an older one may be fine
    }
  }
  return null;
}

export interface RestoreResult {
  restored: BackupInfo;
  /** Where what the restore replaced was kept: a backup of the journal, or the damaged file moved aside. */
  keptAside: string | null;
}

/**
 * Restores a backup as the journal of `dataDir`. The backup is checked first; the current journal,
 * if any, is kept (backed up when it opens, moved aside when it does not); then the backup's content
 * is written through SQLite's backup API, checked against its checksum, and migrated if older.
 */
export async function restoreBackup(file: string, dataDir: string, options: BackupOptions): Promise<RestoreResult> {
  const restored = await readBackup(file, options);
  await mkdir(dataDir, { recursive: true });
  const journal = path.join(dataDir, journalFileName);
  // The backup is copied before anything else is done, so keeping the current journal cannot touch it.
  const staging = path.join(dataDir, `restore-${Date.now()}.partial`);
  try {
    await copyFile(file, staging);
    const keptAside = await keepCurrentJournal(journal, dataDir, options);
    const source = new BetterSqlite3(staging, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
    try {
      source.exec('DROP TABLE fulcrum_backup');
      await source.backup(journal);
    } finally {
      source.close();
    }
    const check = new BetterSqlite3(journal, { readonly: true, ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}) });
    try {
      if (canonicalContent(check).checksum !== restored.checksum) throw new FulcrumError('internal', 'The restored journal does not match the backup. Your previous journal was kept; please try again.');
    } finally {
      check.close();
    }
    openDatabase(journal, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}).close(); // brings an older schema up to date
    return { restored, keptAside };
  } finally {
    await rm(staging, { force: true });
  }
}

async function keepCurrentJournal(journal: string, dataDir: string, options: BackupOptions): Promise<string | null> {
  const info = await stat(journal).catch(() => null);
  if (!info) return null;
  let db: BetterSqlite3.Database | null = null;
  try {
    if (info.size > 0) db = openDatabase(journal, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  } catch {
    db = null; // damaged: it is moved aside below
  }
  if (db) {
    try {
      return (await backUpInto(db, dataDir, 'before-restore', options)).file;
    } finally {
      db.close();
    }
  }
  return moveAside(journal, info.size, options.now);
}

async function moveAside(journal: string, size: number, now: Date): Promise<string> {
  const aside = `${journal}.${size === 0 ? 'empty' : 'damaged'}-${stamp(now)}`;
  await rename(journal, aside);
  for (const suffix of ['-wal', '-shm']) await rename(`${journal}${suffix}`, `${aside}${suffix}`).catch(() => undefined);
  return aside;
}

/** Moves an unusable journal (empty or damaged) aside, so a new one can start; returns where it went. */
export async function setAsideUnusableJournal(dataDir: string, now: Date): Promise<string> {
  const journal = path.join(dataDir, journalFileName);
  const info = await stat(journal).catch(() => null);
  if (!info) throw new FulcrumError('not-found', `There is no journal at ${journal} to set aside.`);
  return moveAside(journal, info.size, now);
}
