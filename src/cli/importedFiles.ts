// What `fulcrum import PATH` reads: a folder (its Markdown, hidden folders skipped), a .zip (read
// by the same code the app uses, so bombs and names climbing out of it are refused alike) or one
// Markdown file.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { readMarkdownFolder } from '../core/markdownFolder';
import type { TextFile } from '../shared/contract';
import { FulcrumError } from '../shared/errors';
import { isMarkdownName } from '../shared/importPaths';
import { checkZipSize, markdownFilesInZip } from '../shared/zipFiles';

export interface ImportedFiles {
  files: TextFile[];
  /** The folder's or zip's name without extension ("Work" for ~/Obsidian/Work, "acme" for acme.zip). */
  name: string;
}

export async function markdownFilesAt(target: string): Promise<ImportedFiles> {
  const info = await stat(target).catch(() => null);
  if (!info) throw new FulcrumError('not-found', `there is nothing at ${target}`);
  const base = path.basename(target);
  if (info.isDirectory()) return { files: await readMarkdownFolder(target), name: base };
  if (/\.zip$/i.test(base)) {
    checkZipSize(info.size, base);
    return { files: markdownFilesInZip(await readFile(target), base), name: base.replace(/\.zip$/i, '') };
  }
  if (isMarkdownName(base)) return { files: [{ path: base, content: await readFile(target, 'utf8') }], name: base.replace(/\.(md|markdown)$/i, '') };
  throw new FulcrumError('invalid-input', `${target} is not a folder, a .zip or a Markdown file (.md); nothing was imported`);
}
