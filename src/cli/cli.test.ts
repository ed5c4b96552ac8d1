// The `fulcrum` command as a user runs it: `node bin/fulcrum.js ...` in a child process.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../core/createCore';
import { localDate } from '../shared/calendarDays';
import { inProcessClient } from '../core/inProcessClient';
import { journalFileName } from '../core/storage/database';
import type { JournalEntry, LessonDetail, ResultKind, SearchResults } from '../shared/contract';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const bin = path.join(projectRoot, 'bin', 'fulcrum.js');
const processTimeout = 60_000;
const testTimeout = 120_000;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

let tmp: string;
/** The bundled pack as the core reads it in this process: the reference the CLI's answers are checked against. */
let reference: Core;
/** The title of the lesson three-confirmations, from the bundled pack (content editors may reword it). */
let lessonTitle: string;

function run(args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [bin, ...args],
      // FULCRUM_DATA_DIR keeps any command that forgot --data-dir away from the real journal.
      { cwd: projectRoot, timeout: processTimeout, maxBuffer: 16 * 1024 * 1024, env: { ...process.env, FULCRUM_DATA_DIR: path.join(tmp, 'fallback-data') } },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== 'number') {
          reject(new Error(`fulcrum ${args.join(' ')} did not finish: ${error.message}\n${stderr}`));
          return;
        }
        resolve({ code: error ? Number(error.code) : 0, stdout, stderr });
      },
    );
  });
}

function lines(text: string): string[] {
  return text.split('\n').filter((line) => line !== '');
}

/** A failure as the CLI promises it: one line on stderr, starting "fulcrum: ". */
function expectOneErrorLine(result: Run, code: number): string {
  expect(result.code, result.stderr).toBe(code);
  expect(result.stderr.endsWith('\n')).toBe(true);
  const errorLines = lines(result.stderr);
  expect(errorLines).toHaveLength(1);
  expect(errorLines[0]).toMatch(/^fulcrum: \S/);
  return errorLines[0] ?? '';
}

interface Row {
  id: string;
  kind: string;
  title: string;
  snippet: string;
  itemId?: string;
}

function parseRows(result: Run): Row[] {
  expect(result.code, result.stderr).toBe(0);
  expect(result.stderr).toBe('');
  const rows = JSON.parse(result.stdout) as Row[];
  expect(Array.isArray(rows)).toBe(true);
  return rows;
}

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'fulcrum-cli-test-'));
  reference = await createCore({ dataDir: await mkdtemp(path.join(tmp, 'reference-data-')), contentDir: path.join(projectRoot, 'content') });
  const lesson = await inProcessClient(reference.handlers).library.lesson({ id: 'three-confirmations' });
  expect(lesson.item.id).toBe('meet-the-sales-experts-phil-harris');
  lessonTitle = lesson.lesson.title;
});

