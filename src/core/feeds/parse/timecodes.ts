// Timestamps in transcripts and chapters → seconds: `01:02:03,500` (SRT), `01:02.500` and
// `01:02:03.500` (WebVTT), `1:02` (HTML transcripts), plain seconds (JSON).

const clock = /^(?:(\d+):)?(\d{1,2}):(\d{1,2})(?:[.,](\d{1,3}))?$/;

/** Seconds for a clock-style or plain-seconds timestamp, rounded to milliseconds; null when unreadable. */
export function timecodeSeconds(raw: string): number | null {
  const text = raw.trim();
  if (/^\d+(?:\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000) / 1000;
  const m = clock.exec(text);
  if (!m) return null;
  const [, h = '0', min = '0', s = '0', fraction = '0'] = m;
  if (Number(s) > 59 || (m[1] !== undefined && Number(min) > 59)) return null;
  const ms = Number(fraction.padEnd(3, '0'));
  return Number(h) * 3600 + Number(min) * 60 + Number(s) + ms / 1000;
}

/** A number of seconds from JSON, which may arrive as a number or a numeric string. */
export function jsonSeconds(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? Math.round(value * 1000) / 1000 : null;
  if (typeof value === 'string') return timecodeSeconds(value);
  return null;
}
