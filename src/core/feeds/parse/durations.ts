// `itunes:duration` as feeds write it → whole seconds: `HH:MM:SS`, `MM:SS`, plain seconds (with a
// fraction), `1h 2m 3s`. Null when unreadable or not positive.

export function parseDuration(raw: string | null | undefined): number | null {
  const text = (raw ?? '').trim().toLowerCase();
  if (!text) return null;
  if (/^\d+(?:[.,]\d+)?$/.test(text)) return positive(Number(text.replace(',', '.')));
  const clock = /^(\d+):(\d{1,2})(?::(\d{1,2}))?(?:[.,]\d+)?$/.exec(text);
  if (clock) {
    const [, a, b, c] = clock;
    const seconds = c === undefined ? Number(a) * 60 + Number(b) : Number(a) * 3600 + Number(b) * 60 + Number(c);
    return positive(seconds);
  }
  const words = /^(?:(\d+)\s*h(?:ours?|rs?)?)?\s*(?:(\d+)\s*m(?:in(?:utes?|s)?)?)?\s*(?:(\d+)\s*s(?:ec(?:onds?|s)?)?)?$/.exec(text);
  if (words && (words[1] || words[2] || words[3])) {
    return positive(Number(words[1] ?? 0) * 3600 + Number(words[2] ?? 0) * 60 + Number(words[3] ?? 0));
  }
  return null;
}

function positive(seconds: number): number | null {
  return Number.isFinite(seconds) && seconds > 0 ? Math.round(seconds) : null;
}
