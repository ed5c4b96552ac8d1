// Deleting an entry is immediate and undoable: the entry goes to the bin, and the toast's Undo
// brings back the very same entry (same id, so links and open tabs stay valid).
import { useConnection } from '../../transport/connection';
import { navigate } from '../../navigation/hashLocation';
import { useToast } from '../../ui/Toasts';
import { errorText } from '../../ui/useLoad';

export function useDeleteEntry(): (id: string) => Promise<void> {
  const { client } = useConnection();
  const toast = useToast();

  return async (id) => {
    let deleted;
    try {
      ({ deleted } = await client.journal.delete({ id }));
    } catch (error) {
      toast({ message: `The entry was not deleted. ${errorText(error)}`, tone: 'error', duration: 8000 });
      return;
    }
    navigate('/journal', { force: true });
    toast({
      message: 'Entry deleted',
      action: {
        label: 'Undo',
        onAction: () => {
          client.journal.restore({ id: deleted.id }).then(
            (restored) => {
              toast({ message: 'Entry restored', tone: 'success' });
              navigate(`/journal/${restored.id}`);
            },
            (error: unknown) => toast({ message: `The entry could not be restored. ${errorText(error)}`, tone: 'error', duration: 10000 }),
          );
        },
      },
    });
  };
}
