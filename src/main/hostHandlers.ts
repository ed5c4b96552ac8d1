// Host operations as the desktop app answers them: a native save dialog, then a plain file write.
// Electron's dialog is passed in, so this file runs (and is tested) on plain Node.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { HostOperationName, ParsedInputOf } from '../shared/contract';
import type { Handlers } from '../shared/dispatch';
import { FulcrumError } from '../shared/errors';
import { safeFileName } from '../shared/fileNames';

export interface SaveDialogOptions {
  title: string;
  defaultPath: string;
  filters: Array<{ name: string; extensions: string[] }>;
  properties: Array<'createDirectory' | 'showOverwriteConfirmation'>;
}

/** What Electron's `dialog.showSaveDialog` resolves with (filePath is '' when cancelled). */
export interface SaveDialogResult {
  canceled: boolean;
  filePath?: string;
}

export interface DesktopHostDeps {
  showSaveDialog: (options: SaveDialogOptions) => Promise<SaveDialogResult>;
  /** The folder the dialog opens in (the user's Documents folder). */
  defaultDir: () => string;
}

const fileKinds: Record<string, string> = {
  'text/markdown': 'Markdown',
  'text/html': 'Web page',
  'text/plain': 'Text',
  'text/csv': 'CSV',
  'text/calendar': 'Calendar',
  'application/json': 'JSON',
  'application/pdf': 'PDF',
  'application/zip': 'Zip archive',
};

export function saveDialogOptions(input: { fileName: string; mimeType: string }, defaultDir: string): SaveDialogOptions {
  const fileName = safeFileName(input.fileName);
  const extension = path.extname(fileName).slice(1).toLowerCase();
  const mime = input.mimeType.split(';')[0]?.trim().toLowerCase() ?? '';
  const kind = fileKinds[mime] ?? (extension ? `${extension.toUpperCase()} file` : 'File');
  return {
    title: 'Save from Fulcrum',
    defaultPath: path.join(defaultDir, fileName),
    filters: [...(extension ? [{ name: kind, extensions: [extension] }] : []), { name: 'All files', extensions: ['*'] }],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
}

export function desktopHostHandlers(deps: DesktopHostDeps): Handlers<HostOperationName> {
  return {
    'host.saveFile': async (input: ParsedInputOf<'host.saveFile'>) => {
      const result = await deps.showSaveDialog(saveDialogOptions(input, deps.defaultDir()));
      if (result.canceled || !result.filePath) return { saved: false };
      try {
        await writeFile(result.filePath, input.encoding === 'base64' ? Buffer.from(input.content, 'base64') : input.content, input.encoding === 'base64' ? undefined : 'utf8');
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new FulcrumError(
          'unavailable',
          `Fulcrum could not write ${result.filePath} (${reason}). Choose another folder and save again; nothing in Fulcrum was changed.`,
        );
      }
      return { saved: true, path: result.filePath };
    },
    'host.setClock': () => {
      throw new FulcrumError('unavailable', 'The desktop app always uses the system clock. Nothing was changed.');
    },
  };
}
