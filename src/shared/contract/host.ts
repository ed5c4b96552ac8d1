// The host namespace: operations each door answers itself rather than the core.
import { z } from 'zod';
import { op } from './operation';

export const hostOperations = {
  /** A native save dialog in the desktop app; browser mode downloads instead. */
  'host.saveFile': op<{ saved: boolean; path?: string }>()(
    z.object({
      fileName: z.string().min(1).max(255),
      mimeType: z.string().max(100),
      content: z.string(),
      /** 'base64' when the content is binary (a PDF). */
      encoding: z.enum(['base64']).optional(),
    }),
  ),
  /** Browser mode started for tests only (FULCRUM_TEST_CLOCK=1): moves the app's clock. Refused otherwise. */
  'host.setClock': op<{ now: string; today: string }>()(z.object({ now: z.iso.datetime({ offset: true, message: 'must be a date and time such as 2025-03-20T09:00:00Z' }) })),
};
