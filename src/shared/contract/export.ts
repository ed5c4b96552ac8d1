// The export namespace: documents made to leave the app.
import { z } from 'zod';
import { op, slugId } from './operation';

export interface ExportedDocument {
  fileName: string;
  mimeType: string;
  content: string;
}

export const exportOperations = {
  'export.lesson': op<ExportedDocument>()(z.object({ id: slugId, format: z.enum(['md']).default('md') })),
};
