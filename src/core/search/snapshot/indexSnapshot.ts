// The search index saved in the data folder, so a start (or a CLI search) loads it in a second or
// two instead of reading and indexing every record again.
//
// search-index/
//   current                 the name of the generation to load (replaced atomically by rename)
//   g-<time>-<random>/      one saved index:
//     manifest.json         format version, engine, what it covers (the fingerprint), each file's size and CRC-32
//     documents.json        the documents' metadata and the term dictionary
//     body.bin, fields.bin  flexsearch postings (see flexsearchCodec)
//
// A save writes a new generation beside the current one and then points `current` at it, so a
// crash or a second process saving at the same time never leaves a half-written index behind. A
// generation that is damaged (a size or checksum that does not match), from another format version
// or another engine is refused with the reason, and the caller builds afresh.
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import { randomBytes } from 'node:crypto';
import type { Index } from 'flexsearch';
import { SearchIndex, type SearchIndexParts } from '../searchIndex';
import type { TextSource } from '../searchDocument';
import { ByteReader, ByteWriter } from './bytes';
import { readIndex, writeIndex } from './flexsearchCodec';
import { pacer, type Pacer } from './pacer';

/** Raised whenever what is saved, or how words become terms, changes shape. */
export const snapshotVersion = 3;
export const snapshotEngine = 'flexsearch@0.8.212';
export const snapshotFolder = 'search-index';

/** What a saved index covers: checked at load, so an index is never used for something else. */
export interface Fingerprint {
  /** The database the records come from (its identity survives restarts; a restored backup keeps it). */
  journalId: string;
  /** The last change log row the index has taken in, and who wrote it (so a log that was replaced is noticed). */
  seq: number;
  writer: string;
  /** A hash of the library's documents (bundled content, packs, own lessons) as indexed. */
  library: string;
}

interface FileEntry {
  bytes: number;
  crc: number;
}

interface Manifest {
  version: number;
  engine: string;
  savedAt: string;
  documents: number;
  fingerprint: Fingerprint;
  files: Record<string, FileEntry>;
}

export interface SavedIndex {
  generation: string;
  bytes: number;
  ms: number;
}

export type LoadedIndex = { index: SearchIndex; fingerprint: Fingerprint; ms: number; bytes: number } | { problem: string };

const fieldIndexNames = ['title.words', 'title.stems', 'title.prefixes', 'keywords.words', 'keywords.stems', 'keywords.prefixes'] as const;

/** How long a save works before letting the event loop take its turn (queries are answered meanwhile). */
const defaultSliceMs = 8;
/** Documents turned into JSON between two looks at the clock. */
const documentsPerSlice = 2000;

/** Writes one file through a ByteWriter in chunks, with its size and CRC-32. */
async function writeBinary(file: string, fill: (writer: ByteWriter) => Promise<void>): Promise<FileEntry> {
  const fd = openSync(file, 'w');
  let crc = 0;
  try {
    const writer = new ByteWriter((chunk) => {
      crc = crc32(chunk, crc);
      writeSync(fd, chunk);
    });
    await fill(writer);
    writer.flush();
    return { bytes: writer.length, crc };
  } finally {
    closeSync(fd);
  }
}

/** Writes `parts` as JSON a slice of documents at a time (what JSON.stringify(parts) would write). */
async function writeDocuments(file: string, parts: SearchIndexParts, pace: Pacer): Promise<FileEntry> {
  const fd = openSync(file, 'w');
  let crc = 0;
  let bytes = 0;
  const put = (text: string) => {
    const buffer = Buffer.from(text, 'utf8');
    crc = crc32(buffer, crc);
    bytes += buffer.length;
    writeSync(fd, buffer);
  };
  try {
    put('{"docs":[');
    for (let from = 0; from < parts.docs.length; from += documentsPerSlice) {
      const slice = parts.docs.slice(from, from + documentsPerSlice).map((doc) => JSON.stringify(doc));
      put((from > 0 ? ',' : '') + slice.join(','));
      const pause = pace();
      if (pause) await pause;
    }
    put(`],"dictionary":${JSON.stringify(parts.dictionary)},"retired":${parts.retired}}`);
    return { bytes, crc };
  } finally {
    closeSync(fd);
  }
}

/**
 * Saves the index as a new generation, letting the event loop take a turn every `sliceMs` (8 ms by
 * default), so the thread that saves keeps answering queries. The index must not change until the
 * returned promise settles: LiveSearch holds the changes it hears meanwhile and applies them after.
 */