afterAll(async () => {
  reference?.close();
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

/** The core's own ranking of a query, to check the CLI keeps it. */
function coreSearch(q: string, kinds?: ResultKind[]): Promise<SearchResults> {
  return inProcessClient(reference.handlers).search.query({ q, limit: 30, ...(kinds ? { kinds } : {}) });
}

describe('fulcrum search', () => {
  let dataDir: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmp, 'search-data-'));
  });

  it('prints a JSON array of rows with only id, kind, title, snippet and itemId, best first', async () => {
    const rows = parseRows(await run(['--data-dir', dataDir, 'search', 'confirm', '--json']));
    expect(rows.length).toBeGreaterThan(2);
    for (const row of rows) {
      const keys = Object.keys(row);
      expect(keys.slice(0, 4)).toEqual(['id', 'kind', 'title', 'snippet']);
      expect(keys.length === 4 || (keys.length === 5 && keys[4] === 'itemId')).toBe(true);
      expect(typeof row.id).toBe('string');
      expect(['lesson', 'episode', 'article', 'journal']).toContain(row.kind);
      expect(row.title).not.toBe('');
      expect(typeof row.snippet).toBe('string');
      if (row.kind === 'lesson') expect(row.itemId).toMatch(/^[a-z0-9-]+$/);
      else expect(row).not.toHaveProperty('itemId');
    }
    // Best first: the same order as the core's ranking (most query words matched, then score).
    const ranked = await coreSearch('confirm');
    expect(rows.map((r) => `${r.kind}:${r.id}`)).toEqual(ranked.hits.map((h) => `${h.kind}:${h.id}`));
    for (let i = 1; i < ranked.hits.length; i++) {
      const [previous, current] = [ranked.hits[i - 1]!, ranked.hits[i]!];
      expect(previous.matched > current.matched || (previous.matched === current.matched && previous.score >= current.score)).toBe(true);
    }
    // The unfiltered search mixes kinds, so the --kind test below has something to filter out.
    expect(rows.some((r) => r.kind !== 'lesson')).toBe(true);
  }, testTimeout);

  it('finds the lesson three-confirmations first for "three confirmations"', async () => {
    const rows = parseRows(await run(['--data-dir', dataDir, 'search', 'three confirmations', '--json']));
    expect(rows[0]).toEqual({
      id: 'three-confirmations',
      kind: 'lesson',
      title: lessonTitle,
      snippet: expect.stringMatching(/confirm/i) as unknown as string,
      itemId: 'meet-the-sales-experts-phil-harris',
    });
    expect(rows.map((r) => r.id)).toEqual((await coreSearch('three confirmations')).hits.map((h) => h.id));
  }, testTimeout);

  it('returns only lessons with --kind lesson', async () => {
    const rows = parseRows(await run(['--data-dir', dataDir, 'search', 'confirm', '--kind', 'lesson', '--json']));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.kind === 'lesson')).toBe(true);
    expect(rows.map((r) => r.id)).toEqual((await coreSearch('confirm', ['lesson'])).hits.map((h) => h.id));
  }, testTimeout);

  it('returns at most N rows with --limit N, the best ones', async () => {
    const rows = parseRows(await run(['--data-dir', dataDir, 'search', 'confirm', '--limit', '2', '--json']));
    expect(rows).toHaveLength(2);
    expect(rows.map((r) => r.id)).toEqual((await coreSearch('confirm')).hits.slice(0, 2).map((h) => h.id));
  }, testTimeout);

  it('prints grouped, readable results without --json', async () => {
    const result = await run(['--data-dir', dataDir, 'search', 'three confirmations', '--kind', 'lesson', '--limit', '3']);
    expect(result.code, result.stderr).toBe(0);
    const out = lines(result.stdout);
    expect(out[0]).toBe('Lessons');
    expect(out[1]).toBe(`  three-confirmations  ${lessonTitle}  [ask]`);
    expect(out.at(-1)).toMatch(/^3 of \d+ results$/);
    expect(result.stdout).not.toContain('\u001b[');
  }, testTimeout);
});

