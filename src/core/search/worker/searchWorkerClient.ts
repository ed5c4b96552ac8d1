// The core's side of the search worker: the same SearchService as an index in this thread, with
// each call a message to the worker. The worker is started at the first need (a CLI command that
// never searches never starts it), told at once about the core's own writes so the next query sees
// them, and started again if it ever stops unexpectedly.
import { Worker } from 'node:worker_threads';
import type { SearchQuery, SearchResults } from '../../../shared/contract';
import { FulcrumError } from '../../../shared/errors';
import type { Storage } from '../../storage/storage';
import type { SearchService } from '../searchService';
import type { FromWorker, SearchWorkerSetup, ToWorker } from './protocol';

export interface SearchWorkerOptions extends SearchWorkerSetup {
  /** The core's journal: its writes are passed on to the worker (or later, through `hear`). */
  storage?: Storage;
  /**
   * The worker's code: the bundled searchWorker.js in the desktop app; by default the TypeScript
   * sources through tsx (browser mode, the CLI, tests).
   */
  entry?: URL;
  log?: (line: string) => void;
}

/** How long closing waits for the worker to save and let go before it is stopped. */
const closeTimeoutMs = 15_000;

type Pending = { resolve: (value: unknown) => void; reject: (error: Error) => void };

export class SearchWorkerClient implements SearchService {
  readonly #options: SearchWorkerOptions;
  #worker: Worker | null = null;
  readonly #pending = new Map<number, Pending>();
  #nextId = 1;
  #closed = false;
  #stopListening: () => void = () => undefined;

  constructor(options: SearchWorkerOptions) {
    this.#options = options;
    if (options.storage) this.hear(options.storage);
    if (options.openAtOnce) this.#start();
  }

  /**
   * Passes the core's writes on to the worker, so the next query finds them. A worker started before
   * the core (a CLI search starts it first, to load the index while the rest starts) is given the
   * core's journal here.
   */
  hear(storage: Storage): void {
    this.#stopListening();
    this.#stopListening = storage.onChanges(() => this.#worker?.postMessage({ type: 'catch-up' } satisfies ToWorker));
  }

  query(query: SearchQuery): Promise<SearchResults> {
    return this.#call((id) => ({ type: 'query', id, query })) as Promise<SearchResults>;
  }

  async ready(): Promise<void> {
    await this.#call((id) => ({ type: 'ready', id }));
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    this.#stopListening();
    const worker = this.#worker;
    if (!worker) return;
    // The worker saves what is not saved and lets go of the journal; then it is stopped (waiting
    // no longer than closeTimeoutMs for a save of a very large index).
    const timeout = new Promise<void>((resolve) => setTimeout(resolve, closeTimeoutMs).unref());
    try {
      await Promise.race([this.#send(worker, (id) => ({ type: 'close', id })).catch(() => undefined), timeout]);
    } finally {
      this.#worker = null;
      await worker.terminate();
    }
  }

  #call(message: (id: number) => ToWorker): Promise<unknown> {
    if (this.#closed) return Promise.reject(new FulcrumError('unavailable', 'Search is closed: the journal it read was closed.'));
    return this.#send(this.#start(), message);
  }

  #send(worker: Worker, message: (id: number) => ToWorker): Promise<unknown> {
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      worker.postMessage(message(id));
    });
  }

  #start(): Worker {
    if (this.#worker) return this.#worker;
    const { storage: _storage, entry, log: _log, ...setup } = this.#options;
    const worker = new Worker(entry ?? new URL('./tsxEntry.mjs', import.meta.url), { workerData: setup satisfies SearchWorkerSetup });
    worker.on('message', (message: FromWorker) => this.#receive(message));
    worker.on('error', (error) => this.#stopped(worker, `Search stopped unexpectedly (${error.message}). It starts again at the next search.`));
    worker.on('exit', (code) => this.#stopped(worker, `Search stopped unexpectedly (exit code ${code}). It starts again at the next search.`));
    this.#worker = worker;
    return worker;
  }

  #receive(message: FromWorker): void {
    if (message.type === 'log') {
      this.#options.log?.(message.line);
      return;
    }
    const pending = this.#pending.get(message.id);
    if (!pending) return;
    this.#pending.delete(message.id);
    if (message.error) pending.reject(new FulcrumError(message.error.code, message.error.message, message.error.issues ?? []));
    else pending.resolve(message.value);
  }

  /** The worker is gone: what waited on it is told why, and the next call starts another. */
  #stopped(worker: Worker, reason: string): void {
    if (this.#worker !== worker) return;
    this.#worker = null;
    const error = new FulcrumError('unavailable', reason);
    for (const pending of this.#pending.values()) pending.reject(error);
    this.#pending.clear();
  }
}
