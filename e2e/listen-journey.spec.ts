// The moment Fulcrum exists for, end to end in browser mode: open an episode → Play (the audio's
// time advances) → change the speed → jump to chapter 2 → click a transcript line (the time jumps)
// → press N → edit and save the note → make it a lesson → start an ask from it with the three
// confirmations → find the note and the lesson in search → download the episode → the show's
// server stops → play again, from the download, from the note's moment → the app opens again with
// the episode back in the mini player.
import { expect, test } from '@playwright/test';
import type { FeedServer } from '../test/support/feedServer';
import { startPodcastServer } from '../test/support/podcastServer';
import { choose, openApp } from './support/app';
import { violationsOf } from './support/axe';
import { serveFulcrumForFile } from './support/fulcrumServer';
import { captureView } from './support/screenshots';

const server = serveFulcrumForFile(test);
let podcasts: FeedServer;
test.beforeAll(async () => {
  podcasts = await startPodcastServer();
});
test.afterAll(() => podcasts.close());

const title = 'Asking for the close date, three ways';

test('hear it, note it, make it a lesson, ask with it, find it, and listen again offline', async ({ page }, testInfo) => {
  const app = server.current();
  const { feed } = await app.api<{ feed: { id: string } }>('feeds.add', { url: podcasts.url('/feed.xml') });
  await app.api('people.create', { name: 'Dana Whitfield', relation: 'salesperson' });
  const audio = page.locator('audio');
  const time = () => audio.evaluate((element: HTMLAudioElement) => element.currentTime);

  // Open the episode and play: the time advances.
  await openApp(page, `${app.openUrl}#/podcasts/${feed.id}`);
  await page.getByRole('main').getByRole('link', { name: title }).click();
  const listen = page.getByRole('region', { name: 'Listen' });
  await listen.getByRole('button', { name: 'Play', exact: true }).click();
  await expect.poll(time, { timeout: 10_000 }).toBeGreaterThan(0.5);

  // Faster, then chapter 2, then a line of the transcript.
  const controls = listen.getByRole('group', { name: 'Episode player' });
  await controls.getByRole('button', { name: /^Speed 1x$/ }).click();
  await expect.poll(() => audio.evaluate((element: HTMLAudioElement) => element.playbackRate)).toBe(1.25);
  await listen.getByRole('button', { name: 'Next chapter' }).click();
  await expect.poll(time).toBeGreaterThanOrEqual(60);
  const transcript = page.getByRole('region', { name: 'Transcript' });
  await transcript.getByRole('button', { name: /^12:34\s*Morgan Guest\s*I ask the flibbertigibbet question/ }).click();
  await expect.poll(time).toBeGreaterThanOrEqual(754);

  // N: a note at the moment heard, quoting the line; playback waits while the leader writes.
  await page.locator('#main-content').focus();
  await page.keyboard.press('n');
  const dialog = page.getByRole('dialog', { name: /^Note at 12:3\d$/ });
  const words = dialog.getByRole('textbox', { name: 'Note' });
  await expect(words).toHaveValue('> I ask the flibbertigibbet question: what would have to be true for this to close by Friday?\n\n');
  await expect.poll(() => audio.evaluate((element: HTMLAudioElement) => element.paused)).toBe(true);
  await words.pressSequentially('Ask this in every forecast call, then wait for the answer.');
  await dialog.getByRole('combobox', { name: 'About a person' }).selectOption({ label: 'Dana Whitfield' });
  await dialog.getByRole('button', { name: 'Save note' }).click();
  await expect(dialog).toBeHidden();
  // The dialog closed: listening goes on.
  await expect.poll(() => audio.evaluate((element: HTMLAudioElement) => element.paused)).toBe(false);
  const note = page.getByRole('region', { name: 'Your notes' }).getByRole('article', { name: /^Note at 12:3\d$/ });
  await expect(note).toContainText('Ask this in every forecast call');
  await captureView(page, testInfo, 'journey-note');

  // Make it a lesson of one's own.
  await note.getByRole('button', { name: 'Make it a lesson…' }).click();
  const lessonDialog = page.getByRole('dialog', { name: 'Make it a lesson of your own' });
  await expect(lessonDialog.getByRole('textbox', { name: 'Your words' })).toHaveValue(/Ask this in every forecast call/);
  await lessonDialog.getByRole('textbox', { name: 'Title' }).fill('Ask what would have to be true');
  await lessonDialog.getByRole('radio', { name: /^Ask/ }).check();
  await lessonDialog.getByRole('button', { name: 'Save as a lesson' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ask what would have to be true' })).toBeVisible();
  await expect(page.locator('.lesson-body')).toContainText(/Heard in Asking for the close date, three ways at 12:3\d\./);

  // An ask with it, for Dana, with the three confirmations: the lesson and the moment linked.
  await page.getByRole('button', { name: 'Apply this' }).click();
  await expect(page.getByRole('radio', { name: 'Ask' })).toBeChecked();
  await expect(page.getByRole('link', { name: 'Ask what would have to be true' })).toBeVisible();
  await choose(page, /^Person/, /Dana Whitfield/);
  await page.getByRole('textbox', { name: 'What do you ask?' }).fill('Say what would have to be true for Acme to close by Friday');
  await page.getByRole('textbox', { name: 'How will they do it?' }).fill('Call the buyer and list the conditions');
  await page.getByLabel('When can you expect it?').fill('2030-03-14');
  await page.getByRole('textbox', { name: 'What help do they need from you?' }).fill('Join the call if the buyer wants an executive');
  await page.getByRole('button', { name: 'Save ask' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Say what would have to be true for Acme to close by Friday' })).toBeVisible();
  await expect(page.getByText('Confirmed: 3 of 3')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Ask what would have to be true' })).toBeVisible();
  await captureView(page, testInfo, 'journey-ask');

  // Search finds the note and the lesson.
  const search = page.getByRole('searchbox', { name: 'Search the library' });
  // The note's own words: it matches every one, so it is on the first page of 10.
  await search.fill('every forecast call, then wait for the answer');
  await expect(page.getByRole('option', { name: /^Asking for the close date, three ways at 12:3\d/ }).filter({ hasText: 'Ask this in every forecast call' })).toBeVisible();
  await search.fill('what would have to be true');
  await expect(page.getByRole('option', { name: /^Ask what would have to be true/ }).first()).toBeVisible();
  await captureView(page, testInfo, 'journey-search');
  await search.fill('');
  await page.keyboard.press('Escape');

  // Keep it on disk, then the show's server goes away.
  await openApp(page, `${app.openUrl}#/episode/${(await app.api<Array<{ id: string; title: string }>>('episodes.list', { feedId: feed.id })).find((e) => e.title === title)?.id}`);
  await page.getByRole('group', { name: 'Download for offline listening' }).getByRole('button', { name: 'Download' }).click();
  await expect(page.getByText(/^Downloaded \(\d+(\.\d)? [KM]B\): it plays offline\.$/)).toBeVisible({ timeout: 15_000 });
  await podcasts.close();

  // Play again from the note's moment, in the mini player: with the show's server gone, the audio
  // can only come from the download.
  const offlineNote = page.getByRole('region', { name: 'Your notes' }).getByRole('article', { name: /^Note at 12:3\d$/ });
  await offlineNote.getByRole('button', { name: /^Play “Asking for the close date, three ways” from 12:3\d$/ }).click();
  const from = await time();
  expect(from).toBeGreaterThanOrEqual(750);
  await expect.poll(time, { timeout: 10_000 }).toBeGreaterThan(from + 0.5);
  const mini = page.getByRole('region', { name: 'Player' });
  await expect(mini.getByRole('link', { name: title })).toBeVisible();
  expect(await violationsOf(page)).toEqual([]);

  // The app opens again (a restart): the episode is back in the mini player, paused where it stopped.
  await page.locator('#main-content').focus();
  await page.keyboard.press('Space');
  await expect.poll(() => audio.evaluate((element: HTMLAudioElement) => element.paused)).toBe(true);
  const stoppedAt = Math.floor(await time());
  await expect.poll(async () => Math.floor((await app.api<{ positionSeconds: number }>('episodes.get', { id: (await app.api<{ current: { id: string } }>('player.state')).current.id })).positionSeconds)).toBe(stoppedAt);
  await openApp(page, `${app.openUrl}#/library`);
  await expect(mini.getByRole('link', { name: title })).toBeVisible();
  await expect.poll(time).toBeGreaterThanOrEqual(stoppedAt);
  expect(await audio.evaluate((element: HTMLAudioElement) => element.paused)).toBe(true);
  await mini.getByRole('button', { name: 'Play', exact: true }).click();
  await expect.poll(time, { timeout: 10_000 }).toBeGreaterThan(stoppedAt + 0.5);
  podcasts = await startPodcastServer(); // for afterAll
});
