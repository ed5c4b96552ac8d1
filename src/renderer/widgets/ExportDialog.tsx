// Exporting a lesson, an item, a journal entry or the coaching actions: choose the format and, for
// what is shared, whether the journal goes in; see exactly what the file will hold; then save it (a
// save dialog on the desktop, a download in the browser). A lesson or an item is shared without the
// journal unless the leader ticks the box; journal entries and actions are archives and say so.
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { addDays } from '../../shared/calendarDays';
import { paperForLocale, type ActionFileFormat, type ExportedDocument, type ExportTarget } from '../../shared/contract';
import { useConnection } from '../transport/connection';
import { ContentHtml } from '../ui/ContentHtml';
import { useToast } from '../ui/Toasts';
import { errorText, useLoad } from '../ui/useLoad';
import { documentFormats, FormatChoices, JournalChoice, type FormatChoice } from './ExportChoices';
import { ExportFolderDialog } from './ExportFolderDialog';
import './export-dialog.css';

const actionFormats: Array<FormatChoice<ActionFileFormat>> = [
  { value: 'csv', label: 'Spreadsheet (CSV)', hint: 'Every action, for Excel, Numbers or LibreOffice.' },
  { value: 'ics', label: 'Calendar (.ics)', hint: 'Open follow-ups with a date, for your own calendar.' },
];

export interface ExportTargetRef {
  kind: ExportTarget;
  id: string;
  title: string;
}

export function ExportButton({ target, label = 'Export…' }: { target: ExportTargetRef; label?: string }) {
  const { client } = useConnection();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button" onClick={() => setOpen(true)} aria-haspopup="dialog">
        {label}
      </button>
      {open && (
        <ExportDialog
          title={`Export “${target.title}”`}
          formats={documentFormats}
          offersJournal={target.kind === 'lesson' || target.kind === 'item'}
          load={(format, includeJournal) => client.export.document({ kind: target.kind, id: target.id, format, includeJournal, paper: paperForLocale(navigator.language) })}
          plainText={async (includeJournal) => (await client.export.document({ kind: target.kind, id: target.id, format: 'md', includeJournal })).content}
          onClose={() => setOpen(false)}
        />
      )}
    </>
  );
}

/** The journal between two days (the last 30 by default), as an archive: one file, or a zip with a file per entry. */
export function ExportJournalButton({ today }: { today: string }) {
  const { client } = useConnection();
  const [open, setOpen] = useState<'file' | 'folder' | null>(null);
  const [range, setRange] = useState({ from: addDays(today, -30), to: today });
  return (
    <>
      <button type="button" className="button" onClick={() => setOpen('file')} aria-haspopup="dialog">
        Export…
      </button>
      {open === 'folder' && <ExportFolderDialog title={`Export the journal, ${range.from} to ${range.to}, a file per entry`} contents={{ journal: range }} offersJournal={false} onClose={() => setOpen(null)} />}
      {open === 'file' && (
        <ExportDialog
          title="Export the journal"
          formats={documentFormats}
          offersJournal={false}
          optionsKey={`${range.from}:${range.to}`}
          load={(format) => client.export.journal({ ...range, format, paper: paperForLocale(navigator.language) })}
          plainText={async () => (await client.export.journal({ ...range, format: 'md' })).content}
          onClose={() => setOpen((current) => (current === 'file' ? null : current))}
        >
          <fieldset className="export-range">
            <legend>Days</legend>
            <label>
              From <input type="date" value={range.from} max={range.to} required onChange={(event) => event.target.value && setRange((r) => ({ ...r, from: event.target.value }))} />
            </label>
            <label>
              To <input type="date" value={range.to} min={range.from} required onChange={(event) => event.target.value && setRange((r) => ({ ...r, to: event.target.value }))} />
            </label>
          </fieldset>
          <button type="button" className="button button-small export-alternative" onClick={() => setOpen('folder')}>
            A file per entry instead (zip)…
          </button>
        </ExportDialog>
      )}
    </>
  );
}

/** The coaching actions (of one person, or everyone's) as a spreadsheet or a calendar. */
export function ExportActionsButton({ person }: { person?: { id: string; name: string } }) {
  const { client } = useConnection();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button" onClick={() => setOpen(true)} aria-haspopup="dialog">
        Export actions…
      </button>
      {open && (
        <ExportDialog
          title={person ? `Export the actions with ${person.name}` : 'Export coaching actions'}
          formats={actionFormats}
          offersJournal={false}
          load={(format) => client.export.actions({ format, ...(person ? { personId: person.id } : {}) })}
          onClose={() => setOpen(false)}
        />
      )}
    </>
  );
}

