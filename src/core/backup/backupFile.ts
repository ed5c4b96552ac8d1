// A Fulcrum backup: one SQLite file made with SQLite's online backup (never a copy of the live
// file), carrying a small table that says what it is: the format and its version, the journal's
// schema version, when it was made, and a SHA-256 checksum of its canonical content (every row of
// every table, in a fixed order). Reading one back checks all of that before anything is trusted.
import { createHash, randomBytes } from 'node:crypto';
import { open, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { FulcrumError } from '../../shared/errors';
import { latestVersion, schemaVersion } from '../storage/migrations/index';

export const backupFormat = 'fulcrum-backup';
export const backupFormatVersion = 1;
export const backupExtension = '.fulcrum-backup';
const metaTable = 'fulcrum_backup';

export interface BackupInfo {
  file: string;
  /** ISO 8601 time the backup was made. */
  createdAt: string;
  appVersion: string;
  schemaVersion: number;
  /** Rows per table, for telling the leader what the file holds. */
  rows: Record<string, number>;
  checksum: string;
  size: number;
}

export interface BackupOptions {
  appVersion: string;
  now: Date;
  /** better-sqlite3 addon built for the running runtime. */
  nativeBinding?: string | undefined;
}

function openFile(file: string, options: { readonly?: boolean; nativeBinding?: string | undefined }): Database {
  return new BetterSqlite3(file, { readonly: options.readonly ?? false, fileMustExist: true, ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}) });
}

/** The user's tables (everything but SQLite's own and the backup's label), by name. */
function userTables(db: Database): string[] {
  const rows = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name != ? ORDER BY name").all(metaTable) as Array<{ name: string }>;
  return rows.map((row) => row.name);
}

/** Every row of every table in a fixed order, hashed: equal for equal journals, whatever their files look like. */
export function canonicalContent(db: Database): { checksum: string; rows: Record<string, number> } {
  const hash = createHash('sha256');
  const rows: Record<string, number> = {};
  hash.update(`schema ${schemaVersion(db)}\n`);
  for (const table of userTables(db)) {
    const columns = (db.prepare(`SELECT name FROM pragma_table_info(?)`).all(table) as Array<{ name: string }>).map((c) => `"${c.name}"`);
    hash.update(`table ${table} ${columns.join(',')}\n`);
    let count = 0;
    for (const row of db.prepare(`SELECT ${columns.join(', ')} FROM "${table}" ORDER BY ${columns.join(', ')}`).raw().iterate()) {
      hash.update(`${JSON.stringify(row)}\n`);
      count += 1;
    }
    rows[table] = count;
  }
  return { checksum: hash.digest('hex'), rows };
}

/**
 * Backs up the open journal `db` into `file` (which must not exist): online backup into a temporary
 * file beside it, labelled and checked, then renamed into place, so a half-written backup never
 * passes for a whole one.
 */
export async function writeBackup(db: Database, file: string, options: BackupOptions): Promise<BackupInfo> {
  const partial = `${file}.partial-${randomBytes(4).toString('hex')}`;
  try {
    await db.backup(partial);
    const copy = openFile(partial, { nativeBinding: options.nativeBinding });
    try {
      const { checksum } = canonicalContent(copy);
      copy.exec(`CREATE TABLE ${metaTable} (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT`);
      const label = copy.prepare(`INSERT INTO ${metaTable} (key, value) VALUES (?, ?)`);
      const meta: Record<string, string> = {
        format: backupFormat,
        format_version: String(backupFormatVersion),
        schema_version: String(schemaVersion(copy)),
        created_at: options.now.toISOString(),
        app_version: options.appVersion,
        checksum,
      };
      copy.transaction(() => {
        for (const [key, value] of Object.entries(meta)) label.run(key, value);
      })();
      copy.pragma('journal_mode = DELETE');
    } finally {
      copy.close();
    }
    await flush(partial);
    await rename(partial, file);
    return await readBackup(file, options);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
}

async function flush(file: string): Promise<void> {
  const handle = await open(file, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Reads a backup's label and checks the whole file: a SQLite file, made by Fulcrum, in a format and
 * schema this version knows, with content matching its checksum. Anything else is refused in words.
 */
export async function readBackup(file: string, options: { nativeBinding?: string | undefined } = {}): Promise<BackupInfo> {
  const name = path.basename(file);
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) throw new FulcrumError('not-found', `There is no backup file at ${file}.`);
  if (info.size === 0) throw new FulcrumError('invalid-input', `${name} is empty (0 bytes), so it holds no backup. Nothing was changed.`);
  const head = Buffer.alloc(16);
  const handle = await open(file, 'r');
  try {
    await handle.read(head, 0, 16, 0);
  } finally {
    await handle.close();
  }
  if (head.toString('latin1') !== 'SQLite format 3\0') throw new FulcrumError('invalid-input', `${name} is not a Fulcrum backup (it is not even a database file). Nothing was changed.`);
  let db: Database;
  try {
    db = openFile(file, { readonly: true, nativeBinding: options.nativeBinding });
  } catch (error) {
    throw new FulcrumError('invalid-input', `${name} cannot be read as a backup (${(error as Error).message}). Nothing was changed.`);
  }
  try {
    const damaged = (detail: string) => new FulcrumError('invalid-input', `${name} is damaged (${detail}), so it cannot be restored. Nothing was changed; try an older backup.`);
    let quick: unknown;
    try {
      quick = db.pragma('quick_check', { simple: true });
    } catch (error) {
      throw damaged((error as Error).message);
    }
    if (quick !== 'ok') throw damaged(String(quick));
    const hasLabel = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(metaTable);
    const meta = hasLabel ? Object.fromEntries((db.prepare(`SELECT key, value FROM ${metaTable}`).all() as Array<{ key: string; value: string }>).map((r) => [r.key, r.value])) : {};
    if (meta.format !== backupFormat) throw new FulcrumError('invalid-input', `${name} is a database, but not a Fulcrum backup. Nothing was changed.`);
    const formatVersion = Number(meta.format_version);
    const schema = Number(meta.schema_version);
    if (!(formatVersion <= backupFormatVersion) || !(schema <= latestVersion)) {
      throw new FulcrumError('invalid-input', `${name} was made by a newer version of Fulcrum (backup format ${meta.format_version}, journal schema ${meta.schema_version}). Update Fulcrum to restore it. Nothing was changed.`);
    }
    let content: ReturnType<typeof canonicalContent>;
    try {
      content = canonicalContent(db);
    } catch (error) {
      throw damaged((error as Error).message);
    }
    if (content.checksum !== meta.checksum) throw damaged('its content does not match its checksum');
    return { file, createdAt: meta.created_at ?? '', appVersion: meta.app_version ?? '', schemaVersion: schema, rows: content.rows, checksum: content.checksum, size: info.size };
  } finally {
    db.close();
  }
}
