// Keystroke → painted results, as User Timing entries the typing benchmark reads from the page:
// `fulcrum:search:key` marks each change of the search box, and `fulcrum:search:paint` measures
// from it to the frame after the answer for that exact query was committed (its detail says when,
// from the keystroke, the answer was committed). A keystroke whose
// query was replaced before its answer came is never measured (it was superseded, not painted).

export const keyMarkName = 'fulcrum:search:key';
export const paintMeasureName = 'fulcrum:search:paint';
/** Paint measures kept in the page before the oldest are dropped (the benchmark collects as it goes). */
const maxMeasures = 500;

/** The pure part: which keystroke is waiting for its answer to be painted. */
export class KeyToPaint {
  #waiting: { q: string; start: number } | null = null;

  /** The box now reads `q` (trimmed), typed at `start`; an empty box waits for nothing. */
  key(q: string, start: number): void {
    this.#waiting = q === '' ? null : { q, start };
  }

  /**
   * Results for `q` are on screen: the start of the keystroke that asked for them, once; null when
   * no keystroke waits for exactly these results (already measured, or superseded).
   */
  painted(q: string): number | null {
    if (!this.#waiting || this.#waiting.q !== q) return null;
    const { start } = this.#waiting;
    this.#waiting = null;
    return start;
  }
}

const tracker = new KeyToPaint();

/** The search box's text changed (a keystroke, a paste, a cut). */
export function markSearchKey(value: string): void {
  const q = value.trim();
  if (q === '') {
    tracker.key('', 0);
    return;
  }
  // Only the newest key mark matters: the older ones were superseded or already measured.
  performance.clearMarks(keyMarkName);
  const mark = performance.mark(keyMarkName, { detail: { q: value } });
  tracker.key(q, mark.startTime);
}

/** Call after the results for `q` were committed to the DOM; measures on the next frame. */
export function searchResultsCommitted(q: string, hits: number): void {
  const start = tracker.painted(q);
  if (start === null) return;
  // How much of the measure is the wait for the frame: from the keystroke to the commit, then to the frame.
  const commitMs = performance.now() - start;
  requestAnimationFrame(() => {
    if (performance.getEntriesByName(paintMeasureName, 'measure').length >= maxMeasures) performance.clearMeasures(paintMeasureName);
    performance.measure(paintMeasureName, { start, end: performance.now(), detail: { q, hits, commitMs } });
    performance.clearMarks(keyMarkName);
  });
}
