// Markdown notes from other apps (Obsidian, Logseq, any folder of .md files) as journal entries.
// The day comes from the frontmatter's `date`, else from a date in the file's name (2025-03-09.md,
// Logseq's 2025_03_09.md), else today; the title from the frontmatter's `title`, else the first
// heading, else the file's name. `[[wikilinks]]` that name a person or a lesson become links to
// them; the others stay as their words. The frontmatter is dropped; the rest is kept as written.
import { parse as parseYaml } from 'yaml';
import { linkMarkdown } from '../../shared/inlineLinks';

export interface ImportedNote {
  path: string;
  date: string;
  title: string;
  body: string;
}

export interface LinkTargets {
  /** A person's id by their name (compared without case). */
  person: (name: string) => string | undefined;
  /** A lesson's id by its title or id (compared without case). */
  lesson: (name: string) => string | undefined;
}

const frontmatter = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;
const dayInName = /(\d{4})[-_.](\d{2})[-_.](\d{2})/;
const wikilink = /\[\[([^\]|#\n]+)(?:#[^\]|\n]*)?(?:\|([^\]\n]+))?\]\]/g;

function realDay(year: string, month: string, day: string): string | null {
  const iso = `${year}-${month}-${day}`;
  const parsed = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(parsed.getTime()) || !parsed.toISOString().startsWith(iso) ? null : iso;
}

function dayOf(value: unknown): string | null {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  const match = typeof value === 'string' ? dayInName.exec(value) : null;
  return match ? realDay(match[1] as string, match[2] as string, match[3] as string) : null;
}

export function parseNote(path: string, content: string, today: string, targets: LinkTargets): ImportedNote {
  const head = frontmatter.exec(content);
  let meta: Record<string, unknown> = {};
  if (head) {
    try {
      const parsed: unknown = parseYaml(head[1] as string);
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) meta = parsed as Record<string, unknown>;
    } catch {
      // Unreadable frontmatter is kept out of the entry but does not stop the import.
    }
  }
  const text = head ? content.slice(head[0].length) : content.replace(/^\uFEFF/, '');
  const fileName = path.split(/[\\/]/).pop() ?? path;
  const heading = /^#{1,6}\s+(.+?)\s*#*\s*$/m.exec(text)?.[1];
  const title = (typeof meta.title === 'string' && meta.title.trim()) || heading || fileName.replace(/\.(md|markdown)$/i, '').replace(/[_]/g, ' ');
  const date = dayOf(meta.date) ?? dayOf(fileName) ?? today;
  const body = text.replace(wikilink, (whole, target: string, alias: string | undefined) => {
    const name = target.trim();
    const label = (alias ?? name).trim();
    const personId = targets.person(name);
    if (personId) return linkMarkdown('person', personId, label);
    const lessonId = targets.lesson(name);
    return lessonId ? linkMarkdown('lesson', lessonId, label) : label;
  });
  return { path, date, title: title.slice(0, 200), body: body.trim() };
}
