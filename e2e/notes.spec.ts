// Notes and lessons of one's own, as a leader uses them around an episode: a note on a transcript
// line (quoting it) about a person → it shows on the episode, the journal day and the person's page
// → edit it → delete and undo → select words of the transcript → make a lesson of them → edit that
// lesson → apply it → find it in search. The listening half (player, N key, downloads) is in
// e2e/listen-journey.spec.ts.
import { expect, test } from '@playwright/test';
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

test('a note on a transcript line, on its day and person, edited, undone; a lesson from selected words, edited, applied and found', async ({ page }, testInfo) => {
  const app = server.current();
  const { feed } = await app.api<{ feed: { id: string } }>('feeds.add', { url: podcasts.url('/feed.xml') });
  const [episode] = await app.api<Array<{ id: string }>>('episodes.list', { feedId: feed.id });
  const dana = await app.api<{ id: string }>('people.create', { name: 'Dana Whitfield', relation: 'salesperson' });
  await openApp(page, `${app.openUrl}#/episode/${episode?.id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Asking for the close date, three ways' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Your notes' })).toContainText('No notes yet');

  // "Note" on a transcript line: the dialog quotes the line, at its time.
  const line = page.locator('.cue').filter({ hasText: 'flibbertigibbet' });
  await line.hover();
  await line.getByRole('button', { name: 'Note what is said at 12:34' }).click();
  const dialog = page.getByRole('dialog', { name: 'Note at 12:34' });
  await expect(dialog).toContainText('Asking for the close date, three ways');
  const words = dialog.getByRole('textbox', { name: 'Note' });
  await expect(words).toHaveValue('> I ask the flibbertigibbet question: what would have to be true for this to close by Friday?\n\n');
  await words.press('End');
  await words.pressSequentially('Use it in the Friday forecast call.');
  await dialog.getByRole('combobox', { name: 'About a person' }).selectOption({ label: 'Dana Whitfield' });
  await captureView(page, testInfo, 'note-dialog');
  expect(await violationsOf(page)).toEqual([]);
  await words.press('Control+Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Note saved: Asking for the close date, three ways at 12:34.')).toBeVisible();
  const notes = page.getByRole('region', { name: 'Your notes' });
  const card = notes.getByRole('article', { name: 'Note at 12:34' });
  await expect(card).toContainText('Use it in the Friday forecast call.');
  await expect(card.getByRole('link', { name: 'Dana Whitfield' })).toBeVisible();

  // Edit it: a new moment and words.
  await card.getByRole('button', { name: 'Edit' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit the note' });
  await edit.getByRole('textbox', { name: 'At' }).fill('12:45');
  await edit.getByRole('textbox', { name: 'Note' }).fill('Then wait for the answer, and write it down.');
  await edit.getByRole('button', { name: 'Save the note' }).click();
  const edited = notes.getByRole('article', { name: 'Note at 12:45' });
  await expect(edited).toContainText('Then wait for the answer');

  // A moment past the end is refused in words, and nothing is lost.
  await edited.getByRole('button', { name: 'Edit' }).click();
  await edit.getByRole('textbox', { name: 'At' }).fill('59:00');
  await edit.getByRole('button', { name: 'Save the note' }).click();
  await expect(edit.getByRole('alert')).toContainText('59:00 is after the end of “Asking for the close date, three ways” (31:05 long)');
  await edit.getByRole('button', { name: 'Cancel' }).click();
  await expect(edited).toBeVisible();

  // On its day in the journal, and on Dana's page.
  await openApp(page, `${app.openUrl}#/journal`);
  await expect(page.getByRole('link', { name: /Note Asking for the close date, three ways at 12:45/ })).toBeVisible();
  const [taken] = await app.api<Array<{ date: string }>>('notes.list', {});
  await openApp(page, `${app.openUrl}#/journal/day/${taken?.date}`);
  await expect(page.getByRole('region', { name: 'Notes while listening' })).toContainText('Then wait for the answer');
  expect(await violationsOf(page)).toEqual([]);
  await openApp(page, `${app.openUrl}#/people/${dana.id}`);
  const onPerson = page.getByRole('region', { name: 'Notes from episodes' });
  await expect(onPerson).toContainText('Then wait for the answer');

  // Delete it, then Undo.
  await onPerson.getByRole('button', { name: 'Delete the note at 12:45' }).click();
  await expect(onPerson).toBeHidden();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('region', { name: 'Notes from episodes' })).toContainText('Then wait for the answer');

  // Words selected in the transcript become a lesson of one's own. Dragging over a line's words
  // selects them without playing from that line.
  await openApp(page, `${app.openUrl}#/episode/${episode?.id}`);
  const welcome = page.locator('.cue').filter({ hasText: 'Welcome back' }).locator('.cue-text');
  await welcome.scrollIntoViewIfNeeded();
  const box = await welcome.boundingBox();
  if (!box) throw new Error('the first line is not on screen');
  await page.mouse.move(box.x + 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width - 2, box.y + box.height / 2, { steps: 8 });
  await page.mouse.up();
  await expect(page.getByRole('toolbar', { name: 'What to do with the selected words' })).toBeVisible();
  expect(await page.evaluate(() => document.getSelection()?.toString())).toMatch(/^Welcome back to the Pipeline Coaching Hour/);
  // Nothing was loaded into the player: a click on the line would have (after a round trip), so
  // give it the time to, then look.
  await page.waitForTimeout(1000);
  await expect(page.getByRole('region', { name: 'Player' })).toHaveCount(0);
  expect(await page.locator('audio').evaluate((element: HTMLAudioElement) => element.paused)).toBe(true);
  await page.evaluate(() => document.getSelection()?.removeAllRanges());
  const shrug = page.locator('.cue').filter({ hasText: 'rep just shrugs' }).locator('.cue-text');
  await shrug.scrollIntoViewIfNeeded();
  // Selected as a leader drags over the words (selectText would select the whole line, a button).
  await shrug.evaluate((words) => {
    const range = document.createRange();
    range.selectNodeContents(words);
    document.getSelection()?.removeAllRanges();
    document.getSelection()?.addRange(range);
  });
  await page.getByRole('toolbar', { name: 'What to do with the selected words' }).getByRole('button', { name: 'Make a lesson of this…' }).click();
  const lessonDialog = page.getByRole('dialog', { name: 'Make it a lesson of your own' });
  await expect(lessonDialog).toContainText('From “Asking for the close date, three ways” at 1:10');
  await expect(lessonDialog.locator('blockquote')).toHaveText('So what do you say when the rep just shrugs?');
  await lessonDialog.getByRole('textbox', { name: 'Title' }).fill('Treat the shrug as an answer');
  await lessonDialog.getByRole('radio', { name: /^Ask/ }).check();
  await lessonDialog.getByRole('textbox', { name: 'Your words' }).fill('A shrug means the rep has no plan yet: ask how they will find out, and by when.');
  await lessonDialog.getByRole('textbox', { name: 'Tags' }).fill('Close dates, forecasting');
  await captureView(page, testInfo, 'lesson-dialog');
  expect(await violationsOf(page)).toEqual([]);
  await lessonDialog.getByRole('button', { name: 'Save as a lesson' }).click();

  // Show notes too: their words have no moment, so they make a lesson but not a note.
  await page.getByRole('heading', { level: 1, name: 'Treat the shrug as an answer' }).waitFor();
  await page.goBack();
  const showNotes = page.locator('[data-lesson-source="show-notes"] p').first();
  await showNotes.scrollIntoViewIfNeeded();
  await showNotes.evaluate((words) => {
    const range = document.createRange();
    range.selectNodeContents(words);
    document.getSelection()?.removeAllRanges();
    document.getSelection()?.addRange(range);
  });
  const bar = page.getByRole('toolbar', { name: 'What to do with the selected words' });
  await expect(bar.getByRole('button', { name: 'Note this…' })).toHaveCount(0);
  await bar.getByRole('button', { name: 'Make a lesson of this…' }).click();
  const fromNotes = page.getByRole('dialog', { name: 'Make it a lesson of your own' });
  await expect(fromNotes).toContainText('From “Asking for the close date, three ways”, its show notes');
  await expect(fromNotes.locator('blockquote')).toContainText('How to ask for a close date so that the rep owns it.');
  await fromNotes.getByRole('button', { name: 'Cancel' }).click();
  await page.goForward();

  // Its page: a lesson like the bundled ones, marked as the leader's own, heard at 1:10.
  await expect(page.getByRole('heading', { level: 1, name: 'Treat the shrug as an answer' })).toBeVisible();
  await expect(page.locator('.lesson-body')).toContainText('Heard in Asking for the close date, three ways at 1:10.');
  await expect(page.getByRole('region', { name: 'Your lesson' }).getByRole('button', { name: 'Play from 1:10' })).toBeVisible();
  await expect(page.locator('.lesson-body blockquote')).toContainText('rep just shrugs');
  await captureView(page, testInfo, 'own-lesson');
  expect(await violationsOf(page)).toEqual([]);
  await page.getByRole('region', { name: 'Your lesson' }).getByRole('button', { name: 'Edit' }).click();
  const editLesson = page.getByRole('dialog', { name: 'Edit your lesson' });
  await editLesson.getByRole('textbox', { name: 'Title' }).fill('Treat a shrug as an answer');
  await editLesson.getByRole('button', { name: 'Save the lesson' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Treat a shrug as an answer' })).toBeVisible();

  // Apply it: an ask with the lesson and the moment it was heard at.
  await page.getByRole('button', { name: 'Apply this' }).click();
  await expect(page.getByRole('radio', { name: 'Ask' })).toBeChecked();
  await expect(page.getByRole('link', { name: 'Treat a shrug as an answer' })).toBeVisible();
  await expect(page.getByText(/Asking for the close date, three ways, at 1:10/)).toBeVisible();

  // The library lists it under "Your lessons", and search finds the note and the lesson.
  const search = page.getByRole('searchbox', { name: 'Search the library' });
  await search.fill('shrug answer');
  // The lesson, and the item of "Your lessons" that holds it.
  await expect(page.getByRole('option', { name: /Treat a shrug as an answer/ })).toHaveCount(2);
  await search.fill('wait for the answer and write it down');
  const noteHit = page.getByRole('option', { name: /Asking for the close date, three ways at 12:45/ });
  await expect(noteHit).toBeVisible();
  await noteHit.click();
  await expect(page.getByRole('region', { name: 'Your notes' }).locator('[aria-current="true"]')).toContainText('Then wait for the answer');
});
