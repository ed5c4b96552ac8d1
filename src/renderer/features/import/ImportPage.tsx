// Bringing things into Fulcrum: Markdown notes (an Obsidian vault, a Logseq graph, as a folder or a
// zip) become journal entries, and a content pack (a team's playbook, in the library's format)
// becomes part of the library. Files are read with progress and can be stopped; then what was found
// is shown, and the import happens all at once or not at all.
import { useState } from 'react';
import { Link } from 'wouter';
import type { LibraryPack } from '../../../shared/contract';
import { FulcrumError } from '../../../shared/errors';
import { useClient } from '../../transport/connection';
import { formatMoment } from '../../ui/formatDate';
import { Loaded } from '../../ui/LoadState';
import { useToast } from '../../ui/Toasts';
import { errorText, useLoad } from '../../ui/useLoad';
import { usePageTitle } from '../../ui/usePageTitle';
import { FilePicker, type PickedFiles } from './FilePicker';
import './import.css';

const plural = (n: number, one: string, many: string) => `${n.toLocaleString()} ${n === 1 ? one : many}`;

export function ImportPage() {
  usePageTitle('Import');
  return (
    <div className="page import-page">
      <header className="page-header">
        <h1>Import</h1>
        <p className="page-subtitle">Bring your notes and your team’s playbooks in. Everything is checked first, and imported all at once or not at all.</p>
      </header>
      <NotesImport />
      <PackImport />
    </div>
  );
}

function NotesImport() {
  const client = useClient();
  const toast = useToast();
  const [picked, setPicked] = useState<PickedFiles | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async (found: PickedFiles) => {
    setBusy(true);
    try {
      const result = await client.import.notes({ files: found.files });
      toast({ message: `Imported ${plural(result.imported, 'note', 'notes')} from ${found.name} as journal entries.`, tone: 'success', duration: 8000 });
      setPicked(null);
    } catch (error) {
      toast({ message: `Nothing was imported. ${errorText(error)}`, tone: 'error', duration: 10_000 });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="import-section" aria-labelledby="import-notes-heading">
      <h2 id="import-notes-heading">Notes into your journal</h2>
      <p>
        A folder or a zip of Markdown notes, as Obsidian or Logseq keep them. Each note becomes a journal entry: its date from the frontmatter or the file name, <code>[[wikilinks]]</code> to
        people and lessons you have become links.
      </p>
      <FilePicker label="notes" disabled={busy} onPicked={setPicked} />
      {picked && (
        <div className="import-found" role="group" aria-label="Notes found">
          <p>
            Found {plural(picked.files.length, 'note', 'notes')} in <strong>{picked.name}</strong>, such as <code>{picked.files[0]?.path}</code>.
          </p>
          <div className="import-buttons">
            <button type="button" className="button button-primary" disabled={busy} aria-busy={busy} onClick={() => void run(picked)}>
              Import {plural(picked.files.length, 'note', 'notes')}
            </button>
            <button type="button" className="button" disabled={busy} onClick={() => setPicked(null)}>
              Cancel
            </button>
          </div>
        </div>
      )}
      <p className="muted">
        They appear in the <Link href="/journal">journal</Link> on their days.
      </p>
    </section>
  );
}

function PackImport() {
  const client = useClient();
  const toast = useToast();
  const packs = useLoad('packs', () => client.packs.list());
  const [picked, setPicked] = useState<PickedFiles | null>(null);
  const [title, setTitle] = useState('');
  const [replace, setReplace] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);

  const choose = (found: PickedFiles | null) => {
    setPicked(found);
    setTitle(found?.name ?? '');
    setProblems([]);
    setReplace(false);
  };

  const run = async (found: PickedFiles) => {
    setBusy(true);
    setProblems([]);
    try {
      const { pack, replaced } = await client.packs.import({ title: title.trim() || found.name, files: found.files, replace });
      toast({ message: `${replaced ? 'Replaced' : 'Added'} the pack “${pack.title}”: ${plural(pack.itemCount, 'item', 'items')}, ${plural(pack.lessonCount, 'lesson', 'lessons')} in your library.`, tone: 'success', duration: 8000 });
      choose(null);
      packs.reload();
    } catch (error) {
      const found = error instanceof FulcrumError ? error.issues.filter((issue) => issue.path[0] === 'files').map((issue) => issue.rule) : [];
      setProblems(found);
      toast({ message: found.length ? `Nothing was imported: ${plural(found.length, 'problem', 'problems')} to fix first, listed on the page.` : `Nothing was imported. ${errorText(error)}`, tone: 'error', duration: 10_000 });
    } finally {
      setBusy(false);
    }
  };

  const remove = async (pack: LibraryPack) => {
    if (!window.confirm(`Remove the pack “${pack.title}” from your library? Journal entries, actions and briefs that link its lessons keep their links.`)) return;
    try {
      await client.packs.remove({ id: pack.id });
      toast({ message: `Removed the pack “${pack.title}”.`, tone: 'success' });
      packs.reload();
    } catch (error) {
      toast({ message: `The pack was not removed. ${errorText(error)}`, tone: 'error', duration: 8000 });
    }
  };

  return (
    <section className="import-section" aria-labelledby="import-pack-heading">
      <h2 id="import-pack-heading">A content pack into your library</h2>
      <p>A folder or a zip of Markdown items in Fulcrum’s library format, from your team’s enablement lead, say. It is checked whole first; its lessons then sit beside the bundled ones.</p>
      <FilePicker label="pack" disabled={busy} onPicked={choose} />
      {picked && (
        <div className="import-found" role="group" aria-label="Pack found">
          <p>
            Found {plural(picked.files.length, 'Markdown file', 'Markdown files')} in <strong>{picked.name}</strong>.
          </p>
          <label className="import-field">
            Pack title <input type="text" value={title} maxLength={200} onChange={(event) => setTitle(event.target.value)} />
          </label>
          <label className="import-check">
            <input type="checkbox" checked={replace} onChange={(event) => setReplace(event.target.checked)} /> Replace an installed pack of the same title
          </label>
          <div className="import-buttons">
            <button type="button" className="button button-primary" disabled={busy} aria-busy={busy} onClick={() => void run(picked)}>
              Check and import
            </button>
            <button type="button" className="button" disabled={busy} onClick={() => choose(null)}>
              Cancel
            </button>
          </div>
        </div>
      )}
      {problems.length > 0 && (
        <div className="import-problems" role="alert">
          <p>Fix these in the pack, then import it again (nothing was imported):</p>
          <ul>
            {problems.map((problem) => (
              <li key={problem}>
                <code>{problem}</code>
              </li>
            ))}
          </ul>
        </div>
      )}
      <h3>Installed packs</h3>
      <Loaded load={packs} loadingLabel="Loading your packs…">
        {(list) =>
          list.length === 0 ? (
            <p className="muted">None yet: the library holds the bundled items only.</p>
          ) : (
            <ul className="import-packs">
              {list.map((pack) => (
                <li key={pack.id}>
                  <span>
                    <strong>{pack.title}</strong> · {plural(pack.itemCount, 'item', 'items')}, {plural(pack.lessonCount, 'lesson', 'lessons')} · added {formatMoment(pack.importedAt)}
                  </span>
                  <button type="button" className="button button-small" aria-label={`Remove the pack “${pack.title}”`} onClick={() => void remove(pack)}>
                    Remove…
                  </button>
                </li>
              ))}
            </ul>
          )
        }
      </Loaded>
    </section>
  );
}
