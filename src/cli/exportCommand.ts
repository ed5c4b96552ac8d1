// `fulcrum export`: one document to a file, several (or `--journal` to a folder or .zip) as a folder
// export, or the coaching actions as CSV or ICS. What --out ends with decides: `.zip` makes a zip,
// the format's extension one file, anything else a folder. A folder export shows its progress on
// stderr and stops on Ctrl+C, leaving no partial files: everything is written at the end, under a
// temporary name, then moved into place.
import path from 'node:path';
import type { FulcrumClient } from '../shared/client';
import { paperForLocale, type ExportedDocument, type ExportTarget, type InputOf } from '../shared/contract';
import { FulcrumError } from '../shared/errors';
import { bytesOf, makeBundle, zipOf } from '../shared/exportBundle';
import { resolvePerson } from './coachingCommands';
import { asInput, need, UsageError, writeNewFile, writeNewFolder, type FlagValues, type Output } from './commandKit';
import { findById } from './findById';

type WithClient = <T>(work: (client: FulcrumClient) => Promise<T>) => Promise<T>;

const documentFormats = new Set(['md', 'html', 'pdf']);

export async function exportCommand(ids: string[], values: FlagValues, withClient: WithClient, out: Output, err: Output): Promise<void> {
  const actionFile = values.format === 'csv' || values.format === 'ics';
  if (actionFile && ids[0]) throw new UsageError(`--format ${values.format} exports coaching actions: leave out "${ids[0]}" and filter with --person and --status`);
  if (values.journal && ids[0]) throw new UsageError(`--journal exports the journal between --from and --to: leave out "${ids[0]}"`);
  if (!actionFile && !values.journal && ids.length === 0) {
    throw new UsageError('export needs the id of a lesson, item, journal entry or person, e.g. fulcrum export three-confirmations --format md --out lesson.md');
  }
  const target = path.resolve(need(values.out, 'export needs --out FILE, the file to write'));
  const extension = path.extname(target).slice(1).toLowerCase();
  const asFolder = !actionFile && (extension === 'zip' || !documentFormats.has(extension) || ids.length > 1);
  if (asFolder && documentFormats.has(extension)) {
    throw new UsageError(`several documents make a folder or a zip: give --out a folder or a .zip file, not ${path.basename(target)}`);
  }
  const paper = values.paper ?? paperForLocale(Intl.DateTimeFormat().resolvedOptions().locale);

  if (asFolder) return exportFolder(ids, values, paper, target, extension === 'zip', withClient, out, err);

  const doc: ExportedDocument = await withClient(async (c) => {
    if (values.journal) {
      return c.export.journal(asInput({ from: need(values.from, 'export --journal needs --from DATE and --to DATE'), to: need(values.to, 'export --journal needs --from DATE and --to DATE'), format: values.format, paper }));
    }
    if (actionFile) {
      const person = values.person ? await resolvePerson(c, values.person) : undefined;
      return c.export.actions(asInput({ format: values.format, personId: person?.id, status: values.status, kind: values.kind?.[0] }));
    }
    const ref = await exportable(c, ids[0] as string);
    // Lessons and items are shared without the journal unless --include-journal says otherwise.
    return c.export.document(asInput({ ...ref, format: values.format, includeJournal: values['include-journal'], paper }));
  });
  await writeNewFile(target, Buffer.from(bytesOf(doc)), values.force);
  out.write(`Exported ${ids[0] ? `"${ids[0]}"` : values.journal ? 'the journal' : 'coaching actions'} to ${target}\n${doc.holds}\n`);
}

/** The kind of document an id names; an action alone is not a document. */
async function exportable(client: FulcrumClient, id: string): Promise<{ kind: Exclude<ExportTarget, 'brief'>; id: string }> {
  const found = await findById(client, id);
  if (found.type === 'action') throw new FulcrumError('invalid-input', `"${id}" is an action; export it with --format csv or ics, or export its person's 1:1 prep sheet`);
  return { kind: found.type, id };
}

async function exportFolder(ids: string[], values: FlagValues, paper: string, target: string, zip: boolean, withClient: WithClient, out: Output, err: Output): Promise<void> {
  const stop = new AbortController();
  const onInterrupt = () => stop.abort();
  process.once('SIGINT', onInterrupt);
  try {
    const made = await withClient(async (c) => {
      const input: InputOf<'export.bundle'> = values.journal
        ? asInput({ journal: { from: need(values.from, 'export --journal needs --from DATE and --to DATE'), to: need(values.to, 'export --journal needs --from DATE and --to DATE') }, format: values.format, paper })
        : asInput({ items: await Promise.all(ids.map((id) => exportable(c, id))), format: values.format, includeJournal: values['include-journal'], paper });
      return makeBundle(c, input, {
        signal: stop.signal,
        onProgress: ({ done, total, title }) => {
          if (done < total) err.write(`Exporting ${done + 1} of ${total}: ${title}\n`);
        },
      });
    });
    if (zip) await writeNewFile(target, Buffer.from(zipOf(made)), values.force);
    else await writeNewFolder(target, made.files, values.force);
    const count = made.plan.documents.length;
    out.write(`Exported ${count} document${count === 1 ? '' : 's'} and an index to ${target}\n${made.plan.holds}\n`);
  } finally {
    process.removeListener('SIGINT', onInterrupt);
  }
}
