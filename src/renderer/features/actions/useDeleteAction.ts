// Deleting an action is immediate and undoable: it goes to the bin, and the toast's Undo brings the
// very same action back (same id, links stay valid).
import type { CoachingAction } from '../../../shared/contract';
import { useClient } from '../../transport/connection';
import { navigate } from '../../navigation/hashLocation';
import { useToast } from '../../ui/Toasts';
import { kindLabels } from '../../words/actionText';

/** Resolves once deleted; rejects with the core's reason when it refuses. */
export function useDeleteAction(): (action: CoachingAction) => Promise<void> {
  const client = useClient();
  const toast = useToast();
  return async (action) => {
    const { deleted } = await client.actions.delete({ id: action.id });
    navigate(`/people/${deleted.personId}`, { force: true });
    toast({
      message: `${kindLabels[deleted.kind]} deleted`,
      action: {
        label: 'Undo',
        onAction: () => {
          client.actions.restore({ id: deleted.id }).then(
            (restored) => {
              toast({ message: `${kindLabels[restored.kind]} restored`, tone: 'success' });
              navigate(`/actions/${restored.id}`);
            },
            (error: unknown) => toast({ message: `It could not be restored. ${error instanceof Error ? error.message : ''}`, tone: 'error', duration: 10000 }),
          );
        },
      },
    });
  };
}
