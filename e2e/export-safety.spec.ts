// Whatever the leader typed, an exported file is inert where a teammate opens it: the HTML page in
// Chromium, and the Markdown in a viewer that renders raw HTML (simulated with remark + raw HTML).
// Canaries watch for dialogs, scripts setting a flag, requests of any kind and console errors.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test, type Browser } from '@playwright/test';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { serveFulcrumForFile } from './support/fulcrumServer';

const server = serveFulcrumForFile(test);
const folder = mkdtempSync(path.join(os.tmpdir(), 'fulcrum-exports-'));
test.afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Every way text can try to run or load something, each trying to raise the canary. */
const hostile = [
  '<script>window.pwned = "script"; alert("script")</script>',
  '<img src="https://tracker.invalid/pixel.gif" onerror="window.pwned = \'img\'; alert(1)">',
  '<a href="javascript:window.pwned=\'link\'">raw link</a> <svg onload="window.pwned = \'svg\'"></svg>',
  '[click me](javascript:window.pwned=\'md-link\') [data](data:text/html;base64,PHNjcmlwdD5hbGVydCg0KTwvc2NyaXB0Pg==)',
  '![remote](https://tracker.invalid/img.png) <iframe src="https://evil.invalid"></iframe>',
  '<style>body{background:url(https://tracker.invalid/bg)}</style><link rel="stylesheet" href="https://evil.invalid/x.css">',
  '<details open ontoggle="window.pwned = \'toggle\'">x</details> <body onload="window.pwned = \'body\'">',
].join('\n\n');

/** What a Markdown viewer that renders raw HTML would show for a file. */
const viewer = unified().use(remarkParse).use(remarkRehype, { allowDangerousHtml: true }).use(rehypeStringify, { allowDangerousHtml: true });
const asViewerPage = (markdown: string) => `<!doctype html><html><body>${viewer.processSync(markdown).toString()}</body></html>`;

interface Canaries {
  dialogs: string[];
  requests: string[];
  errors: string[];
  flag: unknown;
}

async function open(browser: Browser, name: string, html: string): Promise<Canaries> {
  const file = path.join(folder, name);
  writeFileSync(file, html, 'utf8');
  const url = pathToFileURL(file).href;
  const page = await browser.newPage();
  const seen: Canaries = { dialogs: [], requests: [], errors: [], flag: undefined };
  page.on('dialog', (dialog) => {
    seen.dialogs.push(dialog.message());
    // The page may be closing (or the dialog gone) by the time the dismissal arrives: that is fine.
    dialog.dismiss().catch(() => undefined);
  });
  page.on('request', (request) => {
    if (request.url() !== url) seen.requests.push(request.url());
  });
  page.on('console', (message) => {
    if (message.type() === 'error') seen.errors.push(message.text());
  });
  page.on('pageerror', (error) => seen.errors.push(error.message));
  await page.goto(url);
  await page.waitForLoadState('load');
  // Give event handlers (onerror, ontoggle) their chance to run.
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
  seen.flag = await page.evaluate(() => (window as unknown as { pwned?: unknown }).pwned);
  await page.close();
  return seen;
}

test('the canaries work: the same text rendered raw raises them', async ({ browser }) => {
  const seen = await open(browser, 'raw.html', asViewerPage(hostile));
  expect(seen.flag).toBeDefined();
  expect(seen.dialogs.length + seen.requests.length).toBeGreaterThan(0);
});

test('every export of hostile text is inert, in every format', async ({ browser }) => {
  const api = server.current().api;
  await api('people.create', { name: '<img src=x onerror="window.pwned=\'name\'">Dana', relation: 'salesperson' });
  const entry = await api<{ id: string }>('journal.create', { date: '2025-03-09', title: '<script>window.pwned="title"</script>', body: hostile, lessonIds: ['crm-compliance'] });
  const exports: Array<{ kind: string; id: string; includeJournal?: boolean }> = [
    { kind: 'entry', id: entry.id },
    { kind: 'lesson', id: 'crm-compliance', includeJournal: true },
  ];
  for (const target of exports) {
    for (const format of ['html', 'md'] as const) {
      const doc = await api<{ content: string; fileName: string }>('export.document', { ...target, format });
      const page = format === 'html' ? doc.content : asViewerPage(doc.content);
      const seen = await open(browser, `${target.kind}-${doc.fileName}.html`, page);
      expect(seen, `${target.kind} as ${format}`).toEqual({ dialogs: [], requests: [], errors: [], flag: undefined });
    }
  }
});
