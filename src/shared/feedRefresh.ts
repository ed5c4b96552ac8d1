// Refreshing several feeds, as every door does it: a few at a time (each one call of
// `feeds.refresh`, which never fails for a bad feed), each reported as it finishes, stoppable
// between two feeds. The reports come back in the order of the feeds asked for.
import type { FulcrumClient } from './client';
import type { RefreshReport } from './contract';

/** Feeds fetched at the same time: polite to servers, quick enough for a few dozen shows. */
export const refreshConcurrency = 3;

export interface RefreshProgress {
  done: number;
  total: number;
  /** The report of the feed that just finished. */
  report: RefreshReport;
}

export async function refreshFeeds(
  client: FulcrumClient,
  feedIds: readonly string[],
  options: { onProgress?: (progress: RefreshProgress) => void; signal?: AbortSignal; concurrency?: number } = {},
): Promise<RefreshReport[]> {
  const reports: RefreshReport[] = new Array(feedIds.length);
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < feedIds.length && !options.signal?.aborted) {
      const index = next++;
      const report = await client.feeds.refresh({ id: feedIds[index] as string });
      reports[index] = report;
      done += 1;
      options.onProgress?.({ done, total: feedIds.length, report });
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency ?? refreshConcurrency, Math.max(1, feedIds.length)) }, worker));
  return reports.filter(Boolean);
}
