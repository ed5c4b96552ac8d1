// The one composition root: every domain, wired from explicit parts. Every door (Electron main,
// browser-mode server, CLI, tests, benchmarks) calls createCore and reaches the core only through
// its handlers, one per operation of the contract. Nothing is read before it is needed: the
// content pack on first use, the search index on the first search (or in the background).
import path from 'node:path';
import { localDate } from '../shared/calendarDays';
import type { CoreOperationName, Door } from '../shared/contract';
import type { Handlers } from '../shared/dispatch';
import { actionHandlers } from './actions/handlers';
import { ActionStore } from './actions/actionStore';
import { CoachingActions } from './actions/coachingActions';
import { appHandlers } from './app/handlers';
import { balanceHandlers } from './balance/handlers';
import { exportHandlers } from './export/handlers';
import { journalHandlers } from './journal/handlers';
import { JournalStore } from './journal/journalStore';
import { currentLabels } from './journal/linkLabels';
import { crmHandlers } from './crm/handlers';
import { CrmStore } from './crm/crmStore';
import { oneOnOneHandlers } from './oneOnOnes/handlers';
import { ScheduleStore } from './oneOnOnes/scheduleStore';
import { upcomingOf } from './oneOnOnes/workspace';
import { libraryHandlers } from './library/handlers';
import { librarySource, rememberLatest } from './library/librarySource';
import { peopleHandlers } from './people/handlers';
import { PeopleStore } from './people/peopleStore';
import { reminderHandlers } from './reminders/handlers';
import { ReminderLog } from './reminders/reminderLog';
import { searchHandlers } from './search/handlers';
import { LiveSearch } from './search/liveSearch';
import type { SearchService } from './search/searchService';
import { SearchWorkerClient } from './search/worker/searchWorkerClient';
import { CoachingSettings } from './settings/coachingSettings';
import { settingsHandlers } from './settings/handlers';
import { journalFileName, openDatabase } from './storage/database';
import { Storage } from './storage/storage';
import { backupHandlers } from './backup/handlers';
import { importHandlers } from './import/handlers';
import { BriefStore } from './briefs/briefStore';
import { briefHandlers } from './briefs/handlers';
import { packHandlers } from './packs/handlers';
import { PackStore } from './packs/packStore';
import { FeedStore } from './feeds/feedStore';
import { feedHandlers } from './feeds/handlers';
import { DownloadStore, Downloads, type MediaSource } from './downloads/downloads';
import { downloadHandlers } from './downloads/handlers';
import { lessonHandlers } from './lessons/handlers';
import { PersonalLessonStore } from './lessons/personalLessonStore';
import { noteHandlers } from './notes/handlers';
import { NoteStore } from './notes/noteStore';
import { playerHandlers } from './player/handlers';
import { CurrentEpisodeStore, PlayerPreferencesStore } from './player/playerPreferences';
import { PlayerQueue } from './player/playerQueue';
import { FeedSchedule, startFeedSchedule } from './feeds/feedSchedule';
import { refreshFeed } from './feeds/refreshFeed';
import { fetchResource } from './feeds/fetch/fetchResource';
import { dailyBackup, latestGoodBackup } from './backup/backups';
import type { Database } from 'better-sqlite3';
import { FulcrumError } from '../shared/errors';

/** How long a deleted journal entry, action or brief stays restorable before it is erased for good. */
export const binDays = 30;

