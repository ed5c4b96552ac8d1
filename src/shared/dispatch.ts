// The receiving side of every door: validate the operation name and input, call the handler,
// wrap the answer in an envelope. Electron IPC and the browser-mode server both use this.
import { contract, isOperationName, type OperationName, type OutputOf, type ParsedInputOf } from './contract';
import { FulcrumError, toErrorPayload, type Envelope } from './errors';
import { parseInput } from './validate';

export type Handler<N extends OperationName> = (input: ParsedInputOf<N>) => Promise<OutputOf<N>> | OutputOf<N>;
export type Handlers<N extends OperationName = OperationName> = { [K in N]: Handler<K> };

/** `handlers` may lack operations a door does not offer (the CLI has no save dialog). */
export async function dispatch(
  handlers: Partial<Handlers>,
  name: string,
  rawInput: unknown,
): Promise<Envelope<unknown>> {
  try {
    if (!isOperationName(name)) {
      throw new FulcrumError('not-found', `Fulcrum has no operation called "${name}". Update the app if it is out of date.`);
    }
    const input = parseInput(contract[name].input, rawInput);
    const handler = handlers[name] as ((input: unknown) => Promise<unknown> | unknown) | undefined;
    if (!handler) throw new FulcrumError('unavailable', `"${name}" is not available in this part of Fulcrum.`);
    return { ok: true, value: await handler(input) };
  } catch (error) {
    return { ok: false, error: toErrorPayload(error) };
  }
}
