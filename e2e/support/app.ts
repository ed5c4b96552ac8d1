// What every spec does with the app page: open it and wait until it says it is ready, and pick a
// value in one of its menu selects (a button that opens a menu of radio items).
import { expect, type Page } from '@playwright/test';

export async function openApp(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(page.locator('body[data-ready="true"]')).toBeAttached();
}

export async function choose(page: Page, label: RegExp, choice: string | RegExp): Promise<void> {
  await page.getByRole('button', { name: label }).click();
  await page.getByRole('menuitemradio', { name: choice }).click();
}
