// Listening as a leader does, in browser mode: open an episode → Play (the audio's time advances)
// → change the speed → jump to chapter 2 → click a transcript line (the time jumps there, the line
// is marked) → click a chapter of the list → go to another page: the mini player stays and playback goes on → Space pauses →
// the arrows skip by the configured lengths → ] speeds up → queue another episode → mark it played
// and unplayed → the system's media session names the episode → the episode ends: it is played
// and the queued one starts. Axe finds nothing on the episode page or with the mini player.
import { expect, test, type Page } from '@playwright/test';
import type { FeedServer } from '../test/support/feedServer';
import { startPodcastServer } from '../test/support/podcastServer';
import { openApp } from './support/app';
import { violationsOf } from './support/axe';
import { serveFulcrumForFile } from './support/fulcrumServer';
import { captureView } from './support/screenshots';

const server = serveFulcrumForFile(test);
let podcasts: FeedServer;
test.beforeAll(async () => {
  podcasts = await startPodcastServer();
});
test.afterAll(() => podcasts.close());

const closeDates = 'Asking for the close date, three ways';
const mandates = 'When a mandate is the right call';

/** The app's one audio element, read as the tests need it. */
const media = (page: Page) => {
  const audio = page.locator('audio');
  return {
    time: () => audio.evaluate((element: HTMLAudioElement) => element.currentTime),
    rate: () => audio.evaluate((element: HTMLAudioElement) => element.playbackRate),
    paused: () => audio.evaluate((element: HTMLAudioElement) => element.paused),
  };
};

