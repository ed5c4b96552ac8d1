// The search worker: a thread of its own that opens the same journal and library as the core that
// started it, and holds the search index there, so building, loading, saving and answering never
// hold up the thread that serves the app. It follows the journal's change log (the core's writes,
// which it is told about at once, and other processes' writes) and saves its index in the data folder.
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { toErrorPayload } from '../../../shared/errors';
import { ActionStore } from '../../actions/actionStore';
import { FeedStore } from '../../feeds/feedStore';
import { JournalStore } from '../../journal/journalStore';
import { PersonalLessonStore } from '../../lessons/personalLessonStore';
import { librarySource } from '../../library/librarySource';
import { NoteStore } from '../../notes/noteStore';
import { PackStore } from '../../packs/packStore';
import { PeopleStore } from '../../people/peopleStore';
import { journalFileName, openDatabase } from '../../storage/database';
import { Storage } from '../../storage/storage';
import { LiveSearch } from '../liveSearch';
import type { FromWorker, SearchWorkerSetup, ToWorker } from './protocol';

const port = parentPort;
if (!port) throw new Error('searchWorker.ts runs as a worker thread, started by the core');
const setup = workerData as SearchWorkerSetup;
const send = (message: FromWorker) => port.postMessage(message);
const log = (line: string) => send({ type: 'log', line });

const storage = new Storage(openDatabase(path.join(setup.dataDir, journalFileName), setup.nativeBinding ? { nativeBinding: setup.nativeBinding } : {}), (error) => log(`search: a change could not be followed: ${String(error)}`));
// The stores only read here; their clock is never asked.
const now = () => new Date();
const search = new LiveSearch({
  storage,
  library: librarySource(setup.contentDir, new PackStore(storage, now), new PersonalLessonStore(storage, now)),
  journal: new JournalStore(storage, now),
  people: new PeopleStore(storage, now),
  actions: new ActionStore(storage, now),
  feeds: new FeedStore(storage, now),
  notes: new NoteStore(storage, now),
  followOthers: true,
  ...(setup.persist ? { saveIn: setup.dataDir } : {}),
  log,
});
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
