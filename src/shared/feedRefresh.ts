// Refreshing several feeds, as every door does it: a few at a time (each one call of
// `feeds.refresh`, which never fails for a bad feed), each reported as it finishes, stoppable
// between two feeds. The reports come back in the order of the feeds asked for.
import type { FulcrumClient } from './client';
import type { RefreshReport } from './contract';
import { eachAtMost } from './pool';

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
  let done = 0;
  await eachAtMost(
    feedIds,
    options.concurrency ?? refreshConcurrency,
    async (id, index) => {
      const report = await client.feeds.refresh({ id });
      reports[index] = report;
      done += 1;
      options.onProgress?.({ done, total: feedIds.length, report });
    },
    options.signal,
  );
  return reports.filter(Boolean);
}
