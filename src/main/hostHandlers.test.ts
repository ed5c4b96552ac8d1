import { chmodSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../test/support/tempDirs';
import { FulcrumError } from '../shared/errors';
import { desktopHostHandlers, saveDialogOptions, type SaveDialogOptions } from './hostHandlers';

describe('host.saveFile', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => ({ dir, cleanup } = await makeTempDir()));
  afterEach(() => cleanup());

  const doc = { fileName: 'make-confirmations-a-habit.md', mimeType: 'text/markdown', content: '# Make the three confirmations a habit\n\nÜber-notes ✓\n' };

  it('writes the document where the user chose, as UTF-8', async () => {
    const target = path.join(dir, 'chosen.md');
    let asked: SaveDialogOptions | undefined;
    const handlers = desktopHostHandlers({
      showSaveDialog: async (options) => {
        asked = options;
        return { canceled: false, filePath: target };
      },
      defaultDir: () => dir,
    });
    expect(await handlers['host.saveFile'](doc)).toEqual({ saved: true, path: target });
    expect(readFileSync(target, 'utf8')).toBe(doc.content);
    expect(asked?.defaultPath).toBe(path.join(dir, 'make-confirmations-a-habit.md'));
  });

  it('reports a cancelled dialog as not saved and writes nothing', async () => {
    const handlers = desktopHostHandlers({ showSaveDialog: async () => ({ canceled: true, filePath: '' }), defaultDir: () => dir });
    expect(await handlers['host.saveFile'](doc)).toEqual({ saved: false });
    expect(existsSync(path.join(dir, doc.fileName))).toBe(false);
  });

  it('says plainly when the file cannot be written', async () => {
    const readOnly = path.join(dir, 'locked');
    mkdirSync(readOnly);
    chmodSync(readOnly, 0o500);
    const target = process.getuid?.() === 0 ? path.join(dir, 'missing-folder', 'x.md') : path.join(readOnly, 'x.md');
    const handlers = desktopHostHandlers({ showSaveDialog: async () => ({ canceled: false, filePath: target }), defaultDir: () => dir });
    const failure = handlers['host.saveFile'](doc);
    await expect(failure).rejects.toBeInstanceOf(FulcrumError);
    await expect(failure).rejects.toMatchObject({ code: 'unavailable', message: expect.stringContaining('Choose another folder') });
  });
});

describe('saveDialogOptions', () => {
  it('offers the document\'s own kind first, then any file', () => {
    expect(saveDialogOptions({ fileName: 'brief.md', mimeType: 'text/markdown; charset=utf-8' }, '/docs')).toEqual({
      title: 'Save from Fulcrum',
      defaultPath: path.join('/docs', 'brief.md'),
      filters: [
        { name: 'Markdown', extensions: ['md'] },
        { name: 'All files', extensions: ['*'] },
      ],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
    expect(saveDialogOptions({ fileName: 'x.weird', mimeType: 'application/x-weird' }, '/d').filters[0]).toEqual({ name: 'WEIRD file', extensions: ['weird'] });
    expect(saveDialogOptions({ fileName: 'noext', mimeType: '' }, '/d').filters).toEqual([{ name: 'All files', extensions: ['*'] }]);
  });
});
