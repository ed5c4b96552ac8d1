// Sends a CRM export to the core in pieces, saying how far it got, so a 50,000-row file shows a
// progress bar and a stop button; the core stores it only when the last piece is read.
import type { ColumnMapping, CrmImport } from '../../../shared/contract';
import type { useClient } from '../../transport/connection';

type Client = ReturnType<typeof useClient>;

/** Characters per piece: about a megabyte of a typical export. */
export const pieceSize = 1 << 20;

export async function uploadExport(client: Client, file: { name: string; text: string }, mapping: ColumnMapping, onProgress: (sent: number, total: number, rows: number) => void, signal?: AbortSignal): Promise<CrmImport> {
  const { importId } = await client.crm.importStart({ fileName: file.name, mapping });
  try {
    for (let at = 0; ; at += pieceSize) {
      if (signal?.aborted) throw new DOMException('The import was stopped; nothing was stored.', 'AbortError');
      const last = at + pieceSize >= file.text.length;
      const progress = await client.crm.importChunk({ importId, text: file.text.slice(at, at + pieceSize), last });
      onProgress(Math.min(file.text.length, at + pieceSize), file.text.length, progress.rows);
      if (last) {
        if (!progress.done) throw new Error('The import did not finish; nothing was stored.');
        return progress.done;
      }
    }
  } catch (error) {
    await client.crm.importCancel({ importId }).catch(() => undefined);
    throw error;
  }
}
