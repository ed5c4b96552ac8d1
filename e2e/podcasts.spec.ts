// Podcasts as a leader brings them in: import an OPML file → refresh with progress → open the show
// → open an episode → read its transcript → search a word only its transcript holds → open the hit
// at its time → write a journal entry linked to the episode → the feed server goes away → everything
// is still there, and a refresh says "offline".
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

test('import OPML, refresh, read a transcript, find a passage, write about it, and keep it all offline', async ({ page }, testInfo) => {
  const opml = `<?xml version="1.0" encoding="UTF-8"?>
<opml version="1.0"><head><title>Overcast Podcast Subscriptions</title></head>
<body><outline text="feeds"><outline type="rss" text="Pipeline Coaching Hour" title="Pipeline Coaching Hour" xmlUrl="${podcasts.url('/feed.xml')}" htmlUrl="https://example.com"/></outline></body></opml>`;

  await openApp(page, `${server.current().openUrl}#/podcasts`);
  await expect(page.getByRole('heading', { level: 1, name: 'Podcasts' })).toBeVisible();
  await page.getByLabel('OPML file to import').setInputFiles({ name: 'overcast.opml', mimeType: 'text/x-opml', buffer: Buffer.from(opml) });
  await expect(page.getByText(/^Added 1 feed from overcast\.opml/)).toBeVisible();
  await expect(page.getByRole('list', { name: 'What the refresh found' })).toContainText('Pipeline Coaching Hour: Fetched: 3 episodes.');
  await expect(page.getByRole('link', { name: 'Pipeline Coaching Hour' })).toBeVisible();
  await expect(page.locator('.podcast-card')).toContainText('3 episodes');
  await expect(page.locator('.podcast-card img.podcast-artwork')).toBeVisible();
  await captureView(page, testInfo, 'podcasts');
  expect(await violationsOf(page)).toEqual([]);

  // Beside the bundled items in the library, newest first.
  await page.getByRole('link', { name: 'Library' }).click();
  const fromPodcasts = page.getByRole('region', { name: 'From your podcasts' });
  await expect(fromPodcasts.getByRole('listitem').first()).toContainText('Asking for the close date, three ways');
  await expect(fromPodcasts.getByRole('listitem')).toHaveCount(3);
  await fromPodcasts.scrollIntoViewIfNeeded();
  await captureView(page, testInfo, 'library-podcasts');

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Podcasts' }).click();
  await page.getByRole('link', { name: 'Pipeline Coaching Hour' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Pipeline Coaching Hour' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: /Show the images in this show’s notes/ })).not.toBeChecked();
  await expect(page.getByRole('combobox', { name: /Keep on disk by itself/ })).toHaveValue('0');
  expect(await violationsOf(page)).toEqual([]);
  await page.getByRole('main').getByRole('link', { name: 'Asking for the close date, three ways' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Asking for the close date, three ways' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Chapters' })).toBeVisible();
  await expect(page.getByText('Owning the date')).toBeVisible();
  await expect(page.getByText('[Image not loaded: pixel]')).toBeVisible();
  const transcript = page.locator('.transcript');
  await expect(transcript).toContainText('Welcome back to the Pipeline Coaching Hour.');
  await expect(transcript).toContainText('Morgan Guest');
  await captureView(page, testInfo, 'episode');

  // Listen from the web (through Fulcrum's audio route), then keep it on disk.
  const audio = page.locator('audio');
  await page.getByRole('region', { name: 'Listen' }).getByRole('button', { name: 'Play', exact: true }).click();
  await expect.poll(() => audio.evaluate((element: HTMLAudioElement) => element.currentTime), { timeout: 10_000 }).toBeGreaterThan(1.3);
  await audio.evaluate((element: HTMLAudioElement) => element.pause());
  // Where listening stopped is kept for next time.
  const episodeId = page.url().match(/episode\/([0-9a-f-]+)/)?.[1] as string;
  await expect.poll(async () => (await server.current().api<{ positionSeconds: number }>('episodes.get', { id: episodeId })).positionSeconds, { timeout: 5000 }).toBeGreaterThanOrEqual(1);
  // N opens a note at the moment heard, quoting what is said then; Cancel keeps nothing.
  await page.locator('body').press('n');
  const noteDialog = page.getByRole('dialog', { name: /^Note at 0:0\d$/ });
  await expect(noteDialog.getByRole('textbox', { name: 'Note' })).toHaveValue('> Welcome back to the Pipeline Coaching Hour.\n\n');
  await noteDialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(noteDialog).toBeHidden();
  await page.getByRole('group', { name: 'Download for offline listening' }).getByRole('button', { name: 'Download' }).click();
  await expect(page.getByText(/^Downloaded \(\d+(\.\d)? [KM]B\): it plays offline\.$/)).toBeVisible();
  expect(await violationsOf(page)).toEqual([]);

  // A word said only in the transcript: the hit says when and in which chapter, and opens there.
  const search = page.getByRole('searchbox', { name: 'Search the library' });
  await search.fill('flibbertigibbet');
  const hit = page.getByRole('option', { name: /Asking for the close date, three ways at 12:34/ });
  await expect(hit).toContainText('Chapter: Owning the date');
  await captureView(page, testInfo, 'search-transcript');
  await hit.click();
  const marked = page.locator('.cue-marked');
  await expect(marked).toContainText('flibbertigibbet');
  await expect(marked).toContainText('12:34');
  await expect(marked).toBeInViewport();

  // A note at that moment, quoting what was said; the episode lists it.
  await marked.getByRole('button', { name: 'Note what is said at 12:34' }).click();
  const words = page.getByRole('dialog', { name: 'Note at 12:34' }).getByRole('textbox', { name: 'Note' });
  await expect(words).toHaveValue(/^> I ask the flibbertigibbet question/);
  await words.pressSequentially('Try this with Dana on Friday.');
  await page.getByRole('dialog', { name: 'Note at 12:34' }).getByRole('button', { name: 'Save note' }).click();
  await expect(page.getByRole('region', { name: 'Your notes' }).getByRole('article', { name: 'Note at 12:34' })).toContainText('Try this with Dana on Friday.');

  // A journal entry about the episode links it; the episode lists the entry.
  await page.getByRole('link', { name: 'Write about it' }).click();
  const body = page.getByRole('textbox', { name: 'Entry text' });
  await expect(body).toHaveValue(/^\[\[Pipeline Coaching Hour: Asking for the close date, three ways\]\]\n/);
  await body.press('Control+End');
  await body.pressSequentially(' Dates slip when nobody owns them.');
  await page.getByRole('button', { name: /^Save/ }).first().click();
  const linked = page.getByRole('link', { name: 'Pipeline Coaching Hour: Asking for the close date, three ways' });
  await expect(linked).toBeVisible();
  await linked.click();
  const entries = page.getByRole('region', { name: 'Journal entries about it' });
  await expect(entries).toContainText('Dates slip when nobody owns them.');
  await expect(entries).not.toContainText('episode:');

  // Apply it with a person: an ask that comes from the episode, listed on the episode's page.
  await server.current().api('people.create', { name: 'Dana Whitfield', relation: 'salesperson' });
  await page.getByRole('link', { name: 'Apply it: ask, share or mandate…' }).click();
  await expect(page.getByRole('link', { name: 'Pipeline Coaching Hour: Asking for the close date, three ways' })).toBeVisible();
  await choose(page, /^Person/, 'Dana Whitfield');
  await page.getByRole('textbox', { name: 'What do you ask?' }).fill('Name the date the deal closes, and what would make it true');
  await captureView(page, testInfo, 'action-from-episode');
  await page.getByRole('button', { name: 'Save ask' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Name the date the deal closes, and what would make it true' })).toBeVisible();
  await page.getByRole('link', { name: 'Pipeline Coaching Hour: Asking for the close date, three ways' }).click();
  await expect(page.getByRole('region', { name: 'Applied with your people' })).toContainText('Name the date the deal closes');

  // The show's server goes away: everything is still here, and a refresh says so in words.
  await podcasts.close();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Podcasts' }).click();
  await page.getByRole('button', { name: 'Refresh all' }).click();
  await expect(page.getByRole('list', { name: 'What the refresh found' })).toContainText(/Pipeline Coaching Hour: Offline: /);
  await page.getByRole('link', { name: 'Pipeline Coaching Hour' }).click();
  await page.getByRole('main').getByRole('link', { name: 'Asking for the close date, three ways' }).click();
  await expect(page.locator('.transcript')).toContainText('flibbertigibbet');
  await search.fill('');
  await search.fill('flibbertigibbet');
  // The passage, and the note taken at it, quoting it.
  await expect(page.getByRole('option', { name: /at 12:34/ })).toHaveCount(2);

  // And after Fulcrum itself restarts, still offline: the shows, episodes, transcript, notes and search are kept.
  await server.restart();
  await openApp(page, `${server.current().openUrl}#/podcasts`);
  await page.getByRole('link', { name: 'Pipeline Coaching Hour' }).click();
  await page.getByRole('main').getByRole('link', { name: 'Asking for the close date, three ways' }).click();
  await expect(page.locator('.transcript')).toContainText('flibbertigibbet');
  // The show's server is gone: the episode, back in the player after the restart and paused where
  // listening stopped, plays from its download.
  const restored = page.getByRole('region', { name: 'Listen' }).getByRole('group', { name: 'Episode player' });
  await expect.poll(() => audio.evaluate((element: HTMLAudioElement) => (element.readyState >= 1 ? element.currentTime : -1)), { timeout: 10_000 }).toBeGreaterThanOrEqual(1);
  expect(await audio.evaluate((element: HTMLAudioElement) => element.paused)).toBe(true);
  await restored.getByRole('button', { name: 'Play', exact: true }).click();
  await expect.poll(() => audio.evaluate((element: HTMLAudioElement) => element.currentTime), { timeout: 10_000 }).toBeGreaterThan(1.3);
  await audio.evaluate((element: HTMLAudioElement) => element.pause());
  await expect(page.getByRole('region', { name: 'Your notes' })).toContainText('Try this with Dana on Friday.');
  await expect(page.getByRole('region', { name: 'Journal entries about it' })).toContainText('Dates slip');
  await expect(page.getByRole('region', { name: 'Applied with your people' })).toContainText('Name the date the deal closes');
  const searchAgain = page.getByRole('searchbox', { name: 'Search the library' });
  await searchAgain.fill('flibbertigibbet');
  // The passage, and the note taken at it, quoting it.
  await expect(page.getByRole('option', { name: /at 12:34/ })).toHaveCount(2);
  podcasts = await startPodcastServer(); // for afterAll
});
