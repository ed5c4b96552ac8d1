// Real temporary folders for tests, removed afterwards. Test support only.
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

export async function makeTempDir(prefix = 'fulcrum-test-'): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** Writes files (relative path -> text) under dir. */
export async function writeFiles(dir: string, files: Record<string, string>): Promise<void> {
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), text, 'utf8');
  }
}

/** A small valid item file; override parts to make broken ones. */
export function itemFile(options: { title?: string; kind?: 'episode' | 'article'; lessons?: Array<{ id: string; title: string; mode?: string; body?: string }>; extraFrontmatter?: string; intro?: string; tags?: string[]; show?: string; date?: string } = {}): string {
  const kind = options.kind ?? 'article';
  const lessons = options.lessons ?? [{ id: 'sample-lesson', title: 'A sample lesson', mode: 'ask', body: 'Ask clearly.' }];
  const fm = [
    '---',
    `kind: ${kind}`,
    `title: ${options.title ?? 'Sample item'}`,
    `date: ${options.date ?? '2024-01-15'}`,
    `show: ${options.show ?? 'Fulcrum Field Notes'}`,
    kind === 'episode' ? 'host: Sam Host' : 'author: Fulcrum editors',
    'category: Coaching',
    `tags: [${(options.tags ?? ['asking']).join(', ')}]`,
    'summary: A short summary.',
    ...(options.extraFrontmatter ? [options.extraFrontmatter] : []),
    lessons.length === 0 ? 'lessons: []' : 'lessons:',
    ...lessons.flatMap((l) => [`  - id: ${l.id}`, `    title: ${l.title}`, ...(l.mode ? [`    mode: ${l.mode}`] : [])]),
    '---',
    '',
    options.intro ?? 'An introduction.',
    '',
    ...lessons.flatMap((l) => [`## ${l.title} {#${l.id}}`, '', l.body ?? 'Lesson text.', '']),
  ];
  return fm.join('\n');
}
