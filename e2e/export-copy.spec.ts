// Copying an export for email and chat puts rich text and plain text on the clipboard together.
import { expect, test } from '@playwright/test';
import { openApp } from './support/app';
import { serveFulcrumForFile } from './support/fulcrumServer';

const server = serveFulcrumForFile(test);

test('copy a lesson as rich text and plain text', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(server.current().openUrl).origin });
  await openApp(page, `${server.current().openUrl}#/lesson/three-confirmations`);
  const title = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('status')).toHaveText(/^Share: the lesson/);
  await dialog.getByRole('button', { name: 'Copy' }).click();
  await expect(page.getByText(/^Copied as rich text and plain text\. Share: the lesson/)).toBeVisible();
  const copied = await page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    const read = async (type: string) => (item?.types.includes(type) ? await (await item.getType(type)).text() : null);
    return { html: await read('text/html'), text: await read('text/plain') };
  });
  expect(copied.text?.startsWith(`# ${title}`)).toBe(true);
  expect(copied.html).toContain(`<h1>${title}</h1>`);
  expect(copied.html).not.toContain('<script');
});