export async function saveSnapshot(dataDir: string, index: SearchIndex, fingerprint: Fingerprint, options: { now?: Date; sliceMs?: number } = {}): Promise<SavedIndex> {
  const started = performance.now();
  const now = options.now ?? new Date();
  const pace = pacer(options.sliceMs ?? defaultSliceMs);
  const root = path.join(dataDir, snapshotFolder);
  mkdirSync(root, { recursive: true });
  const generation = `g-${now.getTime()}-${randomBytes(4).toString('hex')}`;
  const dir = path.join(root, generation);
  mkdirSync(dir);
  try {
    const flex = index.flexIndexes();
    const files: Record<string, FileEntry> = {
      'documents.json': await writeDocuments(path.join(dir, 'documents.json'), index.parts(), pace),
      'body.bin': await writeBinary(path.join(dir, 'body.bin'), (writer) => writeIndex(writer, flex.body as Index, pace)),
      'fields.bin': await writeBinary(path.join(dir, 'fields.bin'), async (writer) => {
        for (const name of fieldIndexNames) await writeIndex(writer, flex[name] as Index, pace);
      }),
    };
    const manifest: Manifest = { version: snapshotVersion, engine: snapshotEngine, savedAt: now.toISOString(), documents: index.size, fingerprint, files };
    writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
    // Point `current` at the new generation in one step, then clear out the older ones.
    const pointer = path.join(root, `current.${generation}.tmp`);
    writeFileSync(pointer, generation);
    renameSync(pointer, path.join(root, 'current'));
    removeOtherGenerations(root, generation);
    const bytes = Object.values(files).reduce((sum, file) => sum + file.bytes, 0);
    return { generation, bytes, ms: performance.now() - started };
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

function removeOtherGenerations(root: string, keep: string): void {
  for (const name of readdirSync(root)) {
    if (name === keep || name === 'current') continue;
    // A pointer or generation another process is writing right now is younger than a minute: leave it.
    const age = Date.now() - Number(/^(?:current\.)?g-(\d+)-/.exec(name)?.[1] ?? 0);
    if (age < 60_000) continue;
    rmSync(path.join(root, name), { recursive: true, force: true });
  }
}

/** Reads a file and checks it against the manifest; a mismatch is a damaged index. */
function readChecked(dir: string, name: string, manifest: Manifest): Buffer {
  const entry = manifest.files[name];
  if (!entry) throw new Error(`its manifest does not list ${name}`);
  const bytes = readFileSync(path.join(dir, name));
  if (bytes.length !== entry.bytes || crc32(bytes) !== entry.crc) throw new Error(`${name} is damaged (its size or checksum does not match)`);
  return bytes;
}

/** Loads the saved index, or says in words why it cannot be used (then it is built afresh). */
export function loadSnapshot(dataDir: string, textOf: TextSource): LoadedIndex {
  const started = performance.now();
  const root = path.join(dataDir, snapshotFolder);
  const pointer = path.join(root, 'current');
  if (!existsSync(pointer)) return { problem: 'no saved index yet' };
  try {
    const generation = readFileSync(pointer, 'utf8').trim();
    const dir = path.join(root, generation);
    const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as Manifest;
    if (manifest.version !== snapshotVersion) return { problem: `the saved index has format ${manifest.version}, this version reads ${snapshotVersion}` };
    if (manifest.engine !== snapshotEngine) return { problem: `the saved index was made by ${manifest.engine}, this version uses ${snapshotEngine}` };
    const index = new SearchIndex(textOf);
    const flex = index.flexIndexes();
    const body = new ByteReader(readChecked(dir, 'body.bin', manifest));
    // Postings stay in the file's bytes and are read from there (see savedPostings).
    readIndex(body, flex.body as Index);
    const fields = new ByteReader(readChecked(dir, 'fields.bin', manifest));
    for (const name of fieldIndexNames) readIndex(fields, flex[name] as Index);
    if (!body.done || !fields.done) throw new Error('its postings are longer than their indexes');
    const documents = readChecked(dir, 'documents.json', manifest);
    index.restore(JSON.parse(documents.toString('utf8')) as SearchIndexParts);
    const bytes = Object.values(manifest.files).reduce((sum, file) => sum + file.bytes, 0);
    return { index, fingerprint: manifest.fingerprint, ms: performance.now() - started, bytes };
  } catch (error) {
    return { problem: `the saved index cannot be read: ${error instanceof Error ? error.message : String(error)}` };
  }
}
