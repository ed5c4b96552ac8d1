// A real SQLite journal (migrated) in a fresh temporary folder for each test, for tests of one
// store without a whole core. Closed and removed after each test. Test support only.
import path from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { openDatabase } from '../../src/core/storage/database';
import { Storage } from '../../src/core/storage/storage';
import { makeTempDir } from './tempDirs';

export function storageForEachTest(): { readonly storage: Storage } {
  let temp: Awaited<ReturnType<typeof makeTempDir>> | undefined;
  let storage: Storage | undefined;
  beforeEach(async () => {
    temp = await makeTempDir();
    storage = new Storage(openDatabase(path.join(temp.dir, 'journal.sqlite')));
  });
  afterEach(async () => {
    storage?.close();
    await temp?.cleanup();
  });
  return {
    get storage() {
      return storage as Storage;
    },
  };
}
