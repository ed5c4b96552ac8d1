// Exports a lesson with the leader's entries as Markdown: a save dialog on the desktop, a download
// in the browser. Either way a toast says where it went.
import { useState } from 'react';
import { useConnection } from '../../transport/connection';
import { useToast } from '../../ui/Toasts';
import { errorText } from '../../ui/useLoad';

export function ExportLessonButton({ lessonId }: { lessonId: string }) {
  const { client, saveDocument } = useConnection();
  const toast = useToast();
  const [busy, setBusy] = useState(false);

  const exportLesson = async () => {
    setBusy(true);
    try {
      const doc = await client.export.lesson({ id: lessonId, format: 'md' });
      const outcome = await saveDocument(doc);
      toast({ message: outcome.message, tone: outcome.saved ? 'success' : 'info' });
    } catch (error) {
      toast({ message: `The lesson was not exported. ${errorText(error)}`, tone: 'error', duration: 8000 });
    } finally {
      setBusy(false);
    }
  };

  return (
    <button type="button" className="button" onClick={() => void exportLesson()} disabled={busy} aria-busy={busy}>
      Export as Markdown
    </button>
  );
}
