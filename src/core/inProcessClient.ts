// A typed client wired straight to a core's handlers through the contract's dispatch: the same
// validation and envelopes as IPC and HTTP, without a transport. Used by the CLI and by tests.
import { createClient, type FulcrumClient } from '../shared/client';
import { dispatch, type Handlers } from '../shared/dispatch';

export function inProcessClient(handlers: Partial<Handlers>): FulcrumClient {
  return createClient((name, input) => dispatch(handlers, name, structuredClone(input)));
}