interface DialogProps<F extends string> {
  title: string;
  formats: Array<FormatChoice<F>>;
  /** Whether the leader may add their journal (only what is shared without it by default). */
  offersJournal: boolean;
  load: (format: F, includeJournal: boolean) => Promise<ExportedDocument>;
  /** The same content as plain text (Markdown), for copying to email and chat beside the rich text. */
  plainText?: (includeJournal: boolean) => Promise<string>;
  /** Changes when choices made in `children` change, so the preview follows them. */
  optionsKey?: string;
  /** More choices, shown above the formats. */
  children?: ReactNode;
  onClose: () => void;
}

function ExportDialog<F extends string>({ title, formats, offersJournal, load, plainText, optionsKey = '', children, onClose }: DialogProps<F>) {
  const { saveDocument, door } = useConnection();
  const toast = useToast();
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [format, setFormat] = useState<F>((formats[0] as FormatChoice<F>).value);
  const [includeJournal, setIncludeJournal] = useState(false);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    const element = dialog.current;
    element?.showModal();
    return () => element?.close();
  }, []);

  const journal = offersJournal && includeJournal;
  const preview = useLoad(`${title}:${optionsKey}:${format}:${journal}`, () => load(format, journal), { marksReady: false });

  const save = async (doc: ExportedDocument) => {
    setSaving(true);
    try {
      const outcome = await saveDocument(doc);
      toast({ message: outcome.saved ? `${outcome.message}. ${doc.holds}` : outcome.message, tone: outcome.saved ? 'success' : 'info', duration: 8000 });
      if (outcome.saved) onClose();
    } catch (error) {
      toast({ message: `Nothing was exported. ${errorText(error)}`, tone: 'error', duration: 8000 });
    } finally {
      setSaving(false);
    }
  };

  /** Rich text (the preview's HTML) and plain text together: mail apps take the first, chat the second. */
  const copy = async (doc: ExportedDocument, text: (includeJournal: boolean) => Promise<string>) => {
    try {
      const plain = await text(journal);
      await navigator.clipboard.write([
        new ClipboardItem({ 'text/html': new Blob([doc.preview], { type: 'text/html' }), 'text/plain': new Blob([plain], { type: 'text/plain' }) }),
      ]);
      toast({ message: `Copied as rich text and plain text. ${doc.holds}`, tone: 'success', duration: 8000 });
    } catch (error) {
      toast({ message: `Nothing was copied: ${errorText(error)} Use Download instead.`, tone: 'error', duration: 8000 });
    }
  };

  const doc = preview.status === 'ready' ? preview.value : null;
  return (
    <dialog ref={dialog} className="export-dialog" aria-labelledby={titleId} onClose={onClose}>
      <form method="dialog" className="export-form" onSubmit={(event) => event.preventDefault()}>
        <header className="export-header">
          <h2 id={titleId}>{title}</h2>
        </header>
        {children}
        <FormatChoices legend="Format" formats={formats} value={format} onChange={setFormat} />
        {offersJournal && <JournalChoice checked={includeJournal} onChange={setIncludeJournal} about="it" />}
        <p className={`export-holds ${doc?.purpose === 'archive' || includeJournal ? 'private' : ''}`} role="status">
          {preview.status === 'error' ? `The file could not be prepared. ${preview.error}` : doc ? doc.holds : 'Preparing the preview…'}
        </p>
        <section className="export-preview" aria-label="Preview of the file" aria-busy={preview.status === 'loading'} tabIndex={0}>
          {doc && <ContentHtml html={doc.preview} className="prose" />}
        </section>
        {doc && doc.encoding !== 'base64' && (
          <details className="export-source">
            <summary>The file as text ({doc.fileName})</summary>
            <pre tabIndex={0}>{doc.content}</pre>
          </details>
        )}
        <footer className="export-footer">
          <button type="button" className="button button-primary" disabled={!doc || saving} aria-busy={saving} onClick={() => doc && void save(doc)}>
            {doc ? `${door === 'desktop' ? 'Save' : 'Download'} ${doc.fileName}` : 'Save'}
          </button>
          {plainText && (
            <button type="button" className="button" disabled={!doc} onClick={() => doc && void copy(doc, plainText)}>
              Copy
            </button>
          )}
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
        </footer>
      </form>
    </dialog>
  );
}
