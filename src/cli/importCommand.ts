// `fulcrum import PATH [--as journal|pack]`: Markdown notes (an Obsidian vault, a Logseq graph, as a
// folder or a .zip, or one note) become journal entries; `--as pack` installs a content pack into
// the library. Either way all at once or not at all; a pack's problems are printed as
// file:line: message, one a line, before the error.
import path from 'node:path';
import type { FulcrumClient } from '../shared/client';
import { FulcrumError } from '../shared/errors';
import { print, UsageError, type FlagValues, type Output } from './commandKit';
import { markdownFilesAt } from './importedFiles';
import { describePack } from './packCommands';

type WithClient = <T>(work: (client: FulcrumClient) => Promise<T>) => Promise<T>;

export async function importCommand(given: string, values: FlagValues, withClient: WithClient, out: Output): Promise<void> {
  const kind = values.as ?? 'journal';
  if (kind !== 'journal' && kind !== 'pack') throw new UsageError(`--as must be journal or pack, not "${kind}"`);
  if (kind === 'journal' && (values.title !== undefined || values.replace)) throw new UsageError('--title and --replace are for --as pack; notes take their titles from their own text');
  const target = path.resolve(given);
  const { files, name } = await markdownFilesAt(target);
  if (files.length === 0) throw new FulcrumError('invalid-input', `${target} holds no Markdown files (.md); nothing was imported`);
  if (kind === 'journal') {
    const result = await withClient((c) => c.import.notes({ files }));
    return print(out, values.json, result, () => `Imported ${result.imported} note${result.imported === 1 ? '' : 's'} from ${target} as journal entries\n`);
  }
  try {
    const result = await withClient((c) => c.packs.import({ title: values.title ?? name, files, replace: values.replace ?? false }));
    print(out, values.json, result, () => `${result.replaced ? 'Replaced' : 'Installed'} the library pack ${describePack(result.pack)} from ${target}\n`);
  } catch (error) {
    // The first line goes to stderr as every error does; the problems under it, one a line, here.
    if (error instanceof FulcrumError) for (const line of error.message.split('\n').slice(1)) out.write(`${line}\n`);
    if (error instanceof FulcrumError && error.code === 'conflict') throw new UsageError(`${error.message} (--replace, or --title T)`);
    throw error;
  }
}
