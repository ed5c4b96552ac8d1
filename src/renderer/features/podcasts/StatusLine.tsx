// What the last refresh of a feed found, as a short coloured word before its sentence.
import type { FeedStatus } from '../../../shared/contract';

const words: Record<FeedStatus, string> = {
  'new-episodes': 'New episodes',
  unchanged: 'Up to date',
  moved: 'Moved',
  gone: 'Gone',
  'not-a-feed': 'Not a feed',
  'too-large': 'Too large',
  'timed-out': 'Timed out',
  offline: 'Offline',
  failed: 'Failed',
};

const fine = new Set<FeedStatus>(['new-episodes', 'unchanged', 'moved']);

export function StatusLine({ status }: { status: FeedStatus }) {
  return <span className={`feed-status ${fine.has(status) ? 'feed-status-ok' : 'feed-status-problem'}`}>{words[status]}</span>;
}
