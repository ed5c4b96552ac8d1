// `fulcrum packs` lists the library packs installed with `fulcrum import PATH --as pack`;
// `fulcrum packs remove ID` uninstalls one (journal entries keep their links to its lessons).
import type { FulcrumClient } from '../shared/client';
import type { LibraryPack } from '../shared/contract';
import { need, print, UsageError, type FlagValues, type Output } from './commandKit';

type WithClient = <T>(work: (client: FulcrumClient) => Promise<T>) => Promise<T>;

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

/** `"Acme playbook" (acme-playbook): 2 items, 5 lessons` */
export function describePack(pack: LibraryPack): string {
  return `"${pack.title}" (${pack.id}): ${plural(pack.itemCount, 'item')}, ${plural(pack.lessonCount, 'lesson')}`;
}

function formatPacks(packs: LibraryPack[]): string {
  if (packs.length === 0) return 'No library packs installed. Install one with: fulcrum import FOLDER_OR_ZIP --as pack\n';
  return packs.map((p) => `${p.id}  ${p.title}  (${plural(p.itemCount, 'item')}, ${plural(p.lessonCount, 'lesson')}; imported ${p.importedAt.slice(0, 10)})\n`).join('');
}

export async function packsCommand(sub: string | undefined, rest: string[], values: FlagValues, withClient: WithClient, out: Output): Promise<void> {
  if (sub === undefined || sub === 'list') {
    const packs = await withClient((c) => c.packs.list());
    return print(out, values.json, packs, () => formatPacks(packs));
  }
  if (sub === 'remove') {
    const id = need(rest[0], 'packs remove needs the id of a pack (fulcrum packs lists them)');
    const { removed } = await withClient((c) => c.packs.remove({ id }));
    return print(out, values.json, removed, () => `Removed the library pack ${describePack(removed)}. Journal entries, actions and briefs that link its lessons keep those links.\n`);
  }
  throw new UsageError(`unknown packs command "${sub}"; use fulcrum packs, or fulcrum packs remove ID`);
}
