// How a backup is described on screen: why it was made, and its size.
import type { BackupKind } from '../../../shared/contract';

export const kindLabels: Record<BackupKind, string> = { auto: 'Daily', manual: 'Made on request', 'before-restore': 'Kept before a restore' };

export function size(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
