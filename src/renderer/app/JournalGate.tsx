// Before the app: is the journal usable? When the file found at start is empty or damaged, the
// recovery screen shows instead, until a backup is restored or the leader starts over.
import { useState, type ReactNode } from 'react';
import { RecoveryScreen } from '../features/backups/RecoveryScreen';
import { useClient } from '../transport/connection';
import { useLoad } from '../ui/useLoad';

export function JournalGate({ children }: { children: ReactNode }) {
  const client = useClient();
  const status = useLoad('journal-status', () => client.restore.status(), { marksReady: false });
  const [recovered, setRecovered] = useState(false);
  if (status.status === 'loading') return null;
  if (status.status === 'ready' && status.value.status === 'unusable' && !recovered) {
    return <RecoveryScreen problem={status.value.problem} latestGoodBackup={status.value.latestGoodBackup} onRecovered={() => setRecovered(true)} />;
  }
  // A failed check is not a reason to hide the app: its pages say what fails.
  return <>{children}</>;
}
