// The app namespace: what is running, where its data lives, and the leader's today.
import type { Door, OperationsOf } from '../../shared/contract';
import type { Handlers } from '../../shared/dispatch';
import type { LibrarySource } from '../library/librarySource';

export interface AppDeps {
  library: LibrarySource;
  version: string;
  door: Door;
  dataDir: string;
  today: () => string;
}

export function appHandlers(d: AppDeps): Handlers<OperationsOf<'app'>> {
  return {
    'app.info': async () => {
      const { library, problems } = await d.library();
      return {
        version: d.version,
        door: d.door,
        dataDir: d.dataDir,
        itemCount: library.itemCount,
        lessonCount: library.lessonCount,
        today: d.today(),
        contentProblems: problems,
      };
    },
  };
}
