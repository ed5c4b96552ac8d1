// The CLI's commands. They call the core through the same typed client and contract validation
// as the app (an in-process transport), so a bad argument gets the same plain error.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { localDate } from '../shared/calendarDays';
import { appVersion, bundledContentDir, defaultDataDir } from '../core/paths';
import { backupCommand, restoreCommand } from './backupCommands';
import { briefCommand } from './briefCommands';
import { importCommand } from './importCommand';
import { exportCommand } from './exportCommand';
import { findById } from './findById';
import { packsCommand } from './packCommands';
import { downloadCommand, episodesCommand, feedCommand, opmlCommand } from './feedCommands';
import { formatNotes, lessonCommand, noteCommand, notesCommand } from './noteCommands';
import type { FulcrumClient } from '../shared/client';
import { FulcrumError } from '../shared/errors';
import { actionCommand, balanceCommand, personCommand, resolvePerson } from './coachingCommands';
import { formatActions, formatPeople } from './coachingFormat';
import { oneOnOneCommand } from './oneOnOneCommands';
import { crmCommand } from './crmCommands';
import { formatEntries, formatItem, formatLesson, formatSearch } from './format';
import { asInput, need, numeric, print, UsageError, type FlagValues, type Output } from './commandKit';

export { UsageError };

export const usage = `Usage: fulcrum [--data-dir DIR] <command> [options]

Commands:
  search <query> [--kind K] [--limit N] [--json]   search lessons, episodes, articles and journal
  show <id> [--json]                               show an item, lesson, journal entry, note, person or action
  export <id> --format md|html|pdf --out FILE [--include-journal] [--paper a4|letter] [--force]
                                                   a lesson or item to share (library text only,
                                                   unless --include-journal); a journal entry or a
                                                   person's 1:1 prep sheet to archive
  export <id> <id>… --format md|html|pdf --out FOLDER|FILE.zip
                                                   several documents as a folder (or zip) with an
                                                   index; links between them work in the folder
  export --journal --from DATE --to DATE --format md|html|pdf --out FILE|FOLDER|FILE.zip
                                                   the journal between two days (an archive): one
                                                   file, or a folder (zip) with a file per entry
  export --format csv|ics --out FILE [--person ID] [--status S] [--kind K]
                                                   coaching actions for a spreadsheet, or open
                                                   follow-ups for a calendar
  content check [DIR]                              validate a content pack (default: the bundled one)
  journal add --lesson ID --text TEXT [--title T] [--date YYYY-MM-DD]
  journal list [--json]

  person add --name N --relation R [--role R] [--team T] [--manager PERSON]
                                                   R: sales-manager, salesperson, customer, prospect, other
  person list [--all]                              --all includes archived people
  action add --kind ask|share|mandate --person ID --text T [--lesson ID] [--date YYYY-MM-DD]
             ask:     [--form request|challenge|lost-confidence] [--expected-by DATE] [--how T] [--help-needed T]
             mandate: [--escalates ASK_ID] [--step N] [--expected-by DATE]
             share:   --category expertise|coaching|story|idea|suggestion|experience|wisdom|thought|feeling|wish
  action list [--person ID] [--status open|done|missed|escalated] [--candidates]
  action done ID | action missed ID
  action escalate ID [--expected-by DATE] [--text T] [--step N]
  balance [--weeks N] [--person ID]                counts per week and kind, follow-ups, candidates
  one-on-one start PERSON                          today's 1:1: writes its note (once) and lists open asks,
                                                   mandates, shares since the last 1:1 and what it left open
  one-on-one schedule PERSON --every weekly|biweekly|monthly --day friday|15 [--from DATE]
  one-on-one upcoming [--limit DAYS]               1:1s due, overdue, or within DAYS (default 14)
  crm import FILE [--mapping FILE]                 a CRM export (CSV; Salesforce and HubSpot columns are
                                                   recognised, others mapped by a JSON file of field: header)
  crm stale [--owner NAME]                         stale opportunities per owner, and the asks made about them
  crm ask --owner NAME|--all --expected-by DATE    ask owners to bring their stale opportunities up to date

  brief create --title T [--text INTRO] [--lesson ID…]   a team brief of lessons to share
  brief add BRIEF_ID --lesson ID [--text COMMENT]  add a lesson (with your comment) at the end
  brief list | brief export BRIEF_ID --format md|html|pdf --out FILE

  import PATH [--as journal]                       Markdown notes (an Obsidian or Logseq folder or .zip, or one
                                                   note) as journal entries, all or none
  import PATH --as pack [--title T] [--replace]    install a content pack (a folder or .zip in the content/
                                                   format) into the library; checked first, all or nothing
  packs | packs remove ID                          the installed library packs; uninstall one

  feed add URL|FILE                                follow a podcast (a file is read as if fetched)
  feed list | feed refresh [ID] | feed remove ID   your feeds; refresh prints a line per feed, exit 1 if any failed
  episodes [--feed ID] [--limit N]                 episodes, newest first (id, date, duration, transcript, chapters)
  opml import FILE | opml export --out FILE        subscriptions from and to other podcast apps
  download EPISODE_ID [--wait]                     keep an episode on disk to play offline (waits; Ctrl+C pauses, run again to resume)
  note add --episode ID --at 12:34 --text T [--lesson ID] [--person ID] [--date YYYY-MM-DD]
                                                   a note at a moment of an episode
  notes [--episode ID] [--lesson ID] [--person ID] [--from DATE] [--to DATE]
                                                   your notes: an episode's in the order heard, others newest first
  lesson add --from-note NOTE_ID --title T [--mode ask|share|mandate] [--tag T…] [--text WORDS]
  lesson add --title T [--episode ID [--at 12:34] [--quote WORDS]] [--mode M] [--tag T…] [--text WORDS]
                                                   a lesson of your own, in the library with the others
  lesson list                                      your own lessons

  backup [--out FILE] [--force]                    back up everything into the data folder's backups (and to FILE)
  restore FILE                                     restore a backup; the journal it replaces is kept (quit the app first)

  search also takes --status S, --person ID, --due-from DATE and --due-to DATE; --kind includes person and action.
  --person takes an id or a person's exact name. Every command takes --json.

Options:
  --data-dir DIR      where the journal lives (default: ${defaultDataDir()})
  --content-dir DIR   the content pack to load (default: the bundled library)
  -h, --help          show this help
`;

