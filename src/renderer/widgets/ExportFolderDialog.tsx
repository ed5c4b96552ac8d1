// Exporting several documents at once (search results, a journal range with a file per entry) as a
// zip of one folder: choose the format (and, for library text, whether the journal goes in), see
// what the folder holds and its index, then make it, document by document, with a progress bar and
// a Cancel that stops it at once. Nothing is saved until every document is made.
import { useEffect, useId, useRef, useState } from 'react';
import { paperForLocale, type ExportFormat, type InputOf } from '../../shared/contract';
import { makeBundle, zipDocumentOf, type BundleProgress } from '../../shared/exportBundle';
import { useConnection } from '../transport/connection';
import { ContentHtml } from '../ui/ContentHtml';
import { useToast } from '../ui/Toasts';
import { errorText, useLoad } from '../ui/useLoad';
import { documentFormats, FormatChoices, JournalChoice } from './ExportChoices';
import './export-dialog.css';

/** What goes in the folder: documents, or the journal between two days. */
export type FolderContents = Pick<InputOf<'export.bundle'>, 'items' | 'journal'>;

interface Props {
  title: string;
  contents: FolderContents;
  /** Whether the leader may add their journal entries (only for library text, shared without them by default). */
  offersJournal: boolean;
  onClose: () => void;
}

export function ExportFolderDialog({ title, contents, offersJournal, onClose }: Props) {
  const { client, saveDocument, door } = useConnection();
  const toast = useToast();
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [format, setFormat] = useState<ExportFormat>('md');
  const [includeJournal, setIncludeJournal] = useState(false);
  const [progress, setProgress] = useState<BundleProgress | null>(null);
  const running = useRef<AbortController | null>(null);

  useEffect(() => {
    const element = dialog.current;
    element?.showModal();
    return () => {
      running.current?.abort();
      element?.close();
    };
  }, []);

  const journal = offersJournal && includeJournal;
  const input: InputOf<'export.bundle'> = { ...contents, format, includeJournal: journal, paper: paperForLocale(navigator.language) };
  const plan = useLoad(`folder:${JSON.stringify(input)}`, () => client.export.bundle(input), { marksReady: false });

  const make = async () => {
    const stop = new AbortController();
    running.current = stop;
    setProgress({ done: 0, total: plan.status === 'ready' ? plan.value.documents.length : 0, title: '' });
    try {
      const bundle = await makeBundle(client, input, { signal: stop.signal, onProgress: setProgress });
      const outcome = await saveDocument(zipDocumentOf(bundle));
      toast({ message: outcome.saved ? `${outcome.message}. ${bundle.plan.holds}` : outcome.message, tone: outcome.saved ? 'success' : 'info', duration: 8000 });
      if (outcome.saved) onClose();
    } catch (error) {
      const stopped = stop.signal.aborted;
      toast({ message: stopped ? 'Export stopped; nothing was saved.' : `Nothing was exported. ${errorText(error)}`, tone: stopped ? 'info' : 'error', duration: 8000 });
    } finally {
      if (running.current === stop) running.current = null;
      setProgress(null);
    }
  };

  const ready = plan.status === 'ready' ? plan.value : null;
  const busy = progress !== null;
  return (
    <dialog ref={dialog} className="export-dialog" aria-labelledby={titleId} onClose={onClose} onCancel={(event) => busy && event.preventDefault()}>
      <form method="dialog" className="export-form" onSubmit={(event) => event.preventDefault()}>
        <header className="export-header">
          <h2 id={titleId}>{title}</h2>
        </header>
        <FormatChoices legend="Format of each file" formats={documentFormats} value={format} onChange={setFormat} disabled={busy} />
        {offersJournal && <JournalChoice checked={includeJournal} onChange={setIncludeJournal} about="them" disabled={busy} />}
        <p className={`export-holds ${ready?.purpose === 'archive' || journal ? 'private' : ''}`} role="status">
          {plan.status === 'error' ? `The folder could not be prepared. ${plan.error}` : ready ? ready.holds : 'Preparing the folder…'}
        </p>
        <section className="export-preview" aria-label="The folder's index page" aria-busy={plan.status === 'loading'} tabIndex={0}>
          {ready && <ContentHtml html={ready.index.preview} className="prose" />}
        </section>
        {ready && (
          <p className="export-folder-files hint">
            {ready.folderName}.zip: <code>{ready.index.fileName}</code> and {ready.documents.length} file{ready.documents.length === 1 ? '' : 's'} such as <code>{ready.documents[0]?.fileName}</code>
          </p>
        )}
        {progress && (
          <div className="export-progress" role="status" aria-live="polite">
            <progress max={Math.max(1, progress.total)} value={progress.done} aria-label="Export progress" />
            <span>
              {progress.done < progress.total ? `Making ${progress.done + 1} of ${progress.total}: ${progress.title}` : 'Writing the zip…'}
            </span>
          </div>
        )}
        <footer className="export-footer">
          <button type="button" className="button button-primary" disabled={!ready || busy} aria-busy={busy} onClick={() => void make()}>
            {ready ? `${door === 'desktop' ? 'Save' : 'Download'} ${ready.folderName}.zip` : 'Save'}
          </button>
          <button type="button" className="button" onClick={() => (busy ? running.current?.abort() : onClose())}>
            {busy ? 'Stop' : 'Cancel'}
          </button>
        </footer>
      </form>
    </dialog>
  );
}