describe('bad usage', () => {
  const cases: Array<{ name: string; args: () => string[]; code: number; says: RegExp }> = [
    { name: 'no command', args: () => ['--data-dir', tmp], code: 2, says: /no command/ },
    { name: 'an unknown command', args: () => ['--data-dir', tmp, 'frobnicate'], code: 2, says: /unknown command "frobnicate"/ },
    { name: 'an unknown option', args: () => ['--data-dir', tmp, 'search', 'confirm', '--bogus'], code: 2, says: /--bogus/ },
    { name: 'search without a query', args: () => ['--data-dir', tmp, 'search'], code: 2, says: /search needs a query/ },
    { name: '--kind bogus', args: () => ['--data-dir', tmp, 'search', 'confirm', '--kind', 'bogus'], code: 2, says: /--kind must be one of: lesson, episode, article, podcast, transcript, note, journal, person, action, not "bogus"/ },
    { name: '--limit 0', args: () => ['--data-dir', tmp, 'search', 'confirm', '--limit', '0'], code: 2, says: /--limit must be a whole number from 1 to 200, not "0"/ },
    { name: '--limit ten', args: () => ['--data-dir', tmp, 'search', 'confirm', '--limit', 'ten'], code: 2, says: /--limit must be a whole number from 1 to 200, not "ten"/ },
    { name: '--format docx', args: () => ['--data-dir', tmp, 'export', 'three-confirmations', '--format', 'docx', '--out', path.join(tmp, 'never.docx')], code: 2, says: /--format must be one of: md, html, pdf, not "docx"/ },
    { name: '--paper legal', args: () => ['--data-dir', tmp, 'export', 'three-confirmations', '--format', 'pdf', '--paper', 'legal', '--out', path.join(tmp, 'never.pdf')], code: 2, says: /--paper must be one of: a4, letter, not "legal"/ },
    { name: 'export without --out', args: () => ['--data-dir', tmp, 'export', 'x'], code: 2, says: /export needs --out FILE/ },
    { name: 'show of an unknown id', args: () => ['--data-dir', tmp, 'show', 'no-such-id'], code: 1, says: /nothing is called "no-such-id"/ },
  ];

  it.concurrent.each(cases)('exits $code with one line on stderr for $name', async ({ args, code, says }) => {
    const result = await run(args());
    const line = expectOneErrorLine(result, code);
    expect(line).toMatch(says);
    expect(result.stdout).toBe('');
  }, testTimeout);

  it('prints usage with --help and -h and exits 0', async () => {
    for (const flag of ['--help', '-h']) {
      const result = await run([flag]);
      expect(result.code).toBe(0);
      expect(result.stderr).toBe('');
      expect(result.stdout).toMatch(/^Usage: fulcrum /);
      for (const command of ['search <query>', 'show <id>', 'export <id>', 'content check', 'journal add', 'journal list', '--data-dir DIR']) {
        expect(result.stdout).toContain(command);
      }
    }
  }, testTimeout);
});

