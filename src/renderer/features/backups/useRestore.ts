// Restoring a backup from the app: one from the backups folder, or a file the leader picks. Both
// ask first, say what came back and where the replaced journal was kept, and change nothing when
// the file is refused.
import type { RestoreOutcome } from '../../../shared/contract';
import { base64Of } from '../../../shared/exportBundle';
import { useClient } from '../../transport/connection';
import { formatMoment } from '../../ui/formatDate';
import { useToast } from '../../ui/Toasts';
import { errorText } from '../../ui/useLoad';

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** What a backup holds, in words: "1 person, 3 actions, 2 journal entries, 1 brief". */
export function describeRows(rows: Record<string, number>): string {
  return [count(rows.people ?? 0, 'person', 'people'), count(rows.coaching_actions ?? 0, 'action', 'actions'), count(rows.journal_entries ?? 0, 'journal entry', 'journal entries'), count(rows.briefs ?? 0, 'brief', 'briefs')].join(', ');
}

export interface Restorer {
  /** Resolves with the outcome, or null when the leader said no or the restore was refused (a toast says why). */
  fromBackup(name: string, madeAt: string, options?: { ask: boolean }): Promise<RestoreOutcome | null>;
  fromFile(file: File, options?: { ask: boolean }): Promise<RestoreOutcome | null>;
}

const replaceWarning = 'Your current journal will be replaced by it. It is kept as a backup of its own first, so you can go back.';

export function useRestore(): Restorer {
  const client = useClient();
  const toast = useToast();

  const run = async (work: () => Promise<RestoreOutcome>): Promise<RestoreOutcome | null> => {
    try {
      const outcome = await work();
      const kept = outcome.keptAside ? ` What it replaced was kept as ${outcome.keptAside}.` : '';
      toast({ message: `Restored the backup made ${formatMoment(outcome.madeAt)}: ${describeRows(outcome.rows)}.${kept}`, tone: 'success', duration: 10_000 });
      return outcome;
    } catch (error) {
      toast({ message: `Nothing was restored. ${errorText(error)}`, tone: 'error', duration: 10_000 });
      return null;
    }
  };

  return {
    fromBackup: async (name, madeAt, { ask } = { ask: true }) => {
      if (ask && !window.confirm(`Restore the backup made ${formatMoment(madeAt)}? ${replaceWarning}`)) return null;
      return run(() => client.restore.backup({ name }));
    },
    fromFile: async (file, { ask } = { ask: true }) => {
      if (ask && !window.confirm(`Restore ${file.name}? It is checked first. ${replaceWarning}`)) return null;
      return run(async () => client.restore.upload({ fileName: file.name, content: base64Of(new Uint8Array(await file.arrayBuffer())) }));
    },
  };
}
