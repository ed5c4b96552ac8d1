// `fulcrum import PATH`: a folder of Markdown notes (an Obsidian vault, a Logseq graph) or one note
// becomes journal entries, all at once or not at all. Hidden folders (.obsidian, .git) are skipped.
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { FulcrumClient } from '../shared/client';
import { FulcrumError } from '../shared/errors';
import { print, UsageError, type FlagValues, type Output } from './commandKit';

type WithClient = <T>(work: (client: FulcrumClient) => Promise<T>) => Promise<T>;

const isNote = (name: string) => /\.(md|markdown)$/i.test(name);

async function notesIn(folder: string, relative = ''): Promise<string[]> {
  const found: string[] = [];
  for (const entry of (await readdir(path.join(folder, relative), { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.')) continue;
    const inner = relative ? `${relative}/${entry.name}` : entry.name;
    if (entry.isDirectory()) found.push(...(await notesIn(folder, inner)));
    else if (entry.isFile() && isNote(entry.name)) found.push(inner);
  }
  return found;
}

export async function importCommand(given: string, values: FlagValues, withClient: WithClient, out: Output): Promise<void> {
  const kind = values.as ?? 'journal';
  if (kind !== 'journal') throw new UsageError(`--as must be journal (content packs cannot be imported yet), not "${kind}"`);
  const target = path.resolve(given);
  const info = await stat(target).catch(() => null);
  if (!info) throw new FulcrumError('not-found', `there is nothing at ${target}`);
  const folder = info.isDirectory() ? target : path.dirname(target);
  const names = info.isDirectory() ? await notesIn(target) : isNote(target) ? [path.basename(target)] : [];
  if (names.length === 0) throw new FulcrumError('invalid-input', `${target} holds no Markdown notes (.md); nothing was imported`);
  const files = await Promise.all(names.map(async (name) => ({ path: name, content: await readFile(path.join(folder, name), 'utf8') })));
  const result = await withClient((c) => c.import.notes({ files }));
  print(out, values.json, result, () => `Imported ${result.imported} note${result.imported === 1 ? '' : 's'} from ${target} as journal entries\n`);
}
