// Dates in the user's own locale. Contract dates are calendar days (YYYY-MM-DD) with no time zone,
// so they are formatted as UTC days to never shift by one.
const formats = new Map<string, Intl.DateTimeFormat>();

function formatter(style: 'medium' | 'long' | 'full'): Intl.DateTimeFormat {
  let format = formats.get(style);
  if (!format) {
    format = new Intl.DateTimeFormat(undefined, { dateStyle: style, timeZone: 'UTC' });
    formats.set(style, format);
  }
  return format;
}

function dayOf(isoDay: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDay);
  if (!match) return null;
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
}

export function formatDay(isoDay: string, style: 'medium' | 'long' | 'full' = 'medium'): string {
  const day = dayOf(isoDay);
  return day ? formatter(style).format(day) : isoDay;
}

const momentFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** An instant (ISO 8601 with a time), as the user's local date and time: "Mar 10, 2025, 9:30 AM". */
export function formatMoment(isoInstant: string): string {
  const at = new Date(isoInstant);
  return Number.isNaN(at.getTime()) ? isoInstant : momentFormat.format(at);
}

/** A length in words: "48 min", "1 h 12 min". */
export function formatLength(seconds: number): string {
  const minutes = Math.round(seconds / 60);
  return minutes < 60 ? `${Math.max(1, minutes)} min` : `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}
