// The Markdown files a leader picked to import: a folder (read file by file, with progress, able to
// stop), one or more .md files, or a .zip (read by the same code as the CLI, so zip bombs and names
// that climb out of it are refused alike). Hidden folders such as .obsidian are skipped.
import type { TextFile } from '../../../shared/contract';
import { FulcrumError } from '../../../shared/errors';
import { isMarkdownName, isSkippedName } from '../../../shared/importPaths';
import { checkZipSize, markdownFilesInZip, zipLimits } from '../../../shared/zipFiles';

export interface PickedFiles {
  /** The folder's or zip's name ("Work" for a vault called Work). */
  name: string;
  files: TextFile[];
}

export interface ReadProgress {
  done: number;
  total: number;
}

/** The path a picked file has inside what was picked: "Work/Daily/2025-03-10.md" for a folder. */
const pathOf = (file: File) => file.webkitRelativePath || file.name;
/** The same path inside the picked folder ("Daily/2025-03-10.md"), as the CLI reads a folder. */
const insideOf = (file: File) => (file.webkitRelativePath ? file.webkitRelativePath.split('/').slice(1).join('/') : file.name);

export async function readPicked(picked: readonly File[], options: { signal?: AbortSignal; onProgress?: (progress: ReadProgress) => void } = {}): Promise<PickedFiles> {
  const stop = () => {
    if (options.signal?.aborted) throw new FulcrumError('cancelled', 'The import was stopped; nothing was imported.');
  };
  const [first] = picked;
  if (!first) throw new FulcrumError('invalid-input', 'No file was picked; nothing was imported.');
  if (picked.length === 1 && /\.zip$/i.test(first.name)) {
    checkZipSize(first.size, first.name);
    const bytes = new Uint8Array(await first.arrayBuffer());
    stop();
    return { name: first.name.replace(/\.zip$/i, ''), files: markdownFilesInZip(bytes, first.name) };
  }

  const wanted = picked.filter((file) => {
    const parts = pathOf(file).split('/');
    return !parts.some(isSkippedName) && isMarkdownName(parts.at(-1) ?? '');
  });
  const name = pathOf(first).includes('/') ? (pathOf(first).split('/')[0] as string) : first.name.replace(/\.(md|markdown)$/i, '');
  if (wanted.length === 0) throw new FulcrumError('invalid-input', `${name} holds no Markdown notes (.md); nothing was imported.`);
  if (wanted.length > zipLimits.maxFiles) throw new FulcrumError('invalid-input', `${name} holds more than ${zipLimits.maxFiles.toLocaleString('en')} Markdown files, more than Fulcrum imports at once; import its folders one by one.`);
  const total = wanted.reduce((sum, file) => sum + file.size, 0);
  if (total > zipLimits.maxTotalBytes) throw new FulcrumError('invalid-input', `${name} holds more than ${Math.round(zipLimits.maxTotalBytes / 1024 / 1024)} MB of Markdown, more than Fulcrum imports at once; import its folders one by one.`);

  const files: TextFile[] = [];
  for (const [done, file] of wanted.entries()) {
    stop();
    options.onProgress?.({ done, total: wanted.length });
    files.push({ path: insideOf(file), content: await file.text() });
  }
  stop();
  options.onProgress?.({ done: wanted.length, total: wanted.length });
  return { name, files: files.sort((a, b) => a.path.localeCompare(b.path)) };
}
