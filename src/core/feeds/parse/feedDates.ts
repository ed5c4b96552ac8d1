// Feed dates as feeds really write them → ISO 8601 in UTC. RFC 822 with or without the day name,
// two-digit years, full month names, zones as `GMT`, `+0200`, `GMT+2`, `EST`, ISO 8601 with or
// without a zone; anything unreadable is null (the caller records a warning), never a guess.

const months: Record<string, number> = {
  jan: 0, feb: 1, mar: 2, apr: 3, may: 4, jun: 5, jul: 6, aug: 7, sep: 8, oct: 9, nov: 10, dec: 11,
};

/** Named zones in minutes east of UTC (the North American ones RFC 822 lists, and a few common others). */
const zones: Record<string, number> = {
  ut: 0, utc: 0, gmt: 0, z: 0, wet: 0, bst: 60, cet: 60, cest: 120, met: 60, mest: 120, eet: 120, eest: 180,
  est: -300, edt: -240, cst: -360, cdt: -300, mst: -420, mdt: -360, pst: -480, pdt: -420,
  akst: -540, akdt: -480, hst: -600, ist: 330, jst: 540, aest: 600, aedt: 660,
};

const isoPattern = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}:?\d{2}|[+-]\d{2})?)?$/i;

/** Parses a feed date; null when it cannot be read with confidence. */
export function parseFeedDate(raw: string | null | undefined): string | null {
  const text = (raw ?? '').trim().replace(/\s+/g, ' ');
  if (!text) return null;
  const iso = isoPattern.exec(text);
  const ms = iso ? fromIso(iso) : fromRfc822(text);
  if (ms === null || !Number.isFinite(ms)) return null;
  const date = new Date(ms);
  const year = date.getUTCFullYear();
  return year >= 1970 && year <= 2200 ? date.toISOString() : null;
}

function fromIso(m: RegExpExecArray): number | null {
  const [, y, mo, d, h = '0', mi = '0', s = '0', zone] = m;
  const offset = zone === undefined ? 0 : zoneOffset(zone);
  if (offset === null) return null;
  return utc(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), offset);
}

function fromRfc822(text: string): number | null {
  // Drop a leading day name ("Tue," / "Tuesday"), however it is punctuated.
  const rest = text.replace(/^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s*/i, '');
  // "10 Jun 2003", "Jun 10, 2003", "10-Jun-03", then an optional time and zone.
  const dayFirst = /^(\d{1,2})[\s-]+([A-Za-z]{3,9})\.?[\s-]+(\d{2,4})/.exec(rest);
  const monthFirst = /^([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{2,4})/.exec(rest);
  const parts = dayFirst
    ? { day: dayFirst[1], month: dayFirst[2], year: dayFirst[3], end: dayFirst[0].length }
    : monthFirst
      ? { day: monthFirst[2], month: monthFirst[1], year: monthFirst[3], end: monthFirst[0].length }
      : null;
  if (!parts) return null;
  const month = monthOf(parts.month ?? '');
  if (month === null) return null;
  const tail = rest.slice(parts.end).trim();
  const time = /^(?:at\s+)?(\d{1,2})[:.](\d{2})(?:[:.](\d{2})(?:\.\d+)?)?\s*(am|pm)?\s*(.*)$/i.exec(tail);
  let hour = 0;
  let minute = 0;
  let second = 0;
  let zoneText = tail;
  if (time) {
    hour = Number(time[1]);
    minute = Number(time[2]);
    second = Number(time[3] ?? 0);
    const meridiem = time[4]?.toLowerCase();
    if (meridiem === 'pm' && hour < 12) hour += 12;
    if (meridiem === 'am' && hour === 12) hour = 0;
    zoneText = time[5] ?? '';
  }
  const offset = zoneText ? zoneOffset(zoneText) : 0;
  if (offset === null) return null;
  return utc(fullYear(Number(parts.year), parts.year?.length ?? 4), month, Number(parts.day), hour, minute, second, offset);
}

function monthOf(name: string): number | null {
  const key = name.trim().replace(/[.,]/g, '').slice(0, 3).toLowerCase();
  return months[key] ?? null;
}

/** RFC 2822's rule for two-digit years: 00–49 are 2000–2049, 50–99 are 1950–1999. */
function fullYear(year: number, digits: number): number {
  if (digits > 2) return year;
  return year < 50 ? 2000 + year : 1900 + year;
}

/** Minutes east of UTC for `+0200`, `-05:00`, `+2`, `GMT+2`, `UTC-0530`, `EST`, `Z`; null when unknown. */
function zoneOffset(raw: string): number | null {
  const text = raw.trim().replace(/^\((.*)\)$/, '$1').toLowerCase();
  const numeric = /^(?:gmt|utc|ut)?\s*([+-])(\d{1,2})(?::?(\d{2}))?(?:\s*\(.*\))?$/.exec(text);
  if (numeric) {
    const sign = numeric[1] === '-' ? -1 : 1;
    const hours = Number(numeric[2]);
    const minutes = Number(numeric[3] ?? 0);
    if (hours > 14 || minutes > 59) return null;
    return sign * (hours * 60 + minutes);
  }
  const named = /^([a-z]+)(?:\s*\(.*\))?$/.exec(text);
  if (named) return zones[named[1] ?? ''] ?? null;
  return null;
}

function utc(year: number, month: number, day: number, hour: number, minute: number, second: number, offsetMinutes: number): number | null {
  if (month < 0 || month > 11 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60) return null;
  const ms = Date.UTC(year, month, day, hour, minute, second);
  // Date.UTC rolls 31 June over into July: refuse such dates rather than show a wrong day.
  if (new Date(ms).getUTCDate() !== day) return null;
  return ms - offsetMinutes * 60_000;
}
