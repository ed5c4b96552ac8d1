// Exports through the contract, on the bundled library and a real journal: what is shared by
// default leaks nothing private, nothing the leader typed stays live, and each format reads back.
import type { Root } from 'mdast';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeBundle } from '../../shared/exportBundle';
import type { ExportFormat, ExportTarget } from '../../shared/contract';
import { linkMarkdown } from '../../shared/inlineLinks';
import { parsePlainMarkdown } from '../library/parseItem';
import { coreForEachTest } from '../../../test/support/coreFixture';

const fixture = coreForEachTest();
const formats: ExportFormat[] = ['md', 'html'];

/** Every kind of node in a Markdown tree, and every link and image address in it. */
function inventory(tree: Root): { types: Set<string>; urls: string[] } {
  const types = new Set<string>();
  const urls: string[] = [];
  const walk = (node: { type: string; url?: string; children?: unknown[] }) => {
    types.add(node.type);
    if (node.url !== undefined) urls.push(node.url);
    for (const child of node.children ?? []) walk(child as typeof node);
  };
  walk(tree);
  return { types, urls };
}

describe('sharing by default', () => {
  it('holds no journal text, people, actions or app addresses in any shareable export', async () => {
    const markers = ['zorbleplank', 'quillifant', 'marrowgast', 'vexillium', 'thrumbolt'];
    const [personWord, roleWord, actionWord, confirmWord, entryWord] = markers as [string, string, string, string, string];
    const dana = await fixture.client.people.create({ name: `Dana ${personWord}`, relation: 'salesperson', role: `AE ${roleWord}` });
    const ask = await fixture.client.actions.create({ kind: 'ask', personId: dana.id, text: `Fix the ${actionWord} field`, lessonIds: ['crm-compliance', 'three-confirmations'], confirmations: { how: `By ${confirmWord}`, when: '2025-03-12' } });
    const entry = await fixture.client.journal.create({
      date: '2025-03-09',
      title: `1:1 ${entryWord}`,
      body: `Talked with ${linkMarkdown('person', dana.id, `Dana ${personWord}`)} about ${linkMarkdown('action', ask.id, 'the ask')} and ${linkMarkdown('lesson', 'crm-compliance', 'CRM')}: ${entryWord}.`,
      lessonIds: ['crm-compliance', 'three-confirmations'],
    });
    const item = (await fixture.client.library.lesson({ id: 'crm-compliance' })).item.id;
    const targets: Array<[ExportTarget, string]> = [
      ['lesson', 'crm-compliance'],
      ['lesson', 'three-confirmations'],
      ['item', item],
      ['item', 'building-trust-before-sharing'], // links to other items and lessons of the library
    ];
    for (const [kind, id] of targets) {
      for (const format of formats) {
        const doc = await fixture.client.export.document({ kind, id, format });
        const label = `${kind} ${id} as ${format}`;
        expect(doc.purpose, label).toBe('share');
        expect(doc.holds, label).toMatch(/No journal text, people or actions\.$/);
        for (const file of [doc.content, doc.preview]) {
          for (const marker of markers) expect(file, `${label} holds "${marker}"`).not.toContain(marker);
          expect(file, label).not.toMatch(/\b(person|lesson|action):/);
          for (const secret of [dana.id, ask.id, entry.id]) expect(file, label).not.toContain(secret);
          expect(file, label).not.toContain('My journal');
        }
        // Library links between items and lessons point into the app: they are plain text outside it.
        if (format === 'md') expect(inventory(parsePlainMarkdown(doc.content)).urls.filter((url) => !/^(https?:\/\/|mailto:)/.test(url)), label).toEqual([]);
        else expect([...doc.content.matchAll(/<a\s[^>]*href="([^"]*)"/g)].map((m) => m[1]).filter((url) => !/^(https?:\/\/|mailto:)/.test(url ?? '')), label).toEqual([]);
      }
    }
  });

  it('holds none of it in a PDF, a brief, or a folder export either', async () => {
    const marker = 'zorbleplank';
    const dana = await fixture.client.people.create({ name: `Dana ${marker}`, relation: 'salesperson' });
    const ask = await fixture.client.actions.create({ kind: 'ask', personId: dana.id, text: `Fix ${marker}`, lessonIds: ['crm-compliance'], confirmations: { how: marker } });
    await fixture.client.journal.create({ date: '2025-03-09', title: marker, body: `With ${linkMarkdown('person', dana.id, marker)} on ${linkMarkdown('action', ask.id, marker)}.`, lessonIds: ['crm-compliance'] });
    const brief = await fixture.client.briefs.create({ title: 'Q3 kickoff', introduction: 'Read these.', lessons: [{ lessonId: 'crm-compliance', comment: 'Start here.' }, { lessonId: 'three-confirmations' }] });
    const texts: Array<[string, string]> = [];
    for (const [kind, id] of [['lesson', 'crm-compliance'], ['brief', brief.id]] as const) {
      const pdf = await fixture.client.export.document({ kind, id, format: 'pdf' });
      const file = path.join(fixture.dataDir, pdf.fileName);
      writeFileSync(file, Buffer.from(pdf.content, 'base64'));
      texts.push([`${kind} as pdf`, execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' })]);
      for (const format of formats) texts.push([`${kind} as ${format}`, (await fixture.client.export.document({ kind, id, format })).content]);
    }
    for (const format of formats) {
      const folder = await makeBundle(fixture.client, { items: [{ kind: 'lesson', id: 'crm-compliance' }, { kind: 'brief', id: brief.id }, { kind: 'item', id: 'building-trust-before-sharing' }], format });
      expect(folder.plan.purpose).toBe('share');
      for (const file of folder.files) texts.push([`folder ${file.name}`, new TextDecoder().decode(file.bytes)]);
    }
    for (const [label, text] of texts) {
      expect(text, label).not.toContain(marker);
      expect(text, label).not.toMatch(/\b(person|lesson|action|item|entry|brief):/);
      for (const secret of [dana.id, ask.id, brief.id]) expect(text, label).not.toContain(secret);
    }
  });

  it('adds the journal only when asked, with people as plain names and no app addresses or ids', async () => {
    const dana = await fixture.client.people.create({ name: 'Dana Whitfield', relation: 'salesperson' });
    const entry = await fixture.client.journal.create({ date: '2025-03-09', title: 'CRM push', body: `Asked ${linkMarkdown('person', dana.id, 'Dana Whitfield')} to fix the close dates.`, lessonIds: ['crm-compliance'] });
    for (const format of formats) {
      const doc = await fixture.client.export.document({ kind: 'lesson', id: 'crm-compliance', format, includeJournal: true });
      expect(doc.holds).toBe('Share with your journal: the lesson and 1 journal entry of yours about it, which may name people and hold private notes.');
      expect(doc.content).toContain('My journal');
      expect(doc.content).toContain('Asked Dana Whitfield to fix the close dates.');
      expect(doc.content).not.toMatch(/\b(person|lesson|action):/);
      expect(doc.content).not.toContain(dana.id);
      expect(doc.content).not.toContain(entry.id);
    }
  });
});

describe('an archived journal entry', () => {
  it('says it is private, names the people and lessons it links, and carries no ids', async () => {
    const dana = await fixture.client.people.create({ name: 'Dana Whitfield', relation: 'salesperson' });
    const entry = await fixture.client.journal.create({ date: '2025-03-09', title: 'Weekly 1:1', body: `With ${linkMarkdown('person', dana.id, 'Dana')}.\n\n# Notes\n\nAll good.`, lessonIds: ['three-confirmations'] });
    const doc = await fixture.client.export.document({ kind: 'entry', id: entry.id, format: 'md' });
    expect(doc).toMatchObject({ purpose: 'archive', fileName: 'journal-2025-03-09-weekly-1-1.md', mimeType: 'text/markdown' });
    expect(doc.holds).toMatch(/^Archive: /);
    const lesson = await fixture.client.library.lesson({ id: 'three-confirmations' });
    const lines = doc.content.split('\n');
    expect(lines[0]).toBe('# Weekly 1:1');
    expect(doc.content).toContain(`2025-03-09 · About: Dana Whitfield · Lessons: ${lesson.lesson.title}`);
    expect(doc.content).toContain('## Notes');
    expect(doc.content).toContain('Archived from Fulcrum on 2025-03-10. Private: it holds your own notes.');
    expect(doc.content).not.toContain(entry.id);
    expect(doc.content).not.toContain(dana.id);
  });
});

describe('archives of the journal', () => {
  it('makes a 1:1 prep sheet: open asks with their confirmations, open mandates, recent shares and notes', async () => {
    const dana = await fixture.client.people.create({ name: 'Dana Whitfield', relation: 'salesperson', role: 'Account executive' });
    await fixture.client.actions.create({ kind: 'ask', personId: dana.id, text: 'Update the close dates', date: '2025-03-03', confirmations: { how: 'Tuesday block', when: '2025-03-05' } });
    await fixture.client.actions.create({ kind: 'share', personId: dana.id, text: 'My forecast checklist', category: 'expertise', date: '2025-03-08' });
    await fixture.client.actions.create({ kind: 'share', personId: dana.id, text: 'An old story', category: 'story', date: '2025-01-02' });
    await fixture.client.actions.create({ kind: 'mandate', personId: dana.id, text: 'Pipeline review every Friday', dueDate: '2025-03-14' });
    await fixture.client.journal.create({ date: '2025-03-09', title: 'Weekly 1:1', body: `Talked with ${linkMarkdown('person', dana.id, 'Dana')} about the forecast.` });
    const doc = await fixture.client.export.document({ kind: 'person', id: dana.id, format: 'md' });
    expect(doc).toMatchObject({ purpose: 'archive', fileName: '1-1-prep-dana-whitfield-2025-03-10.md' });
    expect(doc.holds).toBe('Archive: your open asks, mandates, recent shares and notes about Dana Whitfield. Keep it private.');
    const md = doc.content;
    expect(md.split('\n')[0]).toBe('# 1:1 prep: Dana Whitfield');
    const section = (name: string) => md.slice(md.indexOf(`## ${name}`), md.indexOf('\n## ', md.indexOf(`## ${name}`) + 3));
    expect(section('Open asks')).toContain('**Update the close dates** — asked 2025-03-03. How: Tuesday block. When: 2025-03-05 (5 days late). Help: not confirmed.');
    expect(section('Open mandates')).toContain('Pipeline review every Friday');
    expect(section('Shares and mandates in the last 30 days')).toContain('My forecast checklist');
    expect(section('Shares and mandates in the last 30 days')).not.toContain('An old story');
    expect(md).toContain('Talked with Dana Whitfield about the forecast.');
    expect(md).not.toContain(dana.id);
  });

  it('exports the journal between two days, oldest first, and refuses a range that ends before it starts', async () => {
    for (const [date, body] of [['2025-03-01', 'Before'], ['2025-03-05', 'Inside B'], ['2025-03-03', 'Inside A'], ['2025-03-09', 'After']]) await fixture.client.journal.create({ date: date as string, body: body as string });
    const doc = await fixture.client.export.journal({ from: '2025-03-02', to: '2025-03-08', format: 'md' });
    expect(doc).toMatchObject({ purpose: 'archive', fileName: 'journal-2025-03-02-to-2025-03-08.md' });
    expect(doc.holds).toBe('Archive: 2 journal entries from 2025-03-02 to 2025-03-08, with the people they name. Keep it private.');
    expect(doc.content.indexOf('Inside A')).toBeLessThan(doc.content.indexOf('Inside B'));
    expect(doc.content).not.toMatch(/Before|After/);
    await expect(fixture.client.export.journal({ from: '2025-03-08', to: '2025-03-02' })).rejects.toThrow('From must not be after the last day.');
  });
});

describe('whatever the leader typed', () => {
  const hostile = [
    '<script>alert("md")</script>',
    '<img src="https://tracker.example/pixel.gif" onerror="alert(1)">',
    '<a href="javascript:alert(2)">raw link</a>',
    '[click me](javascript:alert(3)) and [data](data:text/html;base64,PHNjcmlwdD5hbGVydCg0KTwvc2NyaXB0Pg==)',
    '![remote](https://tracker.example/img.png) ![local](file:///etc/passwd)',
    '[ref link][evil]\n\n[evil]: javascript:alert(5)',
    '<iframe src="https://evil.example"></iframe><div onclick="alert(6)">box</div>',
    '<svg onload="alert(7)"></svg> <style>body{background:url(https://tracker.example/bg)}</style>',
    '[fine](https://example.com/safe) and <mailto:someone@example.com>',
  ].join('\n\n');

  it('is inert in every format: raw HTML is text, only web and mail links stay, nothing loads', async () => {
    const hostilePerson = await fixture.client.people.create({ name: '<b onmouseover="alert(8)">Dana</b>', relation: 'salesperson', role: '<script>alert(10)</script>' });
    await fixture.client.actions.create({ kind: 'ask', personId: hostilePerson.id, text: '<img src=x onerror=alert(11)>', confirmations: { how: '[x](javascript:alert(12))' } });
    const entry = await fixture.client.journal.create({ date: '2025-03-09', title: '<img src=x onerror=alert(9)> title', body: hostile, lessonIds: ['crm-compliance'] });
    const exports = [
      await fixture.client.export.document({ kind: 'entry', id: entry.id, format: 'md' }),
      await fixture.client.export.document({ kind: 'entry', id: entry.id, format: 'html' }),
      await fixture.client.export.document({ kind: 'lesson', id: 'crm-compliance', format: 'md', includeJournal: true }),
      await fixture.client.export.document({ kind: 'lesson', id: 'crm-compliance', format: 'html', includeJournal: true }),
      await fixture.client.export.document({ kind: 'person', id: hostilePerson.id, format: 'md' }),
      await fixture.client.export.document({ kind: 'person', id: hostilePerson.id, format: 'html' }),
      await fixture.client.export.journal({ from: '2025-03-01', to: '2025-03-31', format: 'md' }),
      await fixture.client.export.journal({ from: '2025-03-01', to: '2025-03-31', format: 'html' }),
    ];
    for (const doc of exports) {
      const holdsEntry = doc.preview.includes('fine'); // the 1:1 sheet of the hostile person holds no entry
      if (doc.mimeType === 'text/markdown') {
        // Read back as Markdown: no HTML, no images, and only web and mail links.
        const { types, urls } = inventory(parsePlainMarkdown(doc.content));
        expect([...types].filter((t) => ['html', 'image', 'imageReference', 'definition', 'linkReference'].includes(t))).toEqual([]);
        expect(urls.every((url) => /^(https?:\/\/|mailto:)/.test(url)), urls.join(' ')).toBe(true);
        if (holdsEntry) expect(urls).toContain('https://example.com/safe');
      }
      for (const html of doc.mimeType === 'text/html' ? [doc.content, doc.preview] : [doc.preview]) {
        const tags = [...html.matchAll(/<([a-z][a-z0-9]*)\b([^>]*)>/gi)];
        expect(tags.map((t) => (t[1] as string).toLowerCase()).filter((tag) => ['script', 'img', 'iframe', 'svg', 'object', 'embed', 'link', 'base', 'form'].includes(tag))).toEqual([]);
        expect(tags.filter((t) => /\son[a-z]+\s*=/i.test(t[2] as string)).map((t) => t[0])).toEqual([]);
        // Attributes of real tags only: the same words written as text are escaped and harmless.
        const attributes = tags.map((t) => t[2] as string).join(' ');
        const hrefs = [...attributes.matchAll(/\shref="([^"]*)"/g)].map((m) => m[1] as string);
        expect(hrefs.every((href) => /^(https?:\/\/|mailto:)/.test(href)), hrefs.join(' ')).toBe(true);
        expect(attributes).not.toMatch(/\s(src|style|srcset|background)=/i);
        const styleSheets = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1] as string).join('');
        expect(styleSheets).not.toMatch(/url\(|@import/i);
        // The words are kept as text, so nothing the leader wrote is lost.
        if (holdsEntry) expect(html).toContain('&#x3C;script>alert("md")&#x3C;/script>');
        else expect(html).toContain('&#x3C;img src=x onerror=alert(11)>');
      }
    }
    const page = exports[1]?.content ?? '';
    expect(page).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'`);
    expect(page).toContain('<title>&#60;img src=x onerror=alert(9)&#62; title</title>');
  });
});

describe('formats', () => {
  it('writes Markdown that reads back to the same structure, and a self-contained HTML page', async () => {
    const lesson = await fixture.client.library.lesson({ id: 'three-confirmations' });
    const md = await fixture.client.export.document({ kind: 'lesson', id: 'three-confirmations', format: 'md' });
    expect(md.fileName).toBe('three-confirmations.md');
    const tree = parsePlainMarkdown(md.content);
    const first = tree.children[0];
    expect(first?.type === 'heading' && first.depth === 1 && first.children[0]?.type === 'text' && first.children[0].value).toBe(lesson.lesson.title);
    expect(inventory(tree).types.has('thematicBreak')).toBe(true);

    const html = await fixture.client.export.document({ kind: 'lesson', id: 'three-confirmations', format: 'html' });
    expect(html).toMatchObject({ fileName: 'three-confirmations.html', mimeType: 'text/html' });
    expect(html.content).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(html.content).toContain('<style>');
    expect(html.content).toContain('@media print');
    expect(html.content).toContain(html.preview);
    expect(html.content).not.toMatch(/<link\b|<script\b|@import|url\(/i);
  });

  it('exports an item with its lessons under their titles', async () => {
    const detail = await fixture.client.library.item({ id: 'meet-the-sales-experts-phil-harris' });
    const doc = await fixture.client.export.document({ kind: 'item', id: detail.id, format: 'md' });
    expect(doc.content.split('\n')[0]).toBe(`# ${detail.title}`);
    for (const lesson of detail.lessons) expect(doc.content).toContain(`## ${lesson.title}`);
  });

  it('refuses what does not exist, in plain words', async () => {
    await expect(fixture.client.export.document({ kind: 'lesson', id: 'no-such-lesson' })).rejects.toThrow(/no lesson "no-such-lesson"/);
    await expect(fixture.client.export.document({ kind: 'entry', id: 'nope' })).rejects.toThrow(/no longer exists/);
    // @ts-expect-error: an unknown format on purpose
    await expect(fixture.client.export.document({ kind: 'lesson', id: 'three-confirmations', format: 'docx' })).rejects.toThrow(/Format must be one of: md, html/);
  });
});
