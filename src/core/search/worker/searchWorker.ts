// The search worker: a thread of its own that opens the same journal and library as the core that
// started it, and holds the search index there, so building, loading, saving and answering never
// hold up the thread that serves the app. It follows the journal's change log (the core's writes,
// which it is told about at once, and other processes' writes) and saves its index in the data folder.
import { parentPort, workerData } from 'node:worker_threads';
import { toErrorPayload } from '../../../shared/errors';
import { LiveSearch } from '../liveSearch';
import { openSearchDeps } from './searchDeps';
import type { FromWorker, SearchWorkerSetup, ToWorker } from './protocol';

const port = parentPort;
if (!port) throw new Error('searchWorker.ts runs as a worker thread, started by the core');
const setup = workerData as SearchWorkerSetup;
const send = (message: FromWorker) => port.postMessage(message);
const log = (line: string) => send({ type: 'log', line });

const deps = openSearchDeps({ ...setup, onListenerError: (error) => log(`search: a change could not be followed: ${String(error)}`) });
const { storage } = deps;
const search = new LiveSearch({ ...deps, followOthers: true, ...(setup.persist ? { saveIn: setup.dataDir } : {}), log });
if (setup.openAtOnce) search.ready().catch((error: unknown) => log(`search: the index could not be built: ${String(error)}`));

async function answer(id: number, work: () => Promise<unknown>): Promise<void> {
  try {
    send({ type: 'answer', id, value: await work() });
  } catch (error) {
    send({ type: 'answer', id, error: toErrorPayload(error) });
  }
}

port.on('message', (message: ToWorker) => {
  switch (message.type) {
    case 'catch-up':
      search.catchUp();
      return;
    case 'query':
      void answer(message.id, () => search.query(message.query));
      return;
    case 'ready':
      void answer(message.id, () => search.ready());
      return;
    case 'close':
      void answer(message.id, async () => {
        await search.close();
        storage.close();
      }).then(() => port.close());
      return;
  }
});
