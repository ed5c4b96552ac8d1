// Host operations as browser mode answers them: there is no native dialog, the page downloads.
import type { HostOperationName } from '../shared/contract';
import type { Handlers } from '../shared/dispatch';
import { FulcrumError } from '../shared/errors';

export const webHostHandlers: Handlers<HostOperationName> = {
  'host.saveFile': () => {
    throw new FulcrumError('unavailable', 'Browser mode has no save dialog; the page downloads the file instead.');
  },
};