export interface CoreOptions {
  /** Where the journal and other user data live (the desktop app's user-data folder by default). */
  dataDir: string;
  /** The content pack to load. */
  contentDir: string;
  /** better-sqlite3 addon built for the running runtime (Electron passes its own build). */
  nativeBinding?: string;
  /** The clock; tests inject their own. */
  now?: () => Date;
  version?: string;
  door?: Door;
  /**
   * 'background' starts building the search index at once and answers searches from what is indexed
   * so far (doors that stay open); 'on-demand' builds it on the first search (the CLI, tests).
   */
  indexing?: 'background' | 'on-demand';
  /** 'scheduled': refresh the feeds by themselves, as often as the leader set it (the app's doors). */
  feedRefresh?: 'scheduled' | 'off';
  /** 'daily': back up the journal at the first start of each day, keeping the last 14 (the app's doors). */
  backups?: 'daily' | 'off';
  /**
   * Where the search index lives. 'worker' (every door): in a worker thread of its own, saved in the
   * data folder and loaded at the next start. 'in-process' (the default, for tests): in this thread,
   * in memory only. `workerEntry` is the worker's bundled code (the desktop app); without it the
   * worker runs the TypeScript sources through tsx. The worker starts loading the index at once with
   * background indexing or `start: 'at-once'`, otherwise at the first search. 'started': a worker
   * the door started before the core (a CLI search, so the index loads while the rest starts).
   */
  search?: { mode: 'worker'; workerEntry?: URL; persist?: boolean; start?: 'at-once' } | { mode: 'started'; client: SearchWorkerClient } | { mode: 'in-process' };
  /** Where the core says what it is doing in the background (loading or building the search index). */
  log?: (line: string) => void;
}

export interface Core {
  readonly handlers: Handlers<CoreOperationName>;
  /** Where the player gets an episode's audio (the door serves it: `app://` or a tokened route). */
  media(episodeId: string): Promise<MediaSource>;
  /** Resolves when the search index holds every record (it starts the build if needed). */
  searchReady(): Promise<void>;
  /** Lets go of the journal (the search worker saves its index first). */
  close(): Promise<void>;
}

