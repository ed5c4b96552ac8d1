// Reads a content pack (a folder, or files handed over by an import) into a Library and checks
// what one file alone cannot: lesson ids unique across the pack, internal links whose file or
// lesson exists, and, for a pack joining the library, ids no other item or lesson already uses.
import type { ContentProblem, ItemSummary, TextFile } from '../../shared/contract';
import { readMarkdownFolder } from '../markdownFolder';
import { Library } from './library';
import { parseItem, type ParsedItem } from './parseItem';

/** Where an item comes from when it is not the bundled library: the user pack. */
export type PackOrigin = NonNullable<ItemSummary['pack']>;

/** The files of a pack that are items: Markdown (`.md`), READMEs aside. */
function isItemFile(file: string): boolean {
  return /\.md$/i.test(file) && !/^readme\.md$/i.test(file.split('/').pop() ?? file);
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

/** Ids of `items` that `existing` items (the bundled library, other packs) already use. */
export function idClashes(items: readonly ParsedItem[], existing: Iterable<ParsedItem>): ContentProblem[] {
  const owners = new Map<string, ParsedItem>();
  for (const item of existing) {
    owners.set(`item ${item.summary.id}`, item);
    for (const lesson of item.summary.lessons) owners.set(`lesson ${lesson.id}`, item);
  }
  const where = (owner: ParsedItem) => (owner.summary.pack ? `the pack "${owner.summary.pack.title}" (${owner.file})` : `the bundled library (${owner.file})`);
  const problems: ContentProblem[] = [];
  for (const item of items) {
    const owner = owners.get(`item ${item.summary.id}`);
    if (owner) problems.push({ file: item.file, line: 1, message: `item id "${item.summary.id}" is already used by ${where(owner)}; rename the file` });
    for (const lesson of item.summary.lessons) {
      const lessonOwner = owners.get(`lesson ${lesson.id}`);
      if (lessonOwner) problems.push({ file: item.file, line: item.lessonLines.get(lesson.id) ?? 1, message: `lesson id "${lesson.id}" is already used by ${where(lessonOwner)}; choose another id` });
    }
  }
  return problems;
}

export interface PackReading {
  items: ParsedItem[];
  problems: ContentProblem[];
}

/** Parses the item files of a pack; problems are reported, valid items are kept. */
export function readPackFiles(files: readonly TextFile[], origin?: PackOrigin): PackReading {
  const items: ParsedItem[] = [];
  const problems: ContentProblem[] = [];
  for (const file of files) {
    if (!isItemFile(file.path)) continue;
    const result = parseItem(file.path, file.content);
    problems.push(...result.problems);
    if (result.item) items.push(origin ? { ...result.item, summary: { ...result.item.summary, pack: origin } } : result.item);
  }
  problems.push(...crossCheck(items));
  return { items, problems };
}

/** Parses every Markdown file of a pack folder; problems are reported, valid items are kept. */
export async function readPack(contentDir: string): Promise<PackReading> {
  let files: TextFile[];
  try {
    files = await readMarkdownFolder(contentDir);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'does not exist' : 'cannot be read';
    return { items: [], problems: [{ file: contentDir, line: 0, message: `the content folder ${reason}` }] };
  }
  return readPackFiles(files);
}

export async function loadLibrary(contentDir: string): Promise<{ library: Library; problems: ContentProblem[] }> {
  const { items, problems } = await readPack(contentDir);
  return { library: new Library(items), problems };
}
