// The packs namespace: a pack is read with the same parser and cross-checks as `content check`,
// must not reuse an id the library already has (bundled or another pack), and is stored whole or
// not at all. The library and search follow the `pack` change the store announces.
import { personalPack, type ContentProblem, type LibraryPack, type OperationsOf, type TextFile } from '../../shared/contract';
import type { Handlers } from '../../shared/dispatch';
import { FulcrumError } from '../../shared/errors';
import type { Library } from '../library/library';
import type { LibrarySource } from '../library/librarySource';
import { idClashes, readPackFiles } from '../library/loadLibrary';
import { packInputOf } from './packInput';
import { alreadyInstalled, type PackStore, type StoredPack } from './packStore';

export interface PackDeps {
  packs: PackStore;
  library: LibrarySource;
}

/** A stored pack with what the library shows of it. */
function described(pack: StoredPack, library: Library): LibraryPack {
  const items = [...library.items()].filter((item) => item.summary.pack?.id === pack.id);
  return { ...pack, itemCount: items.length, lessonCount: items.reduce((n, item) => n + item.summary.lessons.length, 0) };
}

/** Every problem as `file:line: message`, in the message (for people) and in the issues (for doors). */
function refusal(title: string, problems: readonly ContentProblem[], files: readonly TextFile[]): FulcrumError {
  const lines = problems.map((p) => `${p.file}:${p.line}: ${p.message}`);
  const issues = problems.map((p, i) => {
    const index = files.findIndex((file) => file.path === p.file);
    return { path: index >= 0 ? ['files', index, 'content'] : ['files'], rule: lines[i] as string };
  });
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  return new FulcrumError('invalid-input', `The pack "${title}" was not imported: ${count} to fix first (each as file:line: message). Nothing was saved.\n${lines.join('\n')}`, issues);
}

export function packHandlers(d: PackDeps): Handlers<OperationsOf<'packs'>> {
  return {
    'packs.list': async () => {
      const { library } = await d.library();
      return d.packs.list().map((pack) => described(pack, library));
    },
    'packs.import': async ({ title: givenTitle, files: givenFiles, replace }) => {
      const { id, title, files } = packInputOf({ title: givenTitle, files: givenFiles });
      if (id === personalPack.id) {
        throw new FulcrumError('invalid-input', `"${title}" is what Fulcrum calls the lessons you write yourself, so a pack cannot take that name. Give the pack another title; nothing was imported.`);
      }
      // The library as the packs now stored make it: another import may land while it is read.
      let library: Library;
      let revision: string;
      do {
        revision = d.packs.revision();
        ({ library } = await d.library());
      } while (d.packs.revision() !== revision);
      const installed = d.packs.find(id);
      if (installed && !replace) throw alreadyInstalled(installed);
      const reading = readPackFiles(files, { id, title });
      if (reading.items.length === 0 && reading.problems.length === 0) {
        throw new FulcrumError('invalid-input', `The pack "${title}" holds no items: a pack is Markdown files with frontmatter, one per item, as docs/CONTENT.md describes. Nothing was imported.`);
      }
      const others = [...library.items()].filter((item) => item.summary.pack?.id !== id);
      const problems = [...reading.problems, ...idClashes(reading.items, others)];
      if (problems.length > 0) throw refusal(title, problems, files);
      const saved = d.packs.save({ id, title, files }, replace);
      return { pack: described(saved.pack, (await d.library()).library), replaced: saved.replaced };
    },
    'packs.remove': async ({ id }) => {
      if (id === personalPack.id) throw new FulcrumError('invalid-input', 'Your own lessons are not a pack: delete them one by one from their pages.');
      const { library } = await d.library();
      const removed = d.packs.remove(id);
      return { removed: described(removed, library) };
    },
  };
}
