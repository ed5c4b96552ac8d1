// The packs namespace: library packs a leader installs (a team's playbook from its enablement lead,
// say), written in the bundled library's format (docs/CONTENT.md). A pack is checked whole before
// anything is stored, joins the library beside the bundled items, and replaces an installed pack
// only when asked to.
import { z } from 'zod';
import { op, slugId, textFile } from './operation';

export interface LibraryPack {
  /** From the title: "Acme playbook" is `acme-playbook`. */
  id: string;
  title: string;
  importedAt: string;
  /** The Markdown files stored with it (READMEs included). */
  fileCount: number;
  /** What the library shows of it. */
  itemCount: number;
  lessonCount: number;
}

export interface PackImportResult {
  pack: LibraryPack;
  /** True when it took the place of an installed pack of the same id. */
  replaced: boolean;
}

export const packOperations = {
  'packs.list': op<LibraryPack[]>()(z.object({})),
  /**
   * Installs the files as a pack, all or none: every problem is reported as `file:line: message`
   * (in the error's issues) and nothing is stored. Without a title, the one folder holding every
   * file names the pack. A pack of the same id is replaced only with `replace: true`.
   */
  'packs.import': op<PackImportResult>()(
    z.object({
      title: z.string().trim().min(1, 'is required').max(200, 'must be at most 200 characters').optional(),
      files: z.array(textFile).min(1, 'must hold at least one Markdown file').max(2000, 'can hold at most 2,000 files at a time'),
      replace: z.boolean().default(false),
    }),
  ),
  /** Uninstalls a pack. Entries, actions and briefs that link its lessons keep their links. */
  'packs.remove': op<{ removed: LibraryPack }>()(z.object({ id: slugId })),
};