function dataDirOf(values: FlagValues): string {
  return path.resolve(values['data-dir'] ?? defaultDataDir());
}

/** `searching`: the command searches, so the search worker starts loading the index first of all. */
async function withClient<T>(values: FlagValues, work: (client: FulcrumClient) => Promise<T>, options: { searching?: boolean } = {}): Promise<T> {
  const dataDir = dataDirOf(values);
  const contentDir = path.resolve(values['content-dir'] ?? bundledContentDir());
  // The worker loads the saved index while this thread loads the rest of the core (only once the
  // journal exists: a new data folder's journal is made by the core).
  let started: import('../core/search/worker/searchWorkerClient').SearchWorkerClient | undefined;
  if (options.searching) {
    const { journalFileName } = await import('../core/storage/database');
    if (existsSync(path.join(dataDir, journalFileName))) {
      const { SearchWorkerClient } = await import('../core/search/worker/searchWorkerClient');
      started = new SearchWorkerClient({ dataDir, contentDir, persist: true, openAtOnce: true });
    }
  }
  // Loaded on demand so `--help` and usage errors answer at once.
  const { createCore } = await import('../core/createCore');
  const core = await createCore({
    dataDir,
    version: appVersion(),
    contentDir,
    door: 'cli',
    search: started ? { mode: 'started', client: started } : { mode: 'worker', ...(options.searching ? { start: 'at-once' as const } : {}) },
  }).catch(async (error: unknown) => {
    await started?.close();
    throw error;
  });
  const { inProcessClient } = await import('../core/inProcessClient');
  // The CLI offers no host operations (no dialogs); dispatch answers those as unavailable.
  const client = inProcessClient(core.handlers);
  try {
    // A search answers from the whole index (the app answers from what is in so far while it builds).
    if (options.searching) await core.searchReady();
    return await work(client);
  } finally {
    await core.close();
  }
}

