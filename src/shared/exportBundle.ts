// A folder export, made the same way by every door: the core plans it (every id checked, every file
// named, the index made), then each document is exported one by one, so the door can show progress
// and stop between two documents. Nothing is written while it runs: the files are kept in memory and
// the door writes the whole folder (or zip) at the end, so a stopped export leaves no partial files.
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { FulcrumClient } from './client';
import type { ExportBundlePlan, ExportedDocument, InputOf } from './contract';
import { FulcrumError } from './errors';

export interface BundleFile {
  /** The file's name inside the folder. */
  name: string;
  bytes: Uint8Array;
}

export interface MadeBundle {
  plan: ExportBundlePlan;
  /** The index first, then every document in the plan's order. */
  files: BundleFile[];
}

export interface BundleProgress {
  done: number;
  total: number;
  /** The document being made now (or the last one, once done). */
  title: string;
}

export interface BundleOptions {
  onProgress?: (progress: BundleProgress) => void;
  /** Stops the export between two documents; the promise then rejects with a 'cancelled' error. */
  signal?: AbortSignal;
}

/** The bytes of an exported document (its base64 decoded, or its text as UTF-8). */
export function bytesOf(document: Pick<ExportedDocument, 'content' | 'encoding'>): Uint8Array {
  if (document.encoding !== 'base64') return strToU8(document.content);
  const binary = atob(document.content);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Lets the door's event loop turn (a Ctrl+C, a click on Cancel) before the next document. */
const nextTurn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Base64 of some bytes (a zip travels through the contract as base64, like a PDF). */
export function base64Of(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function stopIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new FulcrumError('cancelled', 'The export was stopped; no file was written.');
}

export async function makeBundle(client: FulcrumClient, input: InputOf<'export.bundle'>, options: BundleOptions = {}): Promise<MadeBundle> {
  const { signal, onProgress } = options;
  stopIfCancelled(signal);
  const plan = await client.export.bundle(input);
  const together = plan.documents.map(({ kind, id, fileName }) => ({ kind, id, fileName }));
  const files: BundleFile[] = [{ name: plan.index.fileName, bytes: bytesOf(plan.index) }];
  const total = plan.documents.length;
  for (const [done, member] of plan.documents.entries()) {
    await nextTurn();
    stopIfCancelled(signal);
    onProgress?.({ done, total, title: member.title });
    const document = await client.export.document({
      kind: member.kind,
      id: member.id,
      format: input.format ?? 'md',
      includeJournal: input.includeJournal ?? false,
      paper: input.paper ?? 'a4',
      together,
    });
    files.push({ name: document.fileName, bytes: bytesOf(document) });
  }
  stopIfCancelled(signal);
  onProgress?.({ done: total, total, title: plan.documents.at(-1)?.title ?? plan.index.fileName });
  return { plan, files };
}

/** The folder as one zip file, ready to save like any exported document. */
export function zipDocumentOf(bundle: MadeBundle, modified = new Date()): ExportedDocument {
  const { plan } = bundle;
  return { fileName: `${plan.folderName}.zip`, mimeType: 'application/zip', content: base64Of(zipOf(bundle, modified)), encoding: 'base64', purpose: plan.purpose, holds: plan.holds, preview: plan.index.preview };
}

/** The folder as one zip file, its files inside a folder of the plan's name. */
export function zipOf(bundle: MadeBundle, modified = new Date()): Uint8Array {
  const folder: Zippable = {};
  for (const file of bundle.files) folder[file.name] = [file.bytes, { level: file.name.endsWith('.pdf') ? 0 : 6 }];
  return zipSync({ [bundle.plan.folderName]: folder }, { mtime: modified });
}
