// Turns one Markdown file of a content pack into an item: frontmatter, lesson sections and the
// internal links they contain. Problems are collected with line numbers, never thrown, so one bad
// file cannot stop the rest of the library from loading.
import type { Heading, Link, Root, RootContent, Yaml } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { LineCounter, parseDocument, isNode } from 'yaml';
import { idPattern } from '../../shared/contract';
import type { ContentProblem, ItemSummary, LessonRef } from '../../shared/contract';
import { frontmatterSchema } from './frontmatter';
import { plainText } from './plainText';

export interface ParsedSection {
  type: 'text' | 'lesson';
  lesson?: LessonRef;
  nodes: RootContent[];
  /** Plain text of the section, for search and snippets. */
  text: string;
}

export interface InternalLink {
  /** Target file relative to the pack root without `.md`, or null for a same-file anchor. */
  itemId: string | null;
  anchor: string | null;
  line: number;
}

export interface ParsedItem {
  summary: ItemSummary;
  file: string;
  /** The frontmatter line that declares each lesson id, for problems found across files. */
  lessonLines: Map<string, number>;
  sections: ParsedSection[];
  links: InternalLink[];
}

export interface ParseResult {
  item: ParsedItem | null;
  problems: ContentProblem[];
}

const markdown = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm);
const plainMarkdown = unified().use(remarkParse).use(remarkGfm);
const anchorSuffix = /\s*\{#([^}]*)\}\s*$/;

export function itemIdOf(fileName: string): string {
  return fileName.replace(/\.md$/i, '');
}

/** A content file: frontmatter allowed. */
export function parseMarkdown(source: string): Root {
  return markdown.parse(source);
}

/** Free Markdown a person wrote (a journal entry): a leading `---` is just a rule. */
export function parsePlainMarkdown(source: string): Root {
  return plainMarkdown.parse(source);
}

/** Returns the lesson anchor of a level-2 heading (`## Title {#id}`), removing it from the tree. */
function takeAnchor(heading: Heading): string | null {
  const last = heading.children.at(-1);
  if (!last || last.type !== 'text') return null;
  const match = anchorSuffix.exec(last.value);
  if (!match) return null;
  last.value = last.value.slice(0, match.index);
  return match[1] ?? '';
}

/** A relative link to a `.md` file or a `#anchor`; everything with a scheme is external. */
export function parseInternalHref(href: string, fromDir: string): { itemId: string | null; anchor: string | null } | null {
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) return null;
  const [pathPart = '', anchor = ''] = href.split('#', 2);
  if (pathPart === '') return anchor ? { itemId: null, anchor } : null;
  if (!/\.md$/i.test(pathPart)) return null;
  const segments = [...(fromDir ? fromDir.split('/') : []), ...pathPart.split('/')];
  const resolved: string[] = [];
  for (const segment of segments) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') resolved.pop();
    else resolved.push(segment);
  }
  return { itemId: itemIdOf(resolved.join('/')), anchor: anchor || null };
}

interface FrontmatterReading {
  data: unknown;
  problems: ContentProblem[];
  /** The file line of the value at a frontmatter path (the `---` line when not found). */
  lineOf: (path: ReadonlyArray<PropertyKey>) => number;
}

function readFrontmatter(file: string, yamlNode: Yaml): FrontmatterReading {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlNode.value, { lineCounter, prettyErrors: false });
  // The YAML text starts on the line after the opening `---`.
  const firstLine = (yamlNode.position?.start.line ?? 1) + 1;
  const lineAt = (offset: number) => firstLine + lineCounter.linePos(offset).line - 1;
  const lineOf = (path: ReadonlyArray<PropertyKey>) => {
    for (let depth = path.length; depth > 0; depth--) {
      const node = doc.getIn(path.slice(0, depth) as Array<string | number>, true);
      if (isNode(node) && node.range) return lineAt(node.range[0]);
    }
    return firstLine - 1;
  };
  if (doc.errors.length > 0) {
    const problems = doc.errors.map((e) => ({ file, line: lineAt(e.pos[0]), message: `frontmatter is not valid YAML: ${e.message.split('\n')[0]}` }));
    return { data: null, problems, lineOf };
  }
  const parsed = frontmatterSchema.safeParse(doc.toJS());
  if (parsed.success) return { data: parsed.data, problems: [], lineOf };
  const problems = parsed.error.issues.map((issue) => {
    const field = issue.path.length > 0 ? issue.path.join('.') : 'frontmatter';
    const missing = issue.code === 'invalid_type' && issue.input === undefined;
    const message = missing ? `${field} is required` : `${field} ${issue.message.replace(/^Invalid input: /, '')}`;
    return { file, line: lineOf(issue.path), message };
  });
  return { data: null, problems, lineOf };
}

