// Saving an exported document: the desktop app shows its native save dialog; the browser has none,
// so the page downloads the file through a temporary `<a download>`.
import type { FulcrumClient } from '../../shared/client';
import type { Door, ExportedDocument } from '../../shared/contract';
import { bytesOf } from '../../shared/exportBundle';

/** The doors a page is served through (the CLI has no pages). */
export type PageDoor = Exclude<Door, 'cli'>;

export interface SaveOutcome {
  saved: boolean;
  /** How to tell the user where the file went. */
  message: string;
}

export type SaveDocument = (doc: ExportedDocument) => Promise<SaveOutcome>;

export function documentSaver(door: PageDoor, client: FulcrumClient): SaveDocument {
  if (door === 'desktop') {
    return async (doc) => {
      // Only the file crosses to the host, not the preview or the notes that come with it.
      const { fileName, mimeType, content, encoding } = doc;
      const result = await client.host.saveFile({ fileName, mimeType, content, ...(encoding ? { encoding } : {}) });
      if (!result.saved) return { saved: false, message: 'Export cancelled; nothing was saved.' };
      return { saved: true, message: result.path ? `Saved ${result.path}` : `Saved ${doc.fileName}` };
    };
  }
  return async (doc) => {
    downloadInBrowser(doc);
    return { saved: true, message: `Downloaded ${doc.fileName}` };
  };
}

function downloadInBrowser(doc: ExportedDocument): void {
  const blob = new Blob([bytesOf(doc) as Uint8Array<ArrayBuffer>], { type: doc.mimeType || 'application/octet-stream' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = doc.fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the URL goes away.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
