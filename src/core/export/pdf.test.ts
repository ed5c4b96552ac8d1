// PDF exports read back with poppler's pdftotext and pdfinfo (Debian's poppler-utils, which
// .ci/run installs): the text is all there, page one starts with the title, pages are numbered,
// the paper is A4 or Letter as asked, and nothing in the file can run or load.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { paperForLocale } from '../../shared/contract';
import { coreForEachTest } from '../../../test/support/coreFixture';

const fixture = coreForEachTest();

function poppler(tool: 'pdftotext' | 'pdfinfo', args: string[]): string {
  try {
    return execFileSync(tool, args, { encoding: 'utf8' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new Error(`${tool} is missing: install Debian's poppler-utils (.ci/run does) to check PDF exports.`, { cause: error });
    throw error;
  }
}

async function pdfOf(kind: 'lesson' | 'item' | 'entry', id: string, paper: 'a4' | 'letter', includeJournal = false) {
  const doc = await fixture.client.export.document({ kind, id, format: 'pdf', paper, includeJournal });
  const file = path.join(fixture.dataDir, doc.fileName);
  const bytes = Buffer.from(doc.content, 'base64');
  writeFileSync(file, bytes);
  const info = poppler('pdfinfo', [file]);
  return { doc, bytes, text: poppler('pdftotext', ['-layout', file, '-']), pages: Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]), size: /^Page size:\s+(.*)$/m.exec(info)?.[1] ?? '', info };
}

describe('PDF exports', () => {
  it('hold the whole text, the title on page one, numbered pages, on the paper asked for', async () => {
    const detail = await fixture.client.library.item({ id: 'meet-the-sales-experts-phil-harris' });
    const pdf = await pdfOf('item', detail.id, 'a4');
    expect(pdf.doc).toMatchObject({ mimeType: 'application/pdf', encoding: 'base64', fileName: `${detail.id}.pdf`, purpose: 'share' });
    expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.size).toMatch(/^595\.\d* x 841\.\d* pts \(A4\)/);
    expect(pdf.pages).toBeGreaterThan(1);
    const pages = pdf.text.split('\f').filter((page) => page.trim());
    expect(pages).toHaveLength(pdf.pages);
    expect(pages[0]?.trim().startsWith(detail.title.slice(0, 30))).toBe(true);
    pages.forEach((page, i) => expect(page, `page ${i + 1}`).toMatch(new RegExp(`Page\\s*${i + 1}\\s*of\\s*${pdf.pages}`)));
    const flat = pdf.text.replace(/\s+/g, ' ');
    for (const lesson of detail.lessons) expect(flat).toContain(lesson.title.replace(/\s+/g, ' ').slice(0, 40));
    expect(flat).toContain('Shared from Fulcrum on 2025-03-10.');
    expect(pdf.info).toMatch(/^Title:\s+Sharing, mandating and asking/m);

    const letter = await pdfOf('lesson', 'three-confirmations', 'letter');
    expect(letter.size).toMatch(/^612 x 792 pts \(letter\)/);
  });

  it('keeps hostile text as text: no script, no launch, only web and mail links', async () => {
    await fixture.client.journal.create({
      date: '2025-03-09',
      title: '<script>alert(1)</script>',
      body: '<img src=x onerror=alert(1)> [run](javascript:alert(2)) [site](https://example.com/ok) ![pixel](https://tracker.invalid/p.gif)',
      lessonIds: ['crm-compliance'],
    });
    const pdf = await pdfOf('lesson', 'crm-compliance', 'a4', true);
    const raw = pdf.bytes.toString('latin1');
    expect(raw).not.toMatch(/\/JavaScript|\/JS\b|\/Launch|\/EmbeddedFile|\/OpenAction/);
    const uris = [...raw.matchAll(/\/URI\s*\(([^)]*)\)/g)].map((m) => m[1]);
    expect(uris.every((uri) => /^(https?:\/\/|mailto:)/.test(uri ?? '')), uris.join(' ')).toBe(true);
    expect(uris).not.toContain('https://tracker.invalid/p.gif');
    expect(pdf.text).toContain('<img src=x onerror=alert(1)>');
  });

  it('picks the paper from the locale', () => {
    expect(['en-US', 'en-CA', 'es-MX', 'en_US.UTF-8', 'en-GB', 'de-DE', 'fr', 'zh-Hant-TW'].map(paperForLocale)).toEqual(['letter', 'letter', 'letter', 'letter', 'a4', 'a4', 'a4', 'a4']);
  });
});