describe('the journal, across separate processes', () => {
  let dataDir: string;
  let entry: JournalEntry;
  let listed: JournalEntry[];
  const text = 'Asked Dana for the CRM cleanup';

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmp, 'journal-data-'));
  });

  it('adds an entry linked to a lesson and prints it as JSON', async () => {
    const before = localDate(new Date());
    const result = await run(['--data-dir', dataDir, 'journal', 'add', '--lesson', 'three-confirmations', '--text', text, '--json']);
    const after = localDate(new Date());
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toBe('');
    entry = JSON.parse(result.stdout) as JournalEntry;
    expect(entry).toMatchObject({ title: '', body: text, lessonIds: ['three-confirmations'] });
    expect([before, after]).toContain(entry.date);
    expect(entry.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(entry.createdAt).toBe(entry.updatedAt);
    // The journal was written into the data folder given with --data-dir.
    expect((await stat(path.join(dataDir, journalFileName))).isFile()).toBe(true);
  }, testTimeout);

  it('lists the entry from a new process: it persisted', async () => {
    const result = await run(['--data-dir', dataDir, 'journal', 'list', '--json']);
    expect(result.code, result.stderr).toBe(0);
    listed = JSON.parse(result.stdout) as JournalEntry[];
    expect(listed).toEqual([entry]);
  }, testTimeout);

  it('refuses an entry about an unknown lesson with exit 1 and writes nothing', async () => {
    const result = await run(['--data-dir', dataDir, 'journal', 'add', '--lesson', 'no-such-lesson', '--text', 'x']);
    const line = expectOneErrorLine(result, 1);
    expect(line).toContain('"no-such-lesson"');
    expect(line).toMatch(/nothing was saved/);
    expect(result.stdout).toBe('');

    const list = await run(['--data-dir', dataDir, 'journal', 'list', '--json']);
    expect(list.code, list.stderr).toBe(0);
    expect(JSON.parse(list.stdout)).toEqual(listed);
  }, testTimeout);

  it('shows the lesson with the entry as a backlink', async () => {
    const result = await run(['--data-dir', dataDir, 'show', 'three-confirmations', '--json']);
    expect(result.code, result.stderr).toBe(0);
    const detail = JSON.parse(result.stdout) as LessonDetail;
    expect(detail.lesson).toEqual({ id: 'three-confirmations', title: lessonTitle, mode: 'ask', itemId: 'meet-the-sales-experts-phil-harris' });
    expect(detail.item.id).toBe('meet-the-sales-experts-phil-harris');
    expect(detail.html).toContain('<strong>how</strong>');
    expect(detail.backlinks).toEqual([entry]);
  }, testTimeout);

  it('finds the entry in a search from a new process', async () => {
    const rows = parseRows(await run(['--data-dir', dataDir, 'search', 'CRM cleanup', '--kind', 'journal', '--json']));
    expect(rows.map((r) => r.id)).toEqual([entry.id]);
    expect(rows[0]?.snippet).toContain('CRM cleanup');
  }, testTimeout);

  it('exports the lesson to share without the journal, and with it when asked, never overwriting', async () => {
    const shared = path.join(tmp, 'shared.md');
    const result = await run(['--data-dir', dataDir, 'export', 'three-confirmations', '--format', 'md', '--out', shared]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toBe(`Exported "three-confirmations" to ${shared}\nShare: the lesson, as the library has it. No journal text, people or actions.\n`);
    const sharedMarkdown = await readFile(shared, 'utf8');
    expect(sharedMarkdown.split('\n')[0]).toBe(`# ${lessonTitle}`);
    expect(sharedMarkdown).not.toContain('My journal');
    expect(sharedMarkdown).not.toContain(text);

    const again = await run(['--data-dir', dataDir, 'export', 'three-confirmations', '--format', 'md', '--out', shared, '--include-journal']);
    expect(again.code).toBe(2);
    expect(again.stderr).toBe(`fulcrum: ${shared} already exists; choose another --out, or add --force to replace it\n`);
    expect(await readFile(shared, 'utf8')).toBe(sharedMarkdown);

    const forced = await run(['--data-dir', dataDir, 'export', 'three-confirmations', '--format', 'md', '--out', shared, '--include-journal', '--force']);
    expect(forced.code, forced.stderr).toBe(0);
    expect(forced.stdout).toMatch(/Share with your journal: the lesson and 1 journal entry of yours about it/);
    const markdown = await readFile(shared, 'utf8');
    expect(markdown).toMatch(/^## My journal$/m);
    expect(markdown).toContain(text);
    expect(markdown.indexOf(text)).toBeGreaterThan(markdown.indexOf('## My journal'));
    expect(markdown).toContain(`### ${entry.date}`);
  }, testTimeout);

  it('exports a journal entry as an HTML archive', async () => {
    const out = path.join(tmp, 'entry.html');
    const result = await run(['--data-dir', dataDir, 'export', entry.id, '--format', 'html', '--out', out]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('Archive: one journal entry as you wrote it');
    const html = await readFile(out, 'utf8');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain(text);
    expect(html).not.toContain(entry.id);
  }, testTimeout);
});

describe('fulcrum content check', () => {
  it('passes on the bundled pack', async () => {
    const result = await run(['content', 'check']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^Content pack OK: \d+ items, \d+ lessons \(.+content\)\n$/);
    const [, items = '0', lessons = '0'] = /(\d+) items, (\d+) lessons/.exec(result.stdout) ?? [];
    expect(Number(items)).toBeGreaterThanOrEqual(10);
    expect(Number(lessons)).toBeGreaterThanOrEqual(30);
  }, testTimeout);

  it('reports every problem of a broken pack as path:line: message and exits 1', async () => {
    const dir = await mkdtemp(path.join(tmp, 'broken-pack-'));
    const files: Record<string, string> = {
      'bad-mode.md': [
        '---',
        'kind: article',
        'title: Bad mode',
        'date: 2024-01-15',
        'show: Fulcrum Field Notes',
        'author: Fulcrum editors',
        'category: Coaching',
        'tags: [asking]',
        'summary: A lesson with a mode that does not exist.',
        'lessons:',
        '  - id: shouting-lesson',
        '    title: Shout louder',
        '    mode: shout',
        '---',
        '',
        '## Shout louder {#shouting-lesson}',
        '',
        'Text.',
        '',
      ].join('\n'),
      'bad-yaml.md': [
        '---',
        'kind: article',
        'title: Bad YAML',
        'date: 2024-01-15',
        'summary: one: two',
        'author: Fulcrum editors',
        '---',
        '',
        'Body.',
        '',
      ].join('\n'),
      'first.md': [
        '---',
        'kind: article',
        'title: First',
        'date: 2024-01-15',
        'show: Fulcrum Field Notes',
        'author: Fulcrum editors',
        'category: Coaching',
        'tags: [asking]',
        'summary: Declares the shared lesson first.',
        'lessons:',
        '  - id: shared-lesson',
        '    title: Shared lesson',
        '    mode: ask',
        '---',
        '',
        'Intro.',
        '',
        '## Shared lesson {#shared-lesson}',
        '',
        'See [the missing page](./missing.md) for more.',
        '',
      ].join('\n'),
      'second.md': [
        '---',
        'kind: article',
        'title: Second',
        'date: 2024-01-16',
        'show: Fulcrum Field Notes',
        'author: Fulcrum editors',
        'category: Coaching',
        'tags: [asking]',
        'summary: Declares the same lesson id again.',
        'lessons:',
        '  - id: shared-lesson',
        '    title: Shared lesson again',
        '---',
        '',
        '## Shared lesson again {#shared-lesson}',
        '',
        'Text.',
        '',
      ].join('\n'),
    };
    for (const [name, source] of Object.entries(files)) await writeFile(path.join(dir, name), source, 'utf8');
    /** The 1-based line of a file on which a piece of text stands. */
    const lineOf = (name: string, needle: string) => (files[name] ?? '').split('\n').findIndex((line) => line.includes(needle)) + 1;
    expect(lineOf('bad-mode.md', 'mode: shout')).toBe(13);
    expect(lineOf('bad-yaml.md', 'summary: one: two')).toBe(5);
    expect(lineOf('first.md', './missing.md')).toBe(20);

    const result = await run(['content', 'check', dir]);
    const summary = expectOneErrorLine(result, 1);
    expect(summary).toBe(`fulcrum: 4 problems in the content pack at ${dir}`);

    const shown = path.relative(projectRoot, dir);
    const reported = lines(result.stdout);
    for (const line of reported) expect(line).toMatch(/^.+\.md:\d+: \S.*$/);
    expect(reported).toHaveLength(4);
    expect(reported).toEqual(
      expect.arrayContaining([
        `${path.join(shown, 'bad-mode.md')}:13: lessons.0.mode must be one of: ask, share, mandate`,
        expect.stringMatching(new RegExp(`^${escapeRegExp(path.join(shown, 'bad-yaml.md'))}:5: frontmatter is not valid YAML: \\S`)),
        `${path.join(shown, 'first.md')}:20: link points to "missing.md", which is not in the pack`,
        // A duplicate across files is reported where the second file declares it.
        `${path.join(shown, 'second.md')}:${lineOf('second.md', 'id: shared-lesson')}: lesson id "shared-lesson" is already used in first.md`,
      ]),
    );
  }, testTimeout);

  it('says so when the folder does not exist', async () => {
    const missing = path.join(tmp, 'no-such-pack');
    const result = await run(['content', 'check', missing]);
    expectOneErrorLine(result, 1);
    expect(result.stdout).toBe(`${path.relative(projectRoot, missing)}:0: the content folder does not exist\n`);
  }, testTimeout);
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
