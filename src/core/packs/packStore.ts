// Library packs in SQLite: each pack's title and its Markdown files as they were imported. Only
// storage lives here; the handlers check a pack before it is saved. A save or a removal is one
// transaction, announced as a `pack` change, and gives the pack a new revision so the library reads
// it again.
import { randomUUID } from 'node:crypto';
import type { TextFile } from '../../shared/contract';
import { FulcrumError } from '../../shared/errors';
import type { InstalledPack, InstalledPacks } from '../library/librarySource';
import { SqlStore } from '../storage/storage';

export interface StoredPack {
  id: string;
  title: string;
  importedAt: string;
  fileCount: number;
}

interface PackRow {
  id: string;
  title: string;
  imported_at: string;
  file_count: number;
}

const selectPacks = `
  SELECT p.id, p.title, p.imported_at, (SELECT count(*) FROM library_pack_files WHERE pack_id = p.id) AS file_count
  FROM library_packs p`;
const oldestFirst = 'ORDER BY p.imported_at, p.id';

const toPack = (row: PackRow): StoredPack => ({ id: row.id, title: row.title, importedAt: row.imported_at, fileCount: row.file_count });

export class PackStore extends SqlStore implements InstalledPacks {
  list(): StoredPack[] {
    return (this.db.prepare(`${selectPacks} ${oldestFirst}`).all() as PackRow[]).map(toPack);
  }

  find(id: string): StoredPack | undefined {
    const row = this.db.prepare(`${selectPacks} WHERE p.id = ?`).get(id) as PackRow | undefined;
    return row ? toPack(row) : undefined;
  }

  revision(): string {
    return (this.db.prepare('SELECT coalesce(group_concat(revision), \'\') AS r FROM (SELECT revision FROM library_packs ORDER BY id)').get() as { r: string }).r;
  }

  all(): InstalledPack[] {
    const files = this.db.prepare('SELECT path, content FROM library_pack_files WHERE pack_id = ? ORDER BY path');
    return this.list().map(({ id, title }) => ({ id, title, files: files.all(id) as TextFile[] }));
  }

  /** Saves a pack; one of the same id is replaced only when `replace` says so. */
  save(pack: InstalledPack, replace: boolean): { pack: StoredPack; replaced: boolean } {
    return this.storage.transaction(() => {
      const existing = this.find(pack.id);
      if (existing && !replace) throw alreadyInstalled(existing);
      if (existing) this.db.prepare('DELETE FROM library_packs WHERE id = ?').run(pack.id);
      this.db.prepare('INSERT INTO library_packs (id, title, imported_at, revision) VALUES (?, ?, ?, ?)').run(pack.id, pack.title, this.now().toISOString(), randomUUID());
      const insert = this.db.prepare('INSERT INTO library_pack_files (pack_id, path, content) VALUES (?, ?, ?)');
      for (const file of pack.files) insert.run(pack.id, file.path, file.content);
      this.storage.announce('pack', pack.id, existing ? 'updated' : 'created');
      return { pack: this.find(pack.id) as StoredPack, replaced: Boolean(existing) };
    });
  }

  remove(id: string): StoredPack {
    return this.storage.transaction(() => {
      const pack = this.find(id);
      if (!pack) throw new FulcrumError('not-found', `No pack called "${id}" is installed, so nothing was removed. The list of packs shows the installed ones.`);
      this.db.prepare('DELETE FROM library_packs WHERE id = ?').run(id);
      this.storage.announce('pack', id, 'deleted');
      return pack;
    });
  }
}

export function alreadyInstalled(pack: StoredPack): FulcrumError {
  return new FulcrumError(
    'conflict',
    `A pack called "${pack.title}" (${pack.id}) is already installed, imported ${pack.importedAt.slice(0, 10)}. Nothing was changed: replace it, or give this one another title.`,
  );
}
