// The desktop journey in the real Electron app: search, open a lesson, journal about it, see the
// backlink. Where no Electron binary exists (it cannot be downloaded offline) the test is reported
// as skipped, never as passed.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron, expect, test, type Page } from '@playwright/test';
import { electronAppArgs, launchEnv } from '../src/launcher/desktopLaunch';
import { defaultSetup, findElectron, prepareDesktop } from '../src/launcher/startDesktop';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// Finds the binary without require('electron') (Playwright's default), and tries electron's own
// download once, with a timeout, where it is missing: offline that fails in about a second.
const electronFound = findElectron({ ...defaultSetup(root), log: () => {} });
const electronBinaryAvailable = electronFound.ok;

const lessonTitle = 'Make asking your default, and choose the right form of ask';

async function openLesson(page: Page): Promise<void> {
  const name = 'Search the library';
  const search = page.getByRole('combobox', { name }).or(page.getByRole('searchbox', { name }));
  await search.fill('ask');
  await page.getByRole('option', { name: new RegExp(lessonTitle) }).first().click();
  await expect(page.getByRole('heading', { name: lessonTitle }).first()).toBeVisible();
}

test.skip(
  !electronBinaryAvailable,
  `reason: Electron binary not downloadable on this machine, so the desktop journey cannot run here (the same journey runs in browser mode). ${electronFound.ok ? '' : electronFound.message}`,
);

test('desktop journey: search, open a lesson, journal about it, see the backlink', async () => {
  const testInfo = test.info();
  // The first run may compile the SQLite driver for Electron (a minute or two).
  test.setTimeout(20 * 60_000);
  const prepared = prepareDesktop({ ...defaultSetup(root), log: (line) => console.log(line) });
  if (!prepared.ok) throw new Error(prepared.message);

  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'fulcrum-e2e-electron-'));
  // Chromium refuses to run as root with its OS sandbox (CI containers); the renderer sandbox stays on.
  const rootArgs = process.platform === 'linux' && process.getuid?.() === 0 ? ['--no-sandbox'] : [];
  const app = await electron.launch({
    executablePath: prepared.value.electron.executable,
    args: [...electronAppArgs, ...rootArgs],
    cwd: root,
    env: launchEnv({ ...process.env, FULCRUM_DATA_DIR: dataDir }, prepared.value.binding) as Record<string, string>,
  });
  try {
    const page = await app.firstWindow();

    await test.step('the page gets the typed client and nothing of Node or IPC', async () => {
      await page.waitForLoadState('domcontentloaded');
      const exposed = await page.evaluate(() => ({
        client: typeof window.fulcrum?.search.query === 'function',
        node: 'require' in window || 'process' in window || 'module' in window,
        ipc: 'ipcRenderer' in window,
        url: window.location.href,
      }));
      expect(exposed).toEqual({ client: true, node: false, ipc: false, url: expect.stringMatching(/^fulcrum:\/\/app\//) });
    });

    await test.step('search "ask" and open the lesson', () => openLesson(page));

    const text = `Asked Dana how, when and what help she needs for the CRM update (${testInfo.testId}).`;
    await test.step('write a journal entry linked to the lesson', async () => {
      await page.getByRole('button', { name: 'Write a journal entry' }).click();
      await page.getByRole('textbox', { name: 'Entry text' }).fill(text);
      await page.getByRole('button', { name: 'Save entry' }).click();
    });

    await test.step('the lesson lists the entry as a backlink', async () => {
      await openLesson(page);
      await expect(page.getByRole('region', { name: 'Journal entries about this lesson' })).toContainText(text);
      await page.screenshot({ path: testInfo.outputPath('desktop-lesson-with-backlink.png'), fullPage: true });
    });
  } finally {
    await app.close();
    await rm(dataDir, { recursive: true, force: true });
  }
});
