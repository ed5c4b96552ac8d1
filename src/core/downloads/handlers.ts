// The downloads namespace: episodes kept on disk, as the Downloads manager runs them.
import type { OperationsOf } from '../../shared/contract';
import type { Handlers } from '../../shared/dispatch';
import type { Downloads } from './downloads';

export function downloadHandlers(downloads: Downloads): Handlers<OperationsOf<'downloads'>> {
  return {
    'downloads.list': () => downloads.overview(),
    'downloads.get': ({ episodeId }) => downloads.view(episodeId),
    'downloads.start': ({ episodeId }) => downloads.start(episodeId),
    'downloads.wait': ({ episodeId }) => downloads.wait(episodeId),
    'downloads.pause': ({ episodeId }) => downloads.pause(episodeId),
    'downloads.cancel': ({ episodeId }) => downloads.cancel(episodeId),
    'downloads.delete': ({ episodeId }) => downloads.delete(episodeId),
    'downloads.setCap': ({ bytes }) => downloads.setCap(bytes),
  };
}