export async function runCommand(positionals: string[], values: FlagValues, out: Output, err: Output = out): Promise<void> {
  const [command, ...rest] = positionals;
  switch (command) {
    case 'search': {
      const q = rest.join(' ');
      if (!q.trim()) throw new UsageError('search needs a query, e.g. fulcrum search "confirm an ask"');
      const results = await withClient(values, async (c) => {
        const person = values.person ? await resolvePerson(c, values.person) : undefined;
        // Flags go in as given; the contract's schema decides what is valid (see inFlagTerms).
        return c.search.query(asInput({
          q,
          kinds: values.kind?.flatMap((k) => k.split(',')).map((k) => k.trim()),
          limit: numeric(values.limit),
          statuses: values.status === undefined ? undefined : [values.status],
          personIds: person ? [person.id] : undefined,
          dueFrom: values['due-from'],
          dueTo: values['due-to'],
        }));
      }, { searching: true });
      const rows = results.hits.map((h) => ({ id: h.id, kind: h.kind, title: h.title, snippet: h.snippet, ...(h.itemId ? { itemId: h.itemId } : {}) }));
      return print(out, values.json, rows, () => formatSearch(results));
    }
    case 'show': {
      const id = need(rest[0], 'show needs an id, e.g. fulcrum show three-confirmations');
      return withClient(values, async (c) => {
        const found = await findById(c, id);
        if (found.type === 'item') print(out, values.json, found.value, () => formatItem(found.value));
        else if (found.type === 'lesson') print(out, values.json, found.value, () => formatLesson(found.value));
        else if (found.type === 'person') print(out, values.json, found.value, () => formatPeople([found.value.person]) + formatActions([...found.value.openAsks, ...found.value.timeline.flatMap((t) => (t.type === 'action' ? [t.action] : []))], 'No actions yet.'));
        else if (found.type === 'action') print(out, values.json, found.value, () => formatActions([found.value.action, ...found.value.mandates], ''));
        else if (found.type === 'note') print(out, values.json, found.value, () => formatNotes([found.value]));
        else print(out, values.json, found.value, () => formatEntries([found.value], true));
      });
    }
    case 'export':
      return exportCommand(rest, values, (work) => withClient(values, work), out, err);
    case 'content': {
      if (rest[0] !== 'check') throw new UsageError(`unknown content command "${rest[0] ?? ''}"; did you mean: fulcrum content check [DIR]`);
      const dir = path.resolve(rest[1] ?? values['content-dir'] ?? bundledContentDir());
      const { readPack } = await import('../core/library/loadLibrary');
      const { items, problems } = await readPack(dir);
      if (problems.length > 0) {
        const shown = path.relative(process.cwd(), dir) || '.';
        for (const p of problems) out.write(`${path.join(shown, p.file === dir ? '' : p.file)}:${p.line}: ${p.message}\n`);
        throw new FulcrumError('invalid-input', `${problems.length} problem${problems.length === 1 ? '' : 's'} in the content pack at ${dir}`);
      }
      const lessons = items.reduce((n, item) => n + item.summary.lessons.length, 0);
      out.write(`Content pack OK: ${items.length} items, ${lessons} lessons (${dir})\n`);
      return;
    }
    case 'journal': {
      const sub = rest[0];
      if (sub === 'add') {
        const body = need(values.text, 'journal add needs --text TEXT');
        const entry = await withClient(values, (c) =>
          c.journal.create({ date: values.date ?? localDate(new Date()), title: values.title ?? '', body, lessonIds: values.lesson ?? [] }),
        );
        return print(out, values.json, entry, () => `Added journal entry ${entry.id} (${entry.date})\n`);
      }
      if (sub === 'list') {
        const entries = await withClient(values, (c) => c.journal.list({ limit: 1000 }));
        return print(out, values.json, entries, () => formatEntries(entries, false));
      }
      throw new UsageError(`unknown journal command "${sub ?? ''}"; use journal add or journal list`);
    }
    case 'person':
      return personCommand(rest[0], values, (work) => withClient(values, work), out);
    case 'action':
      return actionCommand(rest[0], rest.slice(1), values, (work) => withClient(values, work), out);
    case 'brief':
      return briefCommand(rest[0], rest.slice(1), values, (work) => withClient(values, work), out);
    case 'import':
      return importCommand(need(rest[0], 'import needs a folder or .zip of Markdown notes, or one note, e.g. fulcrum import ~/Obsidian/Work'), values, (work) => withClient(values, work), out);
    case 'packs':
      return packsCommand(rest[0], rest.slice(1), values, (work) => withClient(values, work), out);
    case 'backup':
      return backupCommand(values, dataDirOf(values), (work) => withClient(values, work), out);
    case 'restore':
      return restoreCommand(need(rest[0], 'restore needs the backup file, e.g. fulcrum restore backups/auto-2025-03-10.fulcrum-backup'), values, dataDirOf(values), appVersion(), out);
    case 'feed':
      return feedCommand(rest[0], rest.slice(1), values, (work) => withClient(values, work), out, err);
    case 'episodes':
      return episodesCommand(values, (work) => withClient(values, work), out);
    case 'download':
      return downloadCommand(rest[0], values, (work) => withClient(values, work), out, err);
    case 'note':
      return noteCommand(rest[0], values, (work) => withClient(values, work), out);
    case 'notes':
      return notesCommand(values, (work) => withClient(values, work), out);
    case 'lesson':
      return lessonCommand(rest[0], values, (work) => withClient(values, work), out);
    case 'opml':
      return opmlCommand(rest[0], rest.slice(1), values, (work) => withClient(values, work), out);
    case 'balance':
      return balanceCommand(values, (work) => withClient(values, work), out);
    case 'crm':
      return crmCommand(rest[0], rest.slice(1), values, (work) => withClient(values, work), out, err);
    case 'one-on-one':
      return oneOnOneCommand(rest[0], rest.slice(1), values, (work) => withClient(values, work), out);
    default:
      throw new UsageError(`unknown command "${command}" (see fulcrum --help)`);
  }
}
