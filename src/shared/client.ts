// The typed client every front end uses. It is built from the contract, so the renderer, the
// preload and the tests share one set of method names: `client.journal.create(input)` calls the
// operation 'journal.create' through whichever transport the door provides.
import { operationNames, type InputOf, type OperationName, type OutputOf } from './contract';
import { FulcrumError, isErrorPayload, type Envelope } from './errors';

/** Sends one operation and resolves with its envelope; each door has its own. */
export type Transport = (name: OperationName, input: unknown) => Promise<Envelope<unknown>>;

type Namespace<N extends string> = N extends `${infer NS}.${string}` ? NS : never;
type Method<N extends string, NS extends string> = N extends `${NS}.${infer M}` ? M : never;

export type FulcrumClient = {
  [NS in Namespace<OperationName>]: {
    [M in Method<OperationName, NS>]: `${NS}.${M}` extends infer N extends OperationName
      ? {} extends InputOf<N>
        ? (input?: InputOf<N>) => Promise<OutputOf<N>>
        : (input: InputOf<N>) => Promise<OutputOf<N>>
      : never;
  };
};

export function createClient(transport: Transport): FulcrumClient {
  const client: Record<string, Record<string, (input?: unknown) => Promise<unknown>>> = {};
  for (const name of operationNames) {
    const [ns, method] = name.split('.') as [string, string];
    client[ns] ??= {};
    client[ns][method] = async (input?: unknown) => {
      const envelope = await transport(name, input ?? {});
      if (envelope.ok) return envelope.value;
      const error = isErrorPayload(envelope.error)
        ? envelope.error
        : { code: 'internal' as const, message: 'Fulcrum gave an answer it could not read. Please try again.' };
      throw new FulcrumError(error.code, error.message);
    };
  }
  return client as FulcrumClient;
}

/** The IPC channel of an operation (Electron). */
export function channelOf(name: OperationName): string {
  return `fulcrum:${name}`;
}

/** The HTTP path of an operation (browser mode). */
export function routeOf(name: OperationName): string {
  return `/api/${name}`;
}
