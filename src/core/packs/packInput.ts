// What an import hands over, made into a pack: its title and id, and its files by their paths
// inside the pack. A zip of a folder holds every file under that one folder; the folder is taken
// off the paths (links between the files are relative to the pack) and names the pack when no
// title is given.
import { createHash } from 'node:crypto';
import type { TextFile } from '../../shared/contract';
import { FulcrumError } from '../../shared/errors';

/** "Acme Playbook 2025" is `acme-playbook-2025`; a title with no Latin letters or digits gets a short hash. */
export function packIdOf(title: string): string {
  const words = title.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
  const id = words.join('-').slice(0, 60).replace(/-+$/, '');
  return id || `pack-${createHash('sha256').update(title).digest('hex').slice(0, 8)}`;
}

function oneFolderOf(files: readonly TextFile[]): string | null {
  const first = files[0]?.path.split('/')[0];
  return first && files.every((file) => file.path.startsWith(`${first}/`)) ? first : null;
}

export interface PackInput {
  id: string;
  title: string;
  files: TextFile[];
}

export function packInputOf(given: { title?: string | undefined; files: readonly TextFile[] }): PackInput {
  const folder = oneFolderOf(given.files);
  const title = given.title ?? folder?.slice(0, 200);
  if (!title) {
    throw new FulcrumError('invalid-input', 'Title is required when the files are not all in one folder: give the pack a title. Nothing was imported.', [{ path: ['title'], rule: 'is required when the files are not all in one folder' }]);
  }
  const files = folder ? given.files.map((file) => ({ ...file, path: file.path.slice(folder.length + 1) })) : [...given.files];
  return { id: packIdOf(title), title, files };
}
