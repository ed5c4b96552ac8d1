// The downloads namespace: episodes kept on disk for offline listening. A download runs in the
// background (start, pause, resume by starting again, cancel); only a complete file counts, and
// the disk it uses is shown per show and in total.
import { z } from 'zod';
import { op, recordId } from './operation';

export const downloadStates = ['none', 'downloading', 'paused', 'done', 'failed'] as const;
export type DownloadState = (typeof downloadStates)[number];

export interface DownloadView {
  episodeId: string;
  showTitle: string;
  title: string;
  state: DownloadState;
  /** Bytes on disk (so far, for a download under way or paused). */
  bytes: number;
  /** The whole size when known. */
  total: number | null;
  /** Why it failed or stopped, in plain words. */
  detail: string | null;
}

export interface DownloadsOverview {
  downloads: DownloadView[];
  /** Bytes of complete downloads, in all. */
  totalBytes: number;
  byShow: Array<{ showTitle: string; bytes: number; count: number }>;
  /** Automatic downloads stop before complete downloads pass this many bytes. */
  capBytes: number;
}

const episode = z.object({ episodeId: recordId });

export const downloadOperations = {
  'downloads.list': op<DownloadsOverview>()(z.object({})),
  'downloads.get': op<DownloadView>()(episode),
  /** Starts (or resumes) downloading an episode; answers at once, the download runs on. */
  'downloads.start': op<DownloadView>()(episode),
  /** Resolves when the episode's download is done, failed or paused. */
  'downloads.wait': op<DownloadView>()(episode),
  /** Stops a download, keeping what arrived so it can resume. */
  'downloads.pause': op<DownloadView>()(episode),
  /** Stops a download and throws away what arrived. */
  'downloads.cancel': op<DownloadView>()(episode),
  /** Deletes a downloaded episode's file (it plays from the web again). */
  'downloads.delete': op<DownloadView>()(episode),
  /** The disk cap of automatic downloads, in bytes (what the leader downloads by hand is not capped). */
  'downloads.setCap': op<DownloadsOverview>()(z.object({ bytes: z.number().int().min(0).max(10 * 1024 ** 4) })),
};
