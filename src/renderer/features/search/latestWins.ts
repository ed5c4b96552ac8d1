// One search request in flight at a time, and only the newest waiting one after it: typing faster
// than the core answers sends the query as it stands when the last answer comes back, instead of
// queueing a request per keystroke.

export class LatestWins {
  #busy = false;
  #next: (() => Promise<unknown>) | null = null;

  /**
   * Runs `task` now when nothing is in flight; otherwise keeps it as the one to run next, dropping
   * the task that was waiting (it was for an older query). A task handles its own answer.
   */
  submit(task: () => Promise<unknown>): void {
    if (this.#busy) {
      this.#next = task;
      return;
    }
    this.#busy = true;
    const settle = () => {
      this.#busy = false;
      const next = this.#next;
      this.#next = null;
      if (next) this.submit(next);
    };
    let running: Promise<unknown>;
    try {
      running = task();
    } catch (error) {
      running = Promise.reject(error);
    }
    running.then(settle, settle);
  }

  /** True while a task runs. */
  get busy(): boolean {
    return this.#busy;
  }
}