test('play an episode, move through it, keep listening across pages, queue the next one', async ({ page }, testInfo) => {
  const { feed } = await server.current().api<{ feed: { id: string } }>('feeds.add', { url: podcasts.url('/feed.xml') });
  const audio = media(page);

  await openApp(page, `${server.current().openUrl}#/podcasts/${feed.id}`);
  await page.getByRole('main').getByRole('link', { name: closeDates }).click();
  await expect(page.getByRole('heading', { level: 1, name: closeDates })).toBeVisible();
  const listen = page.getByRole('region', { name: 'Listen' });

  // Play: the one audio element plays this episode, and its time advances.
  await listen.getByRole('button', { name: 'Play', exact: true }).click();
  await expect.poll(audio.time, { timeout: 10_000 }).toBeGreaterThan(0.5);
  const controls = listen.getByRole('group', { name: 'Episode player' });
  await expect(controls.getByRole('button', { name: 'Pause' })).toBeVisible();
  expect(await page.locator('audio').evaluate((element: HTMLAudioElement) => element.preservesPitch)).toBe(true);

  // Speed: the control steps 1× → 1.25×, kept as the leader's preference.
  await controls.getByRole('button', { name: /^Speed 1x$/ }).click();
  await expect.poll(audio.rate).toBe(1.25);
  await expect(controls.getByRole('button', { name: /^Speed 1.25x$/ })).toBeVisible();
  await expect.poll(async () => (await server.current().api<{ preferences: { speed: number } }>('player.state')).preferences.speed, { timeout: 5000 }).toBe(1.25);

  // Chapter 2: the next-chapter button jumps to 1:00, and the chapter list marks it.
  await listen.getByRole('button', { name: 'Next chapter' }).click();
  await expect.poll(audio.time).toBeGreaterThanOrEqual(60);
  expect(await audio.time()).toBeLessThan(70);
  await expect(listen.getByText('2 of 3: The shrug')).toBeVisible();
  const chapters = page.getByRole('region', { name: 'Chapters' });
  await expect(chapters.locator('li[aria-current="true"]')).toContainText('The shrug');

  // A transcript line: clicking it plays from its start, and it is the line marked as spoken.
  const transcript = page.getByRole('region', { name: 'Transcript' });
  await transcript.getByRole('button', { name: /^12:34\s*Morgan Guest\s*I ask the flibbertigibbet question/ }).click();
  await expect.poll(audio.time).toBeGreaterThanOrEqual(754);
  expect(await audio.time()).toBeLessThan(762);
  await expect(transcript.locator('li[aria-current="true"]')).toContainText('flibbertigibbet');
  await expect(transcript.locator('li[aria-current="true"]')).toBeInViewport();
  await expect(chapters.locator('li[aria-current="true"]')).toContainText('Owning the date');
  await captureView(page, testInfo, 'player-transcript');
  expect(await violationsOf(page)).toEqual([]);
  await page.getByRole('heading', { level: 1, name: closeDates }).scrollIntoViewIfNeeded();
  await captureView(page, testInfo, 'player-episode');
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await violationsOf(page)).toEqual([]);
  await captureView(page, testInfo, 'player-episode-dark');
  await page.emulateMedia({ colorScheme: 'light' });

  // A chapter of the list: back to "The shrug" (and far from the end, for what follows).
  await chapters.getByRole('button', { name: /The shrug/ }).click();
  await expect.poll(audio.time).toBeLessThan(70);
  expect(await audio.time()).toBeGreaterThanOrEqual(60);
  await expect(chapters.locator('li[aria-current="true"]')).toContainText('The shrug');

  // The system's media controls name the episode and its show.
  expect(await page.evaluate(() => ({ title: navigator.mediaSession.metadata?.title, artist: navigator.mediaSession.metadata?.artist, state: navigator.mediaSession.playbackState }))).toEqual({
    title: closeDates,
    artist: 'Pipeline Coaching Hour',
    state: 'playing',
  });

  // Another page: the mini player stays, and playback goes on where it was.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Library' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
  const mini = page.getByRole('region', { name: 'Player' });
  await expect(mini.getByRole('link', { name: closeDates })).toBeVisible();
  const leftAt = await audio.time();
  await expect.poll(audio.time, { timeout: 10_000 }).toBeGreaterThan(leftAt + 0.5);

  // Space pauses (the focus is on the link just followed, which Space does not activate).
  await page.keyboard.press('Space');
  await expect.poll(audio.paused).toBe(true);
  await expect(mini.getByRole('button', { name: 'Play', exact: true })).toBeVisible();

  // The arrows skip back 15 s and forward 30 s; after the leader sets "back" to 10 s, back goes 10 s.
  const pausedAt = await audio.time(); // a little after 1:00
  await page.keyboard.press('ArrowLeft');
  await expect.poll(audio.time).toBeCloseTo(pausedAt - 15, 1);
  await page.keyboard.press('ArrowLeft');
  await expect.poll(audio.time).toBeCloseTo(pausedAt - 30, 1);
  await page.keyboard.press('ArrowRight');
  await expect.poll(audio.time).toBeCloseTo(pausedAt, 1);
  await mini.getByRole('button', { name: /^Settings/ }).click();
  await mini.getByRole('combobox', { name: 'Skip back' }).selectOption('10');
  await expect(mini.getByRole('button', { name: 'Back 10 seconds' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(mini.getByRole('combobox', { name: 'Skip back' })).toBeHidden();
  await page.locator('#main-content').focus();
  await page.keyboard.press('ArrowLeft');
  await expect.poll(audio.time).toBeCloseTo(pausedAt - 10, 1);
  expect((await server.current().api<{ preferences: object }>('player.state')).preferences).toEqual({ skipBackSeconds: 10, skipForwardSeconds: 30, speed: 1.25 });

  // ] one step faster, [ one back.
  await page.keyboard.press(']');
  await expect.poll(audio.rate).toBe(1.5);
  await page.keyboard.press('[');
  await page.keyboard.press(']');
  await expect.poll(audio.rate).toBe(1.5);

  // The queue: another episode added from the library's list is up next.
  const fromPodcasts = page.getByRole('region', { name: 'From your podcasts' });
  await fromPodcasts.getByRole('button', { name: `Add to queue: ${mandates}` }).click();
  await expect(page.getByText(`“${mandates}” is in your queue (1 up next).`)).toBeVisible();
  const upNext = mini.getByRole('button', { name: /^Up next/ });
  await expect(upNext).toHaveText('Up next 1');
  await upNext.click();
  const queue = mini.getByRole('list', { name: 'Up next' });
  await expect(queue.getByRole('listitem')).toHaveCount(1);
  await expect(queue).toContainText(mandates);
  await captureView(page, testInfo, 'player-mini-queue');
  expect(await violationsOf(page)).toEqual([]);
  await upNext.click();

  // Played and unplayed, from the episode's row.
  const markPlayed = fromPodcasts.getByRole('button', { name: `Mark played: ${mandates}` });
  await markPlayed.click();
  await expect(fromPodcasts.getByRole('button', { name: `Mark unplayed: ${mandates}` })).toBeVisible();
  const mandatesId = (await server.current().api<{ queue: Array<{ id: string }> }>('player.state')).queue[0]?.id as string;
  expect((await server.current().api<{ played: boolean }>('episodes.get', { id: mandatesId })).played).toBe(true);
  await fromPodcasts.getByRole('button', { name: `Mark unplayed: ${mandates}` }).click();
  await expect(markPlayed).toBeVisible();
  expect((await server.current().api<{ played: boolean }>('episodes.get', { id: mandatesId })).played).toBe(false);
  await captureView(page, testInfo, 'player-mini');
  expect(await violationsOf(page)).toEqual([]);

  // The episode ends: it is marked played, and the queued one starts.
  const closeDatesId = (await server.current().api<Array<{ id: string; title: string }>>('episodes.list', { feedId: feed.id })).find((e) => e.title === closeDates)?.id;
  await page.locator('audio').evaluate((element: HTMLAudioElement) => (element.currentTime = element.duration - 1.5)); // its last moments
  await page.locator('#main-content').focus();
  await page.keyboard.press('Space');
  await expect(mini.getByRole('link', { name: mandates })).toBeVisible({ timeout: 15_000 });
  await expect(upNext).toHaveText('Up next 0');
  await expect.poll(audio.time, { timeout: 10_000 }).toBeGreaterThan(0.3);
  expect(await audio.rate()).toBe(1.5);
  expect((await server.current().api<{ played: boolean }>('episodes.get', { id: closeDatesId })).played).toBe(true);
  expect(await page.evaluate(() => navigator.mediaSession.metadata?.title)).toBe(mandates);
});
