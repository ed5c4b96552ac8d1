// The import namespace: what comes into Fulcrum from other apps. Markdown notes (a folder from
// Obsidian or Logseq, say) become journal entries, all of them or none.
import { z } from 'zod';
import type { JournalEntry } from './journal';
import { op, textFile } from './operation';

export interface ImportResult {
  imported: number;
  entries: Array<Pick<JournalEntry, 'id' | 'date' | 'title'> & { path: string }>;
}

export const importOperations = {
  'import.notes': op<ImportResult>()(
    z.object({
      files: z
        .array(textFile)
        .min(1, 'must hold at least one note')
        .max(5000, 'can hold at most 5,000 notes at a time'),
    }),
  ),
};
