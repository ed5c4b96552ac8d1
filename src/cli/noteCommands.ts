// `fulcrum note add`, `fulcrum notes` and `fulcrum lesson add|list`: notes taken at a moment of an
// episode, and lessons of the leader's own promoted from them, from the command line.
import type { FulcrumClient } from '../shared/client';
import { momentLabel } from '../shared/clockTime';
import type { EpisodeNote, PersonalLesson } from '../shared/contract';
import { resolvePerson } from './coachingCommands';
import { asInput, need, numeric, print, UsageError, type FlagValues, type Output } from './commandKit';

type WithClient = <T>(work: (client: FulcrumClient) => Promise<T>) => Promise<T>;

/** One lesson flag at most where a note or a lesson links one lesson. */
function oneLesson(values: FlagValues, command: string): string | undefined {
  if ((values.lesson?.length ?? 0) > 1) throw new UsageError(`${command} links one lesson; give --lesson once`);
  return values.lesson?.[0];
}

export function formatNotes(notes: EpisodeNote[]): string {
  if (notes.length === 0) return 'No notes yet. Take one while listening, or: fulcrum note add --episode ID --at 12:34 --text "…"\n';
  return notes
    .map((n) => {
      const about = [n.lessonId ? `lesson: ${n.lessonId}` : '', n.lessonIdsMade.length ? `made lesson: ${n.lessonIdsMade.join(', ')}` : ''].filter(Boolean).join('  ');
      return `${n.date}  ${momentLabel(n.episodeTitle, n.at)} (${n.showTitle})  ${n.id}${about ? `  ${about}` : ''}\n    ${n.text.replace(/\s*\n\s*/g, ' ')}\n`;
    })
    .join('');
}

export function formatOwnLessons(lessons: PersonalLesson[]): string {
  if (lessons.length === 0) return 'You have no lessons of your own yet. Make one from a note: fulcrum lesson add --from-note NOTE_ID --title "…"\n';
  return lessons.map((l) => `${l.id}  ${l.title}${l.mode ? ` (${l.mode})` : ''}${l.source.label ? `  from ${l.source.label}` : ''}\n`).join('');
}

export async function noteCommand(sub: string | undefined, values: FlagValues, withClient: WithClient, out: Output): Promise<void> {
  if (sub !== 'add') throw new UsageError(`unknown note command "${sub ?? ''}"; use note add (and fulcrum notes to list them)`);
  const episodeId = need(values.episode, 'note add needs --episode ID (fulcrum episodes lists them)');
  const at = need(values.at, 'note add needs --at 12:34 (the moment, or a number of seconds)');
  const text = need(values.text, 'note add needs --text "what you want to keep"');
  const note = await withClient(async (c) => {
    const person = values.person ? await resolvePerson(c, values.person) : undefined;
    return c.notes.create(asInput({ episodeId, at: numeric(at), text, lessonId: oneLesson(values, 'note add'), personId: person?.id, date: values.date }));
  });
  return print(out, values.json, note, () => `Noted ${note.id}: ${momentLabel(note.episodeTitle, note.at)} (${note.date})\n`);
}

export async function notesCommand(values: FlagValues, withClient: WithClient, out: Output): Promise<void> {
  const notes = await withClient(async (c) => {
    const person = values.person ? await resolvePerson(c, values.person) : undefined;
    return c.notes.list(asInput({ episodeId: values.episode, lessonId: oneLesson(values, 'notes'), personId: person?.id, date: values.date, from: values.from, to: values.to, limit: numeric(values.limit) }));
  });
  return print(out, values.json, notes, () => formatNotes(notes));
}

export async function lessonCommand(sub: string | undefined, values: FlagValues, withClient: WithClient, out: Output): Promise<void> {
  if (sub === 'list') {
    const lessons = await withClient((c) => c.lessons.list({}));
    return print(out, values.json, lessons, () => formatOwnLessons(lessons));
  }
  if (sub !== 'add') throw new UsageError(`unknown lesson command "${sub ?? ''}"; use lesson add or lesson list`);
  const title = need(values.title, 'lesson add needs --title "the lesson in a few words"');
  const noteId = values['from-note'];
  if (values.at !== undefined && !values.episode) throw new UsageError('lesson add takes --at with --episode ID');
  const from = noteId ? { noteId } : values.episode ? asInput({ episodeId: values.episode, at: numeric(values.at), quote: values.quote }) : undefined;
  const lesson = await withClient((c) => c.lessons.create(asInput({ title, mode: values.mode, tags: values.tag, body: values.text, from })));
  return print(out, values.json, lesson, () => `Added your lesson “${lesson.title}” as ${lesson.id}${lesson.source.label ? `, from ${lesson.source.label}` : ''}. Apply it with: fulcrum action add --lesson ${lesson.id} …\n`);
}

