// A real core for each test: a fresh temporary data folder, the bundled content pack, a clock that
// stands still until a test moves it (`setNow`), and the typed client through the contract. Closed
// and removed after each test.
import { afterEach, beforeEach } from 'vitest';
import { createCore, type Core } from '../../src/core/createCore';
import { inProcessClient } from '../../src/core/inProcessClient';
import { bundledContentDir } from '../../src/core/paths';
import type { FulcrumClient } from '../../src/shared/client';
import { makeTempDir } from './tempDirs';

export interface CoreFixture {
  readonly core: Core;
  readonly client: FulcrumClient;
  readonly dataDir: string;
  /** Moves the core's clock (an ISO date and time, local unless it says otherwise). */
  setNow(iso: string): void;
}

/** Call at the top of a test file (or describe block); read `.client` inside the tests. */
export function coreForEachTest(now = '2025-03-10T09:00:00Z'): CoreFixture {
  let temp: Awaited<ReturnType<typeof makeTempDir>> | undefined;
  let core: Core | undefined;
  let client: FulcrumClient | undefined;
  let current = now;
  beforeEach(async () => {
    current = now;
    temp = await makeTempDir();
    core = await createCore({ dataDir: temp.dir, contentDir: bundledContentDir(), now: () => new Date(current) });
    client = inProcessClient(core.handlers);
  });
  afterEach(async () => {
    core?.close();
    await temp?.cleanup();
  });
  return {
    get core() {
      return core as Core;
    },
    get client() {
      return client as FulcrumClient;
    },
    get dataDir() {
      return (temp as { dir: string }).dir;
    },
    setNow(iso: string) {
      current = iso;
    },
  };
}
