// The one contract between the UI and the core, joined from one file per namespace. Every operation
// is declared once there: its name, the zod schema of its input and the type of its output. IPC
// channels, HTTP routes, the client and the handler table are all derived from `contract`.
import type { z } from 'zod';
import { actionOperations } from './actions';
import { appOperations } from './app';
import { backupOperations } from './backup';
import { balanceOperations } from './balance';
import { briefOperations } from './briefs';
import { crmOperations } from './crm';
import { downloadOperations } from './downloads';
import { exportOperations } from './export';
import { feedOperations } from './feeds';
import { hostOperations } from './host';
import { importOperations } from './import';
import { journalOperations } from './journal';
import { lessonOperations } from './lessons';
import { libraryOperations } from './library';
import { noteOperations } from './notes';
import { oneOnOneOperations } from './oneOnOnes';
import { packOperations } from './packs';
import { peopleOperations } from './people';
import { playerOperations } from './player';
import { reminderOperations } from './reminders';
import { restoreOperations } from './restore';
import { searchOperations } from './search';
import { settingsOperations } from './settings';

export * from './actions';
export * from './app';
export * from './backup';
export * from './balance';
export * from './briefs';
export * from './crm';
export * from './downloads';
export * from './export';
export * from './feeds';
export * from './import';
export * from './journal';
export * from './lessons';
export * from './library';
export * from './notes';
export * from './oneOnOnes';
export * from './oneOnOneSchedule';
export * from './packs';
export * from './people';
export * from './player';
export * from './reminders';
export * from './restore';
export * from './search';
export * from './settings';
export { idPattern, isoDate, type TextFile } from './operation';

export const contract = {
  ...appOperations,
  ...searchOperations,
  ...libraryOperations,
  ...journalOperations,
  ...peopleOperations,
  ...oneOnOneOperations,
  ...crmOperations,
  ...actionOperations,
  ...balanceOperations,
  ...reminderOperations,
  ...settingsOperations,
  ...briefOperations,
  ...exportOperations,
  ...feedOperations,
  ...downloadOperations,
  ...playerOperations,
  ...noteOperations,
  ...lessonOperations,
  ...backupOperations,
  ...restoreOperations,
  ...importOperations,
  ...packOperations,
  ...hostOperations,
} as const;

export type Contract = typeof contract;
export type OperationName = keyof Contract;
/** The namespace of an operation: 'journal' for 'journal.create'. */
export type Namespace<N extends string = OperationName> = N extends `${infer NS}.${string}` ? NS : never;
/** The operations of one namespace. */
export type OperationsOf<NS extends Namespace> = Extract<OperationName, `${NS}.${string}`>;
/** Operations the door answers itself rather than the core. */
export type HostOperationName = OperationsOf<'host'>;
/** Operations the core session answers: all but the door's own. */
export type SessionOperationName = Exclude<OperationName, HostOperationName>;
/** Operations one opened journal answers (the session itself answers restores, which swap journals). */
export type CoreOperationName = Exclude<SessionOperationName, OperationsOf<'restore'>>;

/** What a caller passes: defaults may be left out. */
export type InputOf<N extends OperationName> = z.input<Contract[N]['input']>;
/** What a handler receives: validated, defaults filled in. */
export type ParsedInputOf<N extends OperationName> = z.output<Contract[N]['input']>;
export type OutputOf<N extends OperationName> = NonNullable<Contract[N]['output']>;

export const operationNames = Object.keys(contract) as OperationName[];

export function isOperationName(name: string): name is OperationName {
  return Object.hasOwn(contract, name);
}
