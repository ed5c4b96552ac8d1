// A transcript file → cues, whatever form the show publishes: SRT, WebVTT, Podcasting 2.0 JSON,
// HTML (`<cite>Speaker:</cite> <time>0:00</time> <p>…</p>`, as in the namespace's example) or plain
// text. The declared type picks the reader; when the content plainly contradicts it, the content wins.
import { FulcrumError } from '../../../shared/errors';
import type { TranscriptCue } from '../feedTypes';
import { cuesOfSubtitles } from './cueText';
import { markupText } from './markupText';
import { jsonSeconds, timecodeSeconds } from './timecodes';

export type TranscriptFormat = 'srt' | 'vtt' | 'json' | 'html' | 'text';

const unreadable = (what: string): FulcrumError =>
  new FulcrumError('invalid-input', `This transcript could not be read: ${what}. The episode is kept without it.`);

/** The format a MIME type names, or null for one that says nothing useful. */
function formatOfType(type: string): TranscriptFormat | null {
  const mime = type.split(';')[0]?.trim().toLowerCase() ?? '';
  if (/(?:^|[/+-])(?:srt|subrip)$/.test(mime)) return 'srt';
  if (/vtt$/.test(mime)) return 'vtt';
  if (/json/.test(mime)) return 'json';
  if (/html/.test(mime)) return 'html';
  if (mime === 'text/plain') return 'text';
  return null;
}

/** The format the content shows. */
export function sniffTranscript(text: string): TranscriptFormat {
  const start = text.replace(/^\ufeff/, '').trimStart();
  if (/^WEBVTT(?:\s|$)/.test(start)) return 'vtt';
  if (start.startsWith('{') || start.startsWith('[')) return 'json';
  if (/^\d*\s*\r?\n?\s*(?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3}\s*-->/.test(start)) return 'srt';
  if (/<(?:p|cite|time|html|body|div|span)\b/i.test(start.slice(0, 4096))) return 'html';
  return 'text';
}

function plausible(format: TranscriptFormat, text: string): boolean {
  const start = text.replace(/^\ufeff/, '').trimStart();
  if (format === 'json') return start.startsWith('{') || start.startsWith('[');
  if (format === 'srt' || format === 'vtt') return text.includes('-->');
  if (format === 'text') return sniffTranscript(text) === 'text';
  return true;
}

export function parseTranscript(text: string, type: string): TranscriptCue[] {
  if (text.trim() === '') throw unreadable('the file is empty');
  const declared = formatOfType(type);
  const format = declared && plausible(declared, text) ? declared : sniffTranscript(text);
  const cues = readAs(format, text);
  if (cues.length === 0) throw unreadable(`no lines with times were found in this ${format === 'text' ? 'text' : format.toUpperCase()} file`);
  return cues;
}

function readAs(format: TranscriptFormat, text: string): TranscriptCue[] {
  switch (format) {
    case 'srt':
    case 'vtt':
      return cuesOfSubtitles(text);
    case 'json':
      return cuesOfJson(text);
    case 'html':
      return cuesOfHtml(text);
    case 'text':
      return [{ start: 0, end: null, speaker: null, text: text.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n').trim() }];
  }
}

interface Segment {
  startTime?: unknown;
  endTime?: unknown;
  speaker?: unknown;
  body?: unknown;
}

/**
 * Podcasting 2.0 JSON (`{ segments: [{ startTime, endTime, speaker, body }] }`). Many hosts write a
 * segment per word; consecutive segments of one speaker are joined until a sentence ends, so a cue
 * is a line a reader can follow.
 */
function cuesOfJson(text: string): TranscriptCue[] {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch {
    throw unreadable('it is not valid JSON');
  }
  const segments = Array.isArray(data) ? data : (data as { segments?: unknown } | null)?.segments;
  if (!Array.isArray(segments)) throw unreadable('the JSON has no "segments" list');
  const cues: TranscriptCue[] = [];
  for (const segment of segments as Segment[]) {
    if (typeof segment !== 'object' || segment === null) continue;
    const start = jsonSeconds(segment.startTime);
    const body = typeof segment.body === 'string' ? segment.body.replace(/\s+/g, ' ').trim() : '';
    if (start === null || !body) continue;
    const end = jsonSeconds(segment.endTime);
    const speaker = typeof segment.speaker === 'string' && segment.speaker.trim() ? segment.speaker.trim() : null;
    const last = cues.at(-1);
    if (last && last.speaker === speaker && !/[.?!…]["'”’)]*$/.test(last.text) && last.text.length + body.length < 300 && start - (last.end ?? last.start) < 2) {
      last.text = `${last.text} ${body}`;
      last.end = end ?? last.end;
      continue;
    }
    cues.push({ start, end: end !== null && end >= start ? end : null, speaker, text: body });
  }
  return cues.sort((a, b) => a.start - b.start);
}

/** `<cite>` names the speaker, `<time>` the start, each `<p>` is a cue; a page without them is one cue. */
function cuesOfHtml(html: string): TranscriptCue[] {
  const cues: TranscriptCue[] = [];
  let speaker: string | null = null;
  let start: number | null = null;
  const parts = /<(cite|time|p)\b[^>]*>([\s\S]*?)<\/\1\s*>/gi;
  for (const m of html.matchAll(parts)) {
    const tag = m[1]?.toLowerCase();
    const inner = markupText(m[2] ?? '');
    if (tag === 'cite') speaker = inner.replace(/:\s*$/, '').trim() || null;
    else if (tag === 'time') start = timecodeSeconds(inner) ?? start;
    else if (inner) cues.push({ start: start ?? cues.at(-1)?.start ?? 0, end: null, speaker, text: inner });
  }
  if (cues.length > 0) return cues;
  const whole = markupText(html);
  return whole ? [{ start: 0, end: null, speaker: null, text: whole }] : [];
}
