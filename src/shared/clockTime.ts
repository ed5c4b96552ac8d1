// A time in an episode as people read it: 4:05, or 1:02:03 past an hour. Shared by the core (search
// titles, exports) and the UI.
export function clockTime(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds));
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = whole % 60;
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}` : `${m}:${String(s).padStart(2, '0')}`;
}

/** A moment of an episode as notes, lessons and exports name it: "Episode title at 12:34". */
export function momentLabel(episodeTitle: string, at: number | null): string {
  return at === null ? episodeTitle : `${episodeTitle} at ${clockTime(at)}`;
}
