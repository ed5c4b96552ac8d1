// The library as the other domains reach it: the bundled content pack, read the first time
// something needs it and then kept, joined by the packs the leader installed. A command that never
// touches the library (listing people, say) never reads it. Every call asks the installed packs and
// the leader's own lessons for their revision, so an import, a new lesson or a removal (by this
// process or another) is read at the next call.
import type { ContentProblem, TextFile } from '../../shared/contract';
import { FulcrumError } from '../../shared/errors';
import { Library } from './library';
import { idClashes, readPack, readPackFiles, type PackReading } from './loadLibrary';
import type { ParsedItem } from './parseItem';

export interface LoadedLibrary {
  library: Library;
  problems: ContentProblem[];
}

export type LibrarySource = () => Promise<LoadedLibrary>;

export interface InstalledPack {
  id: string;
  title: string;
  files: TextFile[];
}

/** The packs a leader installed, as the library reads them (the packs domain keeps them). */
export interface InstalledPacks {
  /** Changes whenever a pack is imported, replaced or removed. */
  revision(): string;
  /** Every pack with its files, oldest first. */
  all(): InstalledPack[];
}

/** The leader's own lessons, each an item of the pack "Your lessons" (the lessons domain keeps them). */
export interface OwnLessons {
  /** Changes whenever one is added, edited or removed. */
  revision(): string;
  items(): ParsedItem[];
}

/**
 * The bundled items, then each pack's, then the leader's own lessons. A pack was checked when it was imported; what it is found
 * to clash with now (a later bundled library using one of its ids) is reported, and the earlier
 * item or lesson wins.
 */
function withPacks(bundled: PackReading, packs: readonly InstalledPack[], own: readonly ParsedItem[]): LoadedLibrary {
  const items = [...bundled.items];
  const problems = [...bundled.problems];
  for (const pack of packs) {
    const reading = readPackFiles(pack.files, { id: pack.id, title: pack.title });
    for (const problem of [...reading.problems, ...idClashes(reading.items, items)]) {
      problems.push({ ...problem, message: `${problem.message} (in the installed pack "${pack.title}")` });
    }
    items.push(...reading.items);
  }
  for (const problem of idClashes(own, items)) problems.push({ ...problem, message: `${problem.message} (one of your own lessons)` });
  items.push(...own);
  return { library: new Library(items), problems };
}

export function librarySource(contentDir: string, packs?: InstalledPacks, own?: OwnLessons): LibrarySource {
  let bundled: Promise<PackReading> | undefined;
  let current: { revision: string; loading: Promise<LoadedLibrary> } | undefined;
  return () => {
    const revision = `${packs?.revision() ?? ''}|${own?.revision() ?? ''}`;
    if (current?.revision !== revision) {
      const installed = packs?.all() ?? [];
      const ownItems = own?.items() ?? [];
      bundled ??= readPack(contentDir);
      current = { revision, loading: bundled.then((reading) => withPacks(reading, installed, ownItems)) };
    }
    return current.loading;
  };
}

/**
 * Refuses lesson ids that are not in the library, naming them. Lessons a record already links stay
 * linkable even if a content update removed them, so they are not checked again.
 */
export async function checkLessons(source: LibrarySource, lessonIds: readonly string[], alreadyLinked: readonly string[] = []): Promise<void> {
  const fresh = lessonIds.filter((id) => !alreadyLinked.includes(id));
  if (fresh.length === 0) return;
  const { library } = await source();
  const unknown = fresh.filter((id) => !library.findLesson(id));
  if (unknown.length > 0) {
    throw new FulcrumError('invalid-input', `No lesson is called ${unknown.map((id) => `"${id}"`).join(', ')}. Pick lessons from the library; nothing was saved.`);
  }
}

/**
 * The source, remembering the library it last gave: for readers that cannot wait for it, like the
 * labels of links in an entry (callers that show entries ask the source first, so it is current).
 */
export function rememberLatest(source: LibrarySource): { source: LibrarySource; latest: () => Library | undefined } {
  let latest: Library | undefined;
  return {
    source: () =>
      source().then((loaded) => {
        latest = loaded.library;
        return loaded;
      }),
    latest: () => latest,
  };
}
