// The typed client every front end uses. It is built from the contract, so the renderer, the
// preload and the tests share one set of method names: `client.journal.create(input)` calls the
// operation 'journal.create' through whichever transport the door provides.
import { operationNames, type InputOf, type OperationName, type OutputOf } from './contract';
import { FulcrumError, isErrorPayload, type Envelope } from './errors';

/** Sends one operation and resolves with its envelope; each door has its own. */
export type Transport = (name: OperationName, input: unknown) => Promise<Envelope<unknown>>;

type Namespace<N extends string> = N extends `${infer NS}.${string}` ? NS : never;
type Method<N extends string, NS extends string> = N extends `${NS}.${infer M}` ? M : never;

type ClientShape<Result extends 'value' | 'envelope'> = {
  [NS in Namespace<OperationName>]: {
    [M in Method<OperationName, NS>]: `${NS}.${M}` extends infer N extends OperationName
      ? {} extends InputOf<N>
        ? (input?: InputOf<N>) => Promise<Result extends 'value' ? OutputOf<N> : Envelope<OutputOf<N>>>
        : (input: InputOf<N>) => Promise<Result extends 'value' ? OutputOf<N> : Envelope<OutputOf<N>>>
      : never;
  };
};

/** The client the UI uses: resolves with the output, rejects with a FulcrumError. */
export type FulcrumClient = ClientShape<'value'>;

/**
 * The same methods, resolving with envelopes instead of throwing. This is what the Electron preload
 * exposes: errors crossing contextBridge lose everything but their message, envelopes arrive whole.
 */
export type EnvelopeClient = ClientShape<'envelope'>;

function buildClient(call: (name: OperationName, input: unknown) => Promise<unknown>): Record<string, Record<string, (input?: unknown) => Promise<unknown>>> {
  const client: Record<string, Record<string, (input?: unknown) => Promise<unknown>>> = {};
  for (const name of operationNames) {
    const [ns, method] = name.split('.') as [string, string];
    client[ns] ??= {};
    client[ns][method] = (input?: unknown) => call(name, input ?? {});
  }
  return client;
}

export function createEnvelopeClient(transport: Transport): EnvelopeClient {
  return buildClient(transport) as EnvelopeClient;
}

/** A transport over an EnvelopeClient (the renderer's side of the preload bridge). */
export function envelopeClientTransport(bridge: EnvelopeClient): Transport {
  const methods = bridge as unknown as Record<string, Record<string, (input: unknown) => Promise<Envelope<unknown>>>>;
  return (name, input) => {
    const [ns, method] = name.split('.') as [string, string];
    const call = methods[ns]?.[method];
    if (!call) return Promise.resolve({ ok: false, error: { code: 'unavailable', message: `This version of the desktop app does not offer "${name}". Restart Fulcrum after updating.` } });
    return call(input);
  };
}

export function createClient(transport: Transport): FulcrumClient {
  return buildClient(async (name, input) => {
    const envelope = await transport(name, input);
    if (envelope.ok) return envelope.value;
    const error = isErrorPayload(envelope.error)
      ? envelope.error
      : { code: 'internal' as const, message: 'Fulcrum gave an answer it could not read. Please try again.' };
    throw new FulcrumError(error.code, error.message, error.issues);
  }) as FulcrumClient;
}

/** The IPC channel of an operation (Electron). */
export function channelOf(name: OperationName): string {
  return `fulcrum:${name}`;
}

/** The HTTP path of an operation (browser mode). */
export function routeOf(name: OperationName): string {
  return `/api/${name}`;
}
