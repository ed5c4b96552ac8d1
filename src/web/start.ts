// `npm run web`: starts the core and the browser-mode server, prints the address with its token.
import path from 'node:path';
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { adjustableClock, testClockVariable } from '../core/clock';
import { openCoreSession } from '../core/coreSession';
import { appVersion, bundledContentDir, defaultDataDir, projectRoot } from '../core/paths';
import { webHostHandlers } from './hostHandlers';
import { startWebServer } from './server';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'data-dir': { type: 'string' },
      'content-dir': { type: 'string' },
      port: { type: 'string' },
      'static-dir': { type: 'string' },
      // `--feed-refresh off`: feeds refresh only when asked (the end-to-end tests run this way).
      'feed-refresh': { type: 'string' },
    },
  });
  const root = projectRoot();
  // --static-dir serves another build of the renderer (e.g. one made elsewhere for a side-by-side check).
  const staticDir = path.resolve(values['static-dir'] ?? path.join(root, 'out', 'web'));
  if (!existsSync(path.join(staticDir, 'index.html'))) {
    throw new Error(`The browser build is missing (${staticDir}). Run \`npm run web\`, which builds it first.`);
  }
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a port number, not "${values.port}".`);
  const dataDir = path.resolve(values['data-dir'] ?? defaultDataDir());
  const testClock = process.env[testClockVariable] === '1' ? adjustableClock() : undefined;
  const core = await openCoreSession({
    ...(testClock ? { now: testClock.now } : {}),
    dataDir,
    contentDir: path.resolve(values['content-dir'] ?? bundledContentDir(root)),
    door: 'browser',
    indexing: 'background',
    search: { mode: 'worker' },
    log: (line) => console.log(line),
    backups: 'daily',
    feedRefresh: values['feed-refresh'] === 'off' ? 'off' : 'scheduled',
    version: appVersion(root),
  });
  for (const problem of (await core.handlers['app.info']({})).contentProblems) console.warn(`content: ${problem.file}:${problem.line}: ${problem.message}`);
  const server = await startWebServer({ handlers: { ...core.handlers, ...webHostHandlers({ testClock }) }, staticDir, port, media: (episodeId) => core.media(episodeId) });
  console.log(`Fulcrum is running in browser mode. Data folder: ${dataDir}`);
  if (testClock) console.log(`Test clock enabled (${testClockVariable}=1): tests may move the date. Do not use this for real work.`);
  console.log(`Open this address (it includes this run's access token): ${server.openUrl}`);
  console.log('Press Ctrl+C to stop.');
  const stop = async () => {
    await server.close();
    await core.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(`fulcrum web: ${(error as Error).message}`);
  process.exit(1);
});