export function parseItem(file: string, source: string): ParseResult {
  const problems: ContentProblem[] = [];
  const tree = parseMarkdown(source);
  const first = tree.children[0];
  if (!first || first.type !== 'yaml') {
    return { item: null, problems: [{ file, line: 1, message: 'frontmatter is missing: the file must start with a --- block' }] };
  }
  const fm = readFrontmatter(file, first);
  if (fm.problems.length > 0) return { item: null, problems: fm.problems };
  const data = frontmatterSchema.parse(fm.data);
  const itemId = itemIdOf(file.split('/').pop() ?? file);
  if (!idPattern.test(itemId)) {
    problems.push({ file, line: 1, message: `file name "${itemId}" is not a valid item id (use lowercase letters, digits and single hyphens)` });
  }

  const declared = new Map<string, LessonRef>();
  const lessonLines = new Map<string, number>();
  for (const [index, lesson] of data.lessons.entries()) {
    if (declared.has(lesson.id)) {
      problems.push({ file, line: fm.lineOf(['lessons', index, 'id']), message: `lesson id "${lesson.id}" is declared twice` });
      continue;
    }
    lessonLines.set(lesson.id, fm.lineOf(['lessons', index, 'id']));
    declared.set(lesson.id, { id: lesson.id, title: lesson.title, itemId, ...(lesson.mode ? { mode: lesson.mode } : {}) });
  }

  const sections: ParsedSection[] = [];
  const seen = new Set<string>();
  let current: ParsedSection = { type: 'text', nodes: [], text: '' };
  for (const node of tree.children.slice(1)) {
    if (node.type === 'heading' && node.depth === 2) {
      if (current.nodes.length > 0) sections.push(current);
      const line = node.position?.start.line ?? 1;
      const anchor = takeAnchor(node);
      if (anchor === null) {
        current = { type: 'text', nodes: [node], text: '' };
        continue;
      }
      if (!idPattern.test(anchor)) {
        problems.push({ file, line, message: `lesson id "${anchor}" is malformed (use lowercase letters, digits and single hyphens)` });
      } else if (seen.has(anchor)) {
        problems.push({ file, line, message: `lesson "${anchor}" has more than one section` });
      } else if (!declared.has(anchor)) {
        problems.push({ file, line, message: `section {#${anchor}} is not declared under lessons in the frontmatter` });
      }
      seen.add(anchor);
      const lesson = declared.get(anchor);
      const headingText = plainText(node).trim();
      if (lesson && headingText !== lesson.title) {
        problems.push({ file, line, message: `the heading "${headingText}" differs from the title declared for lesson "${anchor}" ("${lesson.title}")` });
      }
      current = lesson ? { type: 'lesson', lesson, nodes: [], text: '' } : { type: 'text', nodes: [node], text: '' };
      continue;
    }
    current.nodes.push(node);
  }
  if (current.nodes.length > 0 || current.type === 'lesson') sections.push(current);
  for (const section of sections) section.text = section.nodes.map(plainText).join('\n');

  for (const lesson of declared.values()) {
    if (!seen.has(lesson.id)) {
      problems.push({ file, line: 1, message: `lesson "${lesson.id}" is declared but has no "## … {#${lesson.id}}" section` });
    }
  }

  const links: InternalLink[] = [];
  const fromDir = file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '';
  visit(tree, 'link', (link: Link) => {
    const target = parseInternalHref(link.url, fromDir);
    if (target) links.push({ ...target, line: link.position?.start.line ?? 1 });
  });

  const summary: ItemSummary = {
    id: itemId,
    kind: data.kind,
    title: data.title,
    date: data.date,
    show: data.show,
    ...(data.host ? { host: data.host } : {}),
    ...(data.author ? { author: data.author } : {}),
    guests: data.guests,
    category: data.category,
    tags: data.tags,
    summary: data.summary,
    lessons: [...declared.values()].filter((l) => seen.has(l.id)),
  };
  return { item: { summary, file, lessonLines, sections, links }, problems };
}
