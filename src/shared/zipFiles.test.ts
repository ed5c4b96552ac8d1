// Zips as an import meets them: an Obsidian export with its app folders, and hostile ones (names
// that climb out, bombs honest and forged, files that are not zips or not UTF-8), refused in words.
import { strToU8, zipSync, type Zippable } from 'fflate';
import { describe, expect, it } from 'vitest';
import { FulcrumError } from './errors';
import { markdownFilesInZip, zipLimits } from './zipFiles';

const zipOf = (files: Record<string, string | Uint8Array>): Uint8Array =>
  zipSync(Object.fromEntries(Object.entries(files).map(([name, data]) => [name, typeof data === 'string' ? strToU8(data) : data])) as Zippable);

function refusal(work: () => unknown): FulcrumError {
  try {
    work();
  } catch (error) {
    expect(error).toBeInstanceOf(FulcrumError);
    expect((error as FulcrumError).code).toBe('invalid-input');
    return error as FulcrumError;
  }
  throw new Error('expected a refusal');
}

/** Rewrites a field of every central directory header (where unzipSync reads sizes and methods). */
function forgeCentralDirectory(zip: Uint8Array, offset: number, value: number, bytes: 2 | 4): Uint8Array {
  const copy = zip.slice();
  const view = new DataView(copy.buffer);
  for (let at = 0; at + 46 <= copy.length; at++) {
    if (view.getUint32(at, true) !== 0x02014b50) continue;
    if (bytes === 4) view.setUint32(at + offset, value, true);
    else view.setUint16(at + offset, value, true);
  }
  return copy;
}

describe('markdownFilesInZip', () => {
  it('reads the Markdown of an exported vault, skipping hidden folders, __MACOSX and other files', () => {
    const zip = zipOf({
      'Vault/': new Uint8Array(0),
      'Vault/.obsidian/workspace.md': 'app data',
      '__MACOSX/Vault/._ideas.md': 'resource fork',
      'Vault/Daily/2025-03-07.md': '# Ride-along ✓',
      'Vault/ideas.markdown': 'Ask first.',
      'Vault/picture.png': new Uint8Array([137, 80, 78, 71]),
      'Vault\\Windows\\note.md': 'written on Windows',
    });
    expect(markdownFilesInZip(zip, 'vault.zip')).toEqual([
      { path: 'Vault/Daily/2025-03-07.md', content: '# Ride-along ✓' },
      { path: 'Vault/ideas.markdown', content: 'Ask first.' },
      { path: 'Vault/Windows/note.md', content: 'written on Windows' },
    ]);
    expect(markdownFilesInZip(zipOf({ 'picture.png': 'x' }), 'empty.zip')).toEqual([]);
  });

  it('refuses a zip whose names climb out of it, naming every one', () => {
    const error = refusal(() => markdownFilesInZip(zipOf({ 'ok.md': 'fine', '../evil.md': 'x', 'a/../../etc.md': 'x', '/abs.md': 'x', 'C:\\win.md': 'x' }), 'hostile.zip'));
    expect(error.message).toBe(
      'hostile.zip holds files whose names point outside the zip: "../evil.md" (a ".." step out of its folder), "a/../../etc.md" (a ".." step out of its folder), "/abs.md" (an absolute path), "C:\\win.md" (an absolute path); Fulcrum does not open such zips. Nothing was imported.',
    );
  });

  it('refuses a zip bomb before inflating it, whether its sizes are honest or forged', () => {
    const zeros = new Uint8Array(5 * 1024 * 1024);
    const honest = zipOf({ 'bomb.md': zeros });
    expect(honest.length).toBeLessThan(50_000);
    expect(refusal(() => markdownFilesInZip(honest, 'bomb.zip', { ...zipLimits, maxTotalBytes: 1024 * 1024 })).message).toBe(
      'bomb.zip would unpack to more than 1 MB of Markdown (bomb.md alone says it holds 5 MB); it may be a zip bomb, or simply too large: split it into smaller zips. Nothing was imported.',
    );
    // A header claiming 4 GB: inflating first would try to allocate it.
    const forged = forgeCentralDirectory(zipOf({ 'note.md': 'small' }), 24, 0xfffffff0, 4);
    expect(refusal(() => markdownFilesInZip(forged, 'forged.zip')).message).toMatch(/^forged\.zip would unpack to more than 100 MB of Markdown \(note\.md alone says it holds 4096 MB\); it may be a zip bomb/);
    const many = zipOf(Object.fromEntries(Array.from({ length: 4 }, (_, i) => [`n${i}.md`, 'x'])));
    expect(refusal(() => markdownFilesInZip(many, 'many.zip', { ...zipLimits, maxFiles: 3 })).message).toMatch(/^many\.zip holds more than 3 Markdown files/);
    expect(refusal(() => markdownFilesInZip(many, 'big.zip', { ...zipLimits, maxZipBytes: 100 })).message).toMatch(/^big\.zip is larger than 1 MB, more than Fulcrum imports at once/);
  });

  it('says in plain words when a file is not a zip, is damaged, or holds text that is not UTF-8', () => {
    const notZip = /^notes\.zip is not a zip file, or it is damaged \(.+\)\. Nothing was imported\.$/;
    expect(refusal(() => markdownFilesInZip(strToU8('# Just a note, renamed to .zip'), 'notes.zip')).message).toMatch(notZip);
    expect(refusal(() => markdownFilesInZip(new Uint8Array(0), 'notes.zip')).message).toMatch(notZip);
    const zip = zipOf({ 'a.md': 'first', 'b.md': 'second' });
    expect(refusal(() => markdownFilesInZip(zip.subarray(0, zip.length - 30), 'notes.zip')).message).toMatch(notZip);
    expect(refusal(() => markdownFilesInZip(forgeCentralDirectory(zip, 10, 14, 2), 'lzma.zip')).message).toMatch(/^lzma\.zip stores a\.md with a compression method Fulcrum cannot read/);
    const latin1 = zipOf({ 'ok.md': 'fine', 'caf\u00e9.md': new Uint8Array([0x63, 0x61, 0x66, 0xe9]) });
    expect(refusal(() => markdownFilesInZip(latin1, 'old.zip')).message).toBe('old.zip holds Markdown that is not UTF-8 text: café.md; save it as UTF-8 and zip again. Nothing was imported.');
  });
});
