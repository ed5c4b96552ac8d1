// The IPC channel of every operation, derived from the contract: no channel name is typed twice,
// and an operation added to the contract gets its channel without touching the main process.
import { channelOf } from '../shared/client';
import { operationNames, type HostOperationName, type OperationName } from '../shared/contract';

export interface IpcRoute {
  name: OperationName;
  channel: string;
}

export function ipcRoutes(names: readonly OperationName[] = operationNames): IpcRoute[] {
  return names.map((name) => ({ name, channel: channelOf(name) }));
}

/** Host operations are answered by the desktop door itself, not by the core. */
export function isHostOperation(name: OperationName): name is HostOperationName {
  return name.startsWith('host.');
}