export async function createCore(options: CoreOptions): Promise<Core> {
  const now = options.now ?? (() => new Date());
  const today = () => localDate(now());
  const storage = new Storage(await openJournal(options));
  const appVersion = options.version ?? '0.0.0';
  const packs = new PackStore(storage, now);
  const ownLessons = new PersonalLessonStore(storage, now);
  const { source: library, latest: latestLibrary } = rememberLatest(librarySource(options.contentDir, packs, ownLessons));
  const feeds = new FeedStore(storage, now);
  const feedSchedule = new FeedSchedule(storage.db);
  const downloads = new Downloads({ store: new DownloadStore(storage, now), feeds, dataDir: options.dataDir });
  const feedDeps = { store: feeds, fetch: fetchResource, dataDir: options.dataDir };
  const keepNewest = (feedId: string) => downloads.keepNewest(feedId, feeds.findFeed(feedId)?.autoDownload ?? 0);
  const stopFeedSchedule =
    options.feedRefresh === 'scheduled'
      ? startFeedSchedule({ schedule: feedSchedule, store: feeds, refresh: async (feed) => {
          const report = await refreshFeed(feed, feedDeps);
          await keepNewest(feed.id);
          return report;
        }, now })
      : () => undefined;
  const people = new PeopleStore(storage, now);
  const actions = new ActionStore(storage, now);
  const journal = new JournalStore(storage, now, currentLabels({ people, actions, feeds, library: latestLibrary }));
  const settings = new CoachingSettings(storage.db);
  const schedules = new ScheduleStore(storage, now);
  const binCutoff = new Date(now().getTime() - binDays * 24 * 3600 * 1000);
  const briefs = new BriefStore(storage, now);
  const notes = new NoteStore(storage, now);
  journal.purgeBinnedBefore(binCutoff);
  notes.purgeBinnedBefore(binCutoff);
  actions.purgeBinnedBefore(binCutoff);
  briefs.purgeBinnedBefore(binCutoff);

  const coaching = new CoachingActions({ actions, people, ladderLength: () => settings.ladder().length, today });
  // Doors that stay open build (or load) the index at once, and hear what other processes write to
  // the same journal (the CLI, say).
  const background = options.indexing === 'background';
  if (background) storage.trimChangeLog();
  const log = options.log ?? (() => undefined);
  if (options.search?.mode === 'started') options.search.client.hear(storage);
  const search: SearchService =
    options.search?.mode === 'started'
      ? options.search.client
      : options.search?.mode === 'worker'
      ? new SearchWorkerClient({
          storage,
          dataDir: options.dataDir,
          contentDir: options.contentDir,
          ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
          ...(options.search.workerEntry ? { entry: options.search.workerEntry } : {}),
          persist: options.search.persist ?? true,
          openAtOnce: background || options.search.start === 'at-once',
          log,
        })
      : new LiveSearch({ storage, library, journal, people, actions, feeds, notes, followOthers: background, log });
  if (background && (options.search === undefined || options.search.mode === 'in-process')) {
    search.ready().catch((error: unknown) => log(`search: the index could not be built: ${String(error)}`));
  }

  if (options.backups === 'daily') {
    dailyBackup(storage.db, options.dataDir, { appVersion, now: now(), nativeBinding: options.nativeBinding }).catch((error: unknown) => {
      if (storage.db.open) console.warn(`fulcrum: today's automatic backup failed: ${String(error)}`);
    });
  }

  const handlers: Handlers<CoreOperationName> = {
    ...appHandlers({ library, today, dataDir: options.dataDir, version: appVersion, door: options.door ?? 'browser' }),
    ...searchHandlers({ search, library, people, feeds }),
    ...libraryHandlers({ library, journal, actions, notes, ownLessons }),
    ...journalHandlers({ journal, people, actions, library, feeds }),
    ...peopleHandlers({ people, actions, journal, library, schedules, askTarget: () => settings.askTarget(), today }),
    ...oneOnOneHandlers({ people, actions, journal, schedules, library, today }),
    ...crmHandlers({ crm: new CrmStore(storage, now), people, actions, coaching, library, today }),
    ...actionHandlers({ actions, coaching, journal, library, feeds }),
    ...balanceHandlers({ actions, people, settings, today }),
    ...reminderHandlers({ actions, reminderLog: new ReminderLog(storage.db), now, oneOnOnesDue: () => upcomingOf({ people, journal, schedules }, today(), 0).filter((u) => u.next.state !== 'upcoming') }),
    ...settingsHandlers(settings),
    ...briefHandlers({ briefs, library }),
    ...exportHandlers({ library, journal, people, actions, briefs, notes, settings, schedules, today, now }),
    ...importHandlers({ storage, journal, people, library, today }),
    ...packHandlers({ packs, library }),
    ...feedHandlers({ ...feedDeps, journal, actions, schedule: feedSchedule, now, afterRemove: () => downloads.prune(), afterRefresh: keepNewest }),
    ...downloadHandlers(downloads),
    ...noteHandlers({ notes, feeds, people, library, today }),
    ...lessonHandlers({ lessons: ownLessons, notes, feeds, library }),
    ...playerHandlers({ queue: new PlayerQueue(storage, now, feeds), preferences: new PlayerPreferencesStore(storage.db), current: new CurrentEpisodeStore(storage.db), feeds }),
    ...backupHandlers({ storage, dataDir: options.dataDir, appVersion, now, nativeBinding: options.nativeBinding }),
  };
  return {
    handlers,
    searchReady: () => search.ready(),
    media: (episodeId) => downloads.media(episodeId),
    close: async () => {
      stopFeedSchedule();
      downloads.stopAll();
      // The journal closes at once; a search worker has a connection of its own and may save first.
      const searchClosed = search.close();
      storage.close();
      await searchClosed;
    },
  };
}

/** The journal found at start cannot be used; `problem` says why, the message also how to restore (for the CLI). */
export class UnusableJournalError extends FulcrumError {
  constructor(
    readonly problem: string,
    message: string,
  ) {
    super('unavailable', message);
  }
}

/** Opens the journal; one that cannot be used is left as it is, and the refusal names the latest good backup. */
async function openJournal(options: CoreOptions): Promise<Database> {
  try {
    return openDatabase(path.join(options.dataDir, journalFileName), options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  } catch (error) {
    if (!(error instanceof FulcrumError) || error.code !== 'unavailable') throw error;
    const backup = await latestGoodBackup(options.dataDir, { nativeBinding: options.nativeBinding });
    const offer = backup
      ? ` Your latest good backup is ${backup.file} (made ${backup.createdAt}). Restore it with: npx fulcrum restore "${backup.file}" --data-dir "${options.dataDir}" (the unusable journal is kept aside, not deleted).`
      : ' No backup was found in its backups folder. Keep the file: it may still be recovered.';
    throw new UnusableJournalError(error.message, `${error.message}${offer}`);
  }
}
