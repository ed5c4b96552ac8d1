// The Markdown files of a folder (a content pack, an Obsidian vault), by their paths inside it, in
// a stable order; hidden folders and files are skipped, as an import of a zip skips them.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { TextFile } from '../shared/contract';
import { isMarkdownName, isSkippedName } from '../shared/importPaths';

async function markdownPaths(root: string, dir: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of (await readdir(path.join(root, dir), { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
    if (isSkippedName(entry.name)) continue;
    const relative = dir ? `${dir}/${entry.name}` : entry.name;
    if (entry.isDirectory()) found.push(...(await markdownPaths(root, relative)));
    else if (entry.isFile() && isMarkdownName(entry.name)) found.push(relative);
  }
  return found;
}

export async function readMarkdownFolder(root: string): Promise<TextFile[]> {
  const paths = await markdownPaths(root, '');
  return Promise.all(paths.map(async (relative) => ({ path: relative, content: await readFile(path.join(root, relative), 'utf8') })));
}
