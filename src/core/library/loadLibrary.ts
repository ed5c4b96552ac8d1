// Reads a content pack folder into a Library and checks what one file alone cannot: lesson ids
// unique across the pack, and internal links whose file or lesson exists.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ContentProblem } from '../../shared/contract';
import { Library } from './library';
import { parseItem, type ParsedItem } from './parseItem';

async function markdownFiles(root: string, dir = ''): Promise<string[]> {
  const entries = await readdir(path.join(root, dir), { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const relative = dir ? `${dir}/${entry.name}` : entry.name;
    if (entry.isDirectory() && !entry.name.startsWith('.')) files.push(...(await markdownFiles(root, relative)));
    else if (entry.isFile() && /\.md$/i.test(entry.name) && !/^readme\.md$/i.test(entry.name)) files.push(relative);
  }
  return files;
}

export function crossCheck(items: ParsedItem[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const lessonOwner = new Map<string, ParsedItem>();
  const itemsById = new Map<string, ParsedItem>();
  for (const item of items) {
    const other = itemsById.get(item.summary.id);
    if (other) problems.push({ file: item.file, line: 1, message: `item id "${item.summary.id}" is also used by ${other.file}` });
    else itemsById.set(item.summary.id, item);
    for (const lesson of item.summary.lessons) {
      const owner = lessonOwner.get(lesson.id);
      if (owner && owner !== item) {
        problems.push({ file: item.file, line: item.lessonLines.get(lesson.id) ?? 1, message: `lesson id "${lesson.id}" is already used in ${owner.file}` });
      } else lessonOwner.set(lesson.id, item);
    }
  }
  for (const item of items) {
    for (const link of item.links) {
      const target = link.itemId === null ? item : itemsById.get(link.itemId);
      if (!target) {
        problems.push({ file: item.file, line: link.line, message: `link points to "${link.itemId}.md", which is not in the pack` });
        continue;
      }
      if (link.anchor && !target.summary.lessons.some((l) => l.id === link.anchor)) {
        problems.push({ file: item.file, line: link.line, message: `link points to lesson "#${link.anchor}", which ${target.file} does not have` });
      }
    }
  }
  return problems;
}

export interface PackReading {
  items: ParsedItem[];
  problems: ContentProblem[];
}

/** Parses every Markdown file of a pack; problems are reported, valid items are kept. */
export async function readPack(contentDir: string): Promise<PackReading> {
  let files: string[];
  try {
    files = await markdownFiles(contentDir);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'does not exist' : 'cannot be read';
    return { items: [], problems: [{ file: contentDir, line: 0, message: `the content folder ${reason}` }] };
  }
  const items: ParsedItem[] = [];
  const problems: ContentProblem[] = [];
  for (const file of files) {
    const result = parseItem(file, await readFile(path.join(contentDir, file), 'utf8'));
    problems.push(...result.problems);
    if (result.item) items.push(result.item);
  }
  problems.push(...crossCheck(items));
  return { items, problems };
}

export async function loadLibrary(contentDir: string): Promise<{ library: Library; problems: ContentProblem[] }> {
  const { items, problems } = await readPack(contentDir);
  return { library: new Library(items), problems };
}
