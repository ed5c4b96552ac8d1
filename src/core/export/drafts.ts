// What each kind of export holds, as one Markdown tree before it becomes a file. A lesson or an item
// is exported to *share*: library text only, unless the leader chose to add their journal entries.
// A journal entry is exported as an *archive*: what the leader wrote, people included. Every tree
// becomes a file only through inertTree (see handlers' documentOf), so nothing the leader typed can
// run, load or point into the app. Links into the app (people, lessons, items, including the pack's
// own relative links) are written as `kind:id` here: inertTree makes them relative links to the
// files of the same folder export, or plain words.
import type { BlockContent, Heading, Link, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { visit } from 'unist-util-visit';
import { daysBetween } from '../../shared/calendarDays';
import { momentLabel } from '../../shared/clockTime';
import type { AskAction, CoachingAction, EpisodeNote, ExportPurpose, JournalEntry, MandateAction, Person } from '../../shared/contract';
import { linksAsLabels } from '../../shared/inlineLinks';
import type { Library, LessonRecord } from '../library/library';
import { parsePlainMarkdown, type ParsedItem } from '../library/parseItem';
import { linkTarget } from '../library/renderHtml';
import { slugOf } from '../../shared/fileNames';
import { addDays as addDaysTo } from '../../shared/calendarDays';

export interface ExportDraft {
  title: string;
  /** The file name without its extension, never a database id (made safe for every system with its extension). */
  fileBase: string;
  purpose: ExportPurpose;
  /** What the file holds, in one sentence the UI and the CLI show before and after saving. */
  holds: string;
  tree: Root;
}

const modeLabel = { ask: 'Ask', share: 'Share', mandate: 'Mandate' } as const;

const text = (value: string): PhrasingContent => ({ type: 'text', value });
const paragraph = (...children: PhrasingContent[]): Paragraph => ({ type: 'paragraph', children });
const heading = (depth: Heading['depth'], value: string): RootContent => ({ type: 'heading', depth, children: [text(value)] });

function credit(item: ParsedItem): PhrasingContent[] {
  const s = item.summary;
  const by = s.kind === 'episode' ? `${s.show}, hosted by ${s.host ?? 'unknown'}` : `${s.show}, by ${s.author ?? 'unknown'}`;
  return [{ type: 'emphasis', children: [text(s.title)] }, text(` (${by}, ${s.date})`)];
}

/** A copy of an item's section with its links to other items and lessons written as `item:id` and `lesson:id`. */
function libraryNodes(nodes: RootContent[], item: ParsedItem, library: Library): RootContent[] {
  const root: Root = { type: 'root', children: structuredClone(nodes) };
  const context = library.linkContext(item);
  visit(root, 'link', (link: Link) => {
    const target = linkTarget(link.url, context);
    if (target) link.url = `${target.kind}:${target.id}`;
  });
  return root.children;
}

/** Headings of embedded text sit below the heading they are placed under. */
function below(nodes: RootContent[], depth: number): RootContent[] {
  return nodes.map((node) => (node.type === 'heading' ? { ...node, depth: Math.min(6, node.depth + depth) as Heading['depth'] } : node));
}

function journalSection(entries: JournalEntry[], emptyText: string): RootContent[] {
  return [heading(2, 'My journal'), ...(entries.length ? entryBlocks(entries, 3) : [paragraph(text(emptyText))])];
}

function finish(children: RootContent[], exportedOn: string, purpose: ExportPurpose): Root {
  const footer = purpose === 'share' ? `Shared from Fulcrum on ${exportedOn}.` : `Archived from Fulcrum on ${exportedOn}. Private: it holds your own notes.`;
  return { type: 'root', children: [...children, { type: 'thematicBreak' }, paragraph(text(footer))] };
}

function entriesHeld(entries: JournalEntry[] | null, what: string): string {
  if (entries === null) return `Share: ${what}, as the library has it. No journal text, people or actions.`;
  const count = `${entries.length} journal entr${entries.length === 1 ? 'y' : 'ies'} of yours`;
  return `Share with your journal: ${what} and ${count} about it, which may name people and hold private notes.`;
}

/** `entries` are the journal entries to include, or null to share the library text alone. */
export function lessonDraft(record: LessonRecord, library: Library, entries: JournalEntry[] | null, exportedOn: string): ExportDraft {
  const { lesson, item } = record;
  const children: RootContent[] = [
    heading(1, lesson.title),
    paragraph(text('From '), ...credit(item), ...(lesson.mode ? [text(` · Mode: ${modeLabel[lesson.mode]}`)] : [])),
    ...below(libraryNodes(record.section.nodes, item, library), 1),
    ...(entries ? journalSection(entries, 'No journal entries are linked to this lesson yet.') : []),
  ];
  return { title: lesson.title, fileBase: lesson.id, purpose: 'share', holds: entriesHeld(entries, 'the lesson'), tree: finish(children, exportedOn, 'share') };
}

export function itemDraft(item: ParsedItem, library: Library, entries: JournalEntry[] | null, exportedOn: string): ExportDraft {
  const s = item.summary;
  const children: RootContent[] = [heading(1, s.title), paragraph(...credit(item))];
  if (s.summary) children.push(paragraph(text(s.summary)));
  for (const section of item.sections) {
    if (section.lesson) children.push(heading(2, `${section.lesson.title}${section.lesson.mode ? ` (${modeLabel[section.lesson.mode]})` : ''}`));
    children.push(...below(libraryNodes(section.nodes, item, library), section.lesson ? 2 : 1));
  }
  if (entries) children.push(...journalSection(entries, 'No journal entries are linked to the lessons of this item yet.'));
  const what = s.kind === 'episode' ? 'the episode notes' : 'the article';
  return { title: s.title, fileBase: s.id, purpose: 'share', holds: entriesHeld(entries, what), tree: finish(children, exportedOn, 'share') };
}

/** A journal entry as the leader wrote it; its links to people and lessons read as their names. */
export function entryDraft(entry: JournalEntry, library: Library, nameOf: (personId: string) => string | undefined, exportedOn: string): ExportDraft {
  const title = entry.title || `Journal entry of ${entry.date}`;
  const people = entry.personIds.map(nameOf).filter((name): name is string => Boolean(name));
  const lessons = entry.lessonIds.map((id) => library.findLesson(id)?.lesson.title).filter((t): t is string => Boolean(t));
  const about = [entry.date, ...(people.length ? [`About: ${people.join(', ')}`] : []), ...(lessons.length ? [`Lessons: ${lessons.join('; ')}`] : [])];
  const children: RootContent[] = [heading(1, title), paragraph(text(about.join(' · '))), ...below(parsePlainMarkdown(entry.body).children, 1)];
  const slug = slugOf(entry.title);
  return {
    title,
    fileBase: `journal-${entry.date}${slug ? `-${slug}` : ''}`,
    purpose: 'archive',
    holds: 'Archive: one journal entry as you wrote it, with the names of the people it mentions. Keep it private.',
    tree: finish(children, exportedOn, 'archive'),
  };
}

/** Who and what a note is about, as words: "Pipeline Coaching Hour · About: Dana · Lesson: …". */
function noteAbout(note: EpisodeNote, library: Library, nameOf: (personId: string) => string | undefined): string {
  const person = note.personId ? nameOf(note.personId) : undefined;
  const lesson = note.lessonId ? library.findLesson(note.lessonId)?.lesson.title : undefined;
  return [note.showTitle, ...(person ? [`About: ${person}`] : []), ...(lesson ? [`Lesson: ${lesson}`] : [])].join(' · ');
}

/** A note at a moment of an episode, named "Episode title at 12:34", with what it is about. */
export function noteDraft(note: EpisodeNote, library: Library, nameOf: (personId: string) => string | undefined, exportedOn: string): ExportDraft {
  const title = momentLabel(note.episodeTitle, note.at);
  const children: RootContent[] = [heading(1, title), paragraph(text(`${note.date} · ${noteAbout(note, library, nameOf)}`)), ...below(parsePlainMarkdown(note.text).children, 1)];
  return {
    title,
    fileBase: `note-${note.date}-${slugOf(title) || 'episode'}`,
    purpose: 'archive',
    holds: 'Archive: one note you took while listening, with the names of the people it mentions. Keep it private.',
    tree: finish(children, exportedOn, 'archive'),
  };
}

/** Notes as blocks under a heading each: "Episode title at 12:34", then their words. */
function noteBlocks(notes: EpisodeNote[], depth: 2 | 3, withDate: boolean): RootContent[] {
  return notes.flatMap((note) => [heading(depth, `${withDate ? `${note.date} · ` : ''}${momentLabel(note.episodeTitle, note.at)}`), ...below(parsePlainMarkdown(note.text).children, depth)]);
}

const list = (items: PhrasingContent[][]): RootContent => ({
  type: 'list',
  ordered: false,
  spread: false,
  children: items.map((children) => ({ type: 'listItem', spread: false, children: [paragraph(...children)] })),
});
const strong = (value: string): PhrasingContent => ({ type: 'strong', children: [text(value)] });

function askLine(action: CoachingAction, today: string): PhrasingContent[] {
  if (action.kind !== 'ask') return [];
  const { how, when, help } = action.confirmations;
  const late = when && when < today ? ` (${daysBetween(when, today)} days late)` : '';
  return [
    strong(action.text),
    text(` — asked ${action.date}. How: ${how ?? 'not confirmed'}. When: ${when ?? 'not confirmed'}${late}. Help: ${help ?? 'not confirmed'}.`),
  ];
}

function actionLine(action: CoachingAction): PhrasingContent[] {
  const detail = action.kind === 'mandate' ? `mandate, step ${action.step}${action.dueDate ? `, due ${action.dueDate}` : ''}` : action.kind === 'share' ? `share (${action.category})` : 'ask';
  return [strong(action.text), text(` — ${action.date}, ${detail}, ${action.status}.`)];
}

/** Entries under headings of `depth`, their own headings below those. */
function entryBlocks(entries: JournalEntry[], depth: 2 | 3): RootContent[] {
  if (entries.length === 0) return [paragraph(text('None.'))];
  return entries.flatMap((entry) => [heading(depth, entry.title ? `${entry.date} · ${entry.title}` : entry.date), ...below(parsePlainMarkdown(entry.body).children, depth)]);
}

/** A 1:1 prep sheet: open asks with their confirmations, open mandates, recent shares and mandates, recent notes. */
export function personDraft(person: Person, actions: CoachingAction[], entries: JournalEntry[], notes: EpisodeNote[], exportedOn: string): ExportDraft {
  const recentFrom = addDaysTo(exportedOn, -30);
  const openAsks = actions.filter((a) => a.kind === 'ask' && a.status === 'open');
  const openMandates = actions.filter((a) => a.kind === 'mandate' && a.status === 'open');
  const recent = actions.filter((a) => a.kind !== 'ask' && a.date >= recentFrom && !(a.kind === 'mandate' && a.status === 'open'));
  const none = [paragraph(text('None.'))];
  const children: RootContent[] = [
    heading(1, `1:1 prep: ${person.name}`),
    paragraph(text([person.role, exportedOn].filter(Boolean).join(' · '))),
    heading(2, 'Open asks'),
    ...(openAsks.length ? [list(openAsks.map((a) => askLine(a, exportedOn)))] : none),
    heading(2, 'Open mandates'),
    ...(openMandates.length ? [list(openMandates.map(actionLine))] : none),
    heading(2, 'Shares and mandates in the last 30 days'),
    ...(recent.length ? [list(recent.map(actionLine))] : none),
    heading(2, 'Recent journal entries'),
    ...entryBlocks(entries.slice(0, 5), 3),
    ...(notes.length ? [heading(2, 'Notes from episodes'), ...noteBlocks(notes.slice(0, 5), 3, true)] : []),
  ];
  const slug = slugOf(person.name) || 'person';
  return {
    title: `1:1 prep: ${person.name}`,
    fileBase: `1-1-prep-${slug}-${exportedOn}`,
    purpose: 'archive',
    holds: `Archive: your open asks, mandates, recent shares and notes about ${person.name}. Keep it private.`,
    tree: finish(children, exportedOn, 'archive'),
  };
}

/** What a 1:1 agenda is made of: the workspace's open items and the topics written for the meeting. */
export interface AgendaParts {
  person: Person;
  /** The day of the 1:1 the agenda is for. */
  date: string;
  openAsks: AskAction[];
  openMandates: MandateAction[];
  carriedOver: string[];
  topics: string[];
}

/**
 * A 1:1 agenda to share with the person: their open asks with the confirmations they gave, open
 * mandates, what is carried over and the topics. Nothing else of the note goes in: reflections and
 * the rest of the journal stay private.
 */
export function agendaDraft(parts: AgendaParts, exportedOn: string): ExportDraft {
  const none = [paragraph(text('None.'))];
  const plainItems = (items: string[]) => list(items.map((item) => [text(linksAsLabels(item))]));
  const mandateLine = (m: MandateAction): PhrasingContent[] => [strong(m.text), text(m.dueDate ? ` — due ${m.dueDate}.` : ' — no due date yet.')];
  const children: RootContent[] = [
    heading(1, `1:1 agenda: ${parts.person.name}`),
    paragraph(text(parts.date)),
    heading(2, 'Open asks'),
    ...(parts.openAsks.length ? [list(parts.openAsks.map((a) => askLine(a, parts.date)))] : none),
    heading(2, 'Open mandates'),
    ...(parts.openMandates.length ? [list(parts.openMandates.map(mandateLine))] : none),
    ...(parts.carriedOver.length ? [heading(2, 'Carried over'), plainItems(parts.carriedOver)] : []),
    heading(2, 'Topics'),
    ...(parts.topics.length ? [plainItems(parts.topics)] : none),
  ];
  const slug = slugOf(parts.person.name) || 'person';
  return {
    title: `1:1 agenda: ${parts.person.name}`,
    fileBase: `1-1-agenda-${slug}-${parts.date}`,
    purpose: 'share',
    holds: `Share with ${parts.person.name}: the 1:1 agenda, with open asks and mandates, what is carried over and the topics. None of your reflections or other notes.`,
    tree: finish(children, exportedOn, 'share'),
  };
}

/** "3 journal entries", or "3 journal entries and 2 notes from episodes" when there are notes. */
export function heldInJournal(entries: number, notes: number): string {
  const count = (n: number, one: string, many: string) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
  return [count(entries, 'journal entry', 'journal entries'), ...(notes ? [count(notes, 'note from an episode', 'notes from episodes')] : [])].join(' and ');
}

/** The journal between two days (inclusive), oldest first: entries and the notes taken while listening, by day. */
export function journalRangeDraft(entries: JournalEntry[], notes: EpisodeNote[], from: string, to: string, exportedOn: string): ExportDraft {
  type Dated = { date: string; createdAt: string; blocks: () => RootContent[] };
  const dated: Dated[] = [
    ...entries.map((entry) => ({ date: entry.date, createdAt: entry.createdAt, blocks: () => entryBlocks([entry], 2) })),
    ...notes.map((note) => ({ date: note.date, createdAt: note.createdAt, blocks: () => noteBlocks([note], 2, true) })),
  ].sort((a, b) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt));
  const title = `Journal, ${from} to ${to}`;
  return {
    title,
    fileBase: `journal-${from}-to-${to}`,
    purpose: 'archive',
    holds: `Archive: ${heldInJournal(entries.length, notes.length)} from ${from} to ${to}, with the people they name. Keep it private.`,
    tree: finish([heading(1, title), ...(dated.length ? dated.flatMap((item) => item.blocks()) : [paragraph(text('None.'))])], exportedOn, 'archive'),
  };
}

