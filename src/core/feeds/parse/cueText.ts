// SRT and WebVTT: one small block parser for both, since they differ only in the header, NOTE/STYLE
// blocks, `.` or `,` before the milliseconds and voice tags. Written here rather than taken from npm:
// srt-parser-2 returns times as strings and knows no speakers, and webvtt-parser is a validator that
// rejects what podcast hosts publish (no header, SRT-style commas); neither ships its own types.
import { decodeHTMLStrict } from 'entities/decode';
import type { TranscriptCue } from '../feedTypes';
import { timecodeSeconds } from './timecodes';

const timing = /^\s*((?:\d+:)?\d{1,2}:\d{1,2}(?:[.,]\d{1,3})?)\s*-->\s*((?:\d+:)?\d{1,2}:\d{1,2}(?:[.,]\d{1,3})?)/;
const voice = /<v(?:\.[^\s>]*)?\s+([^>]+)>/i;
/** `Dana Reyes: text`, `DANA: text`, `>> Dana: text`: a name of at most four words before a colon. */
const speakerPrefix = /^(?:>>\s*|-\s*)?([\p{Lu}][\p{L}\p{M}'’.-]*(?:\s[\p{L}\p{M}'’.-]+){0,3}|[\p{Lu}\d][\p{Lu}\d ]{0,29}):\s+(.+)$/su;

interface RawCue {
  start: number;
  end: number | null;
  voice: string | null;
  text: string;
}

function plain(text: string): string {
  return decodeHTMLStrict(text.replace(/<[^>]*>/g, '')).replace(/\s+/g, ' ').trim();
}

function readBlock(lines: string[]): RawCue | null {
  const at = lines.findIndex((line) => line.includes('-->'));
  if (at === -1) return null;
  const m = timing.exec(lines[at] ?? '');
  if (!m) return null;
  const start = timecodeSeconds(m[1] ?? '');
  const end = timecodeSeconds(m[2] ?? '');
  if (start === null) return null;
  const body = lines.slice(at + 1).join('\n');
  const speaker = voice.exec(body)?.[1]?.trim() ?? null;
  const text = plain(body);
  if (!text) return null;
  return { start, end: end !== null && end >= start ? end : null, voice: speaker ? plain(speaker) : null, text };
}

/** Cues of an SRT or WebVTT text; NOTE, STYLE and REGION blocks and the header are skipped. */
export function cuesOfSubtitles(source: string): TranscriptCue[] {
  const blocks = source
    .replace(/^\ufeff/, '')
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/);
  const raw: RawCue[] = [];
  for (const block of blocks) {
    const lines = block.split('\n').filter((line, i) => i > 0 || line.trim() !== '');
    // NOTE, STYLE and REGION blocks hold no cue; a WEBVTT header may run straight into the first
    // cue without a blank line, which readBlock finds by its `-->`.
    if (/^(?:NOTE|STYLE|REGION)(?:\s|$)/.test(lines[0]?.trim() ?? '')) continue;
    const cue = readBlock(lines);
    if (cue) raw.push(cue);
  }
  return withSpeakers(raw).sort((a, b) => a.start - b.start);
}

/**
 * Voice tags name speakers outright. Without them a leading `Name:` is taken as a speaker only when
 * the transcript follows that convention (a name leads two cues or more, or most cues have one), so
 * a lone "Look: here is the thing" stays text.
 */
function withSpeakers(raw: RawCue[]): TranscriptCue[] {
  const counts = new Map<string, number>();
  const prefixes = raw.map((cue) => (cue.voice ? null : speakerPrefix.exec(cue.text)));
  for (const m of prefixes) if (m?.[1]) counts.set(m[1], (counts.get(m[1]) ?? 0) + 1);
  const prefixed = prefixes.filter((m) => m !== null).length;
  const convention = [...counts.values()].some((n) => n >= 2) || prefixed * 2 > raw.length;
  return raw.map((cue, i) => {
    const m = prefixes[i];
    if (convention && m?.[1] && m[2]) return { start: cue.start, end: cue.end, speaker: m[1], text: m[2].trim() };
    return { start: cue.start, end: cue.end, speaker: cue.voice, text: cue.text };
  });
}
