// The Markdown files of a zip (an Obsidian or Logseq export, a content pack), for the CLI and the
// renderer alike: pure, no Node or DOM. Each entry's declared size is checked against the limits
// before it is inflated, and fflate inflates into a buffer of exactly that size, so a zip bomb is
// refused in words and never fills memory. Names that climb out of the archive are refused; hidden
// folders, __MACOSX and files other than Markdown are skipped.
import { unzipSync, type UnzipFileInfo } from 'fflate';
import type { TextFile } from './contract';
import { FulcrumError } from './errors';
import { isMarkdownName, isSkippedName } from './importPaths';

export interface ZipLimits {
  /** The zip file itself. */
  maxZipBytes: number;
  /** The Markdown it holds, once inflated. */
  maxTotalBytes: number;
  maxFiles: number;
}

const megabytes = 1024 * 1024;
export const zipLimits: ZipLimits = { maxZipBytes: 100 * megabytes, maxTotalBytes: 100 * megabytes, maxFiles: 10_000 };

const inMegabytes = (bytes: number) => `${Math.ceil(bytes / megabytes)} MB`;

/** Why an entry's name cannot be trusted, or null: absolute paths and `..` would leave the archive. */
function unsafeName(name: string): string | null {
  if (/^[\\/]/.test(name) || /^[a-z]:/i.test(name)) return 'an absolute path';
  if (name.split(/[\\/]/).includes('..')) return 'a ".." step out of its folder';
  if (name.includes('\0')) return 'a NUL character';
  return null;
}

const refusal = (zipName: string, what: string) => new FulcrumError('invalid-input', `${zipName} ${what}. Nothing was imported.`);

/** Refuses a zip too large to read at all; a door that reads files checks this before reading one. */
export function checkZipSize(byteLength: number, zipName: string, limits: ZipLimits = zipLimits): void {
  if (byteLength > limits.maxZipBytes) throw refusal(zipName, `is larger than ${inMegabytes(limits.maxZipBytes)}, more than Fulcrum imports at once; split it into smaller zips`);
}

/** The Markdown files of `zip`, by their paths inside it (`/` between folders), sorted by path. */
export function markdownFilesInZip(zip: Uint8Array, zipName: string, limits: ZipLimits = zipLimits): TextFile[] {
  const refuse = (what: string) => refusal(zipName, what);
  checkZipSize(zip.byteLength, zipName, limits);
  const unsafe: string[] = [];
  const wanted = new Map<string, string>(); // entry name -> path
  let total = 0;
  const accept = (entry: UnzipFileInfo): boolean => {
    const problem = unsafeName(entry.name);
    if (problem) {
      unsafe.push(`"${entry.name}" (${problem})`);
      return false;
    }
    const path = entry.name.replace(/\\/g, '/');
    const parts = path.split('/').filter((part) => part !== '' && part !== '.');
    const fileName = parts.at(-1);
    if (path.endsWith('/') || !fileName || parts.some(isSkippedName) || !isMarkdownName(fileName)) return false;
    if (entry.compression !== 0 && entry.compression !== 8) throw refuse(`stores ${path} with a compression method Fulcrum cannot read (only "stored" and "deflate"); zip it again with your system's zip tool`);
    if (wanted.size >= limits.maxFiles) throw refuse(`holds more than ${limits.maxFiles.toLocaleString('en')} Markdown files, more than Fulcrum imports at once; split it into smaller zips`);
    total += Math.max(entry.size, entry.originalSize);
    if (total > limits.maxTotalBytes) {
      throw refuse(`would unpack to more than ${inMegabytes(limits.maxTotalBytes)} of Markdown (${path} alone says it holds ${inMegabytes(entry.originalSize)}); it may be a zip bomb, or simply too large: split it into smaller zips`);
    }
    wanted.set(entry.name, parts.join('/'));
    return true;
  };

  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(zip, { filter: accept });
  } catch (error) {
    if (error instanceof FulcrumError) throw error;
    throw refuse(`is not a zip file, or it is damaged (${error instanceof Error ? error.message : String(error)})`);
  }
  if (unsafe.length > 0) throw refuse(`holds files whose names point outside the zip: ${unsafe.join(', ')}; Fulcrum does not open such zips`);

  const decoder = new TextDecoder('utf-8', { fatal: true });
  const notText: string[] = [];
  const files: TextFile[] = [];
  for (const [name, bytes] of Object.entries(entries)) {
    const path = wanted.get(name) as string;
    try {
      files.push({ path, content: decoder.decode(bytes) });
    } catch {
      notText.push(path);
    }
  }
  if (notText.length > 0) throw refuse(`holds Markdown that is not UTF-8 text: ${notText.join(', ')}; save ${notText.length === 1 ? 'it' : 'them'} as UTF-8 and zip again`);
  return files.sort((a, b) => a.path.localeCompare(b.path));
}
