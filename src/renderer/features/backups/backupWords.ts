// How a backup is described on screen: why it was made, and its size.
import type { BackupKind } from '../../../shared/contract';

export const kindLabels: Record<BackupKind, string> = { auto: 'Daily', manual: 'Made on request', 'before-restore': 'Kept before a restore' };

export { formatBytes as size } from '../../ui/formatSize';