/** A team brief: the leader's introduction, then each lesson with their comment. Library text and their own words only. */
export function briefDraft(brief: { title: string; introduction: string; lessons: Array<{ lessonId: string; comment: string }> }, library: Library, exportedOn: string): ExportDraft {
  const children: RootContent[] = [heading(1, brief.title), ...below(parsePlainMarkdown(brief.introduction).children, 1)];
  for (const { lessonId, comment } of brief.lessons) {
    const record = library.findLesson(lessonId);
    if (!record) {
      children.push(heading(2, 'A lesson that is no longer in the library'));
      if (comment.trim()) children.push({ type: 'blockquote', children: below(parsePlainMarkdown(comment).children, 2) as BlockContent[] });
      continue;
    }
    children.push(heading(2, record.lesson.title));
    children.push(paragraph(text('From '), ...credit(record.item)));
    if (comment.trim()) children.push({ type: 'blockquote', children: below(parsePlainMarkdown(comment).children, 2) as BlockContent[] });
    children.push(...below(libraryNodes(record.section.nodes, record.item, library), 2));
  }
  const count = brief.lessons.length;
  return {
    title: brief.title,
    fileBase: slugOf(brief.title) || 'brief',
    purpose: 'share',
    holds: `Share: ${count} lesson${count === 1 ? '' : 's'} from the library with your introduction and comments. No journal text, people or actions.`,
    tree: finish(children, exportedOn, 'share'),
  };
}

/** The first page of a folder export: what the folder holds, with a link to each of its documents. */
export function bundleIndexDraft(title: string, holds: string, purpose: ExportPurpose, documents: Array<{ kind: string; id: string; title: string }>, exportedOn: string): ExportDraft {
  const children: RootContent[] = [
    heading(1, title),
    paragraph(text(holds)),
    list(documents.map((document) => [{ type: 'link', url: `${document.kind}:${document.id}`, children: [text(document.title)] }])),
  ];
  return { title, fileBase: 'index', purpose, holds, tree: finish(children, exportedOn, purpose) };
}
