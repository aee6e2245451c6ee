/** A task waiting on the virtual clock. `io` tasks are network deliveries; `timer` tasks are timers a program set. */
export type TaskKind = 'io' | 'timer';

interface Task {
  readonly id: number;
  readonly at: number;
  readonly kind: TaskKind;
  readonly run: () => void | Promise<void>;
}

/**
 * Simulated time: it moves only when told to, and only forward. Advancing hours costs the time it takes to run
 * the tasks that fall due, nothing more. The harness's own timeouts never use it.
 */
export class VirtualClock {
  #now: number;
  #seq = 0;
  #tasks: Task[] = [];

  /** @param start milliseconds since the Unix epoch at which the scenario begins */
  constructor(readonly start: number) {
    this.#now = start;
  }

  now(): number {
    return this.#now;
  }

  /** Milliseconds since the scenario began. */
  elapsed(): number {
    return this.#now - this.start;
  }

  schedule(delayMs: number, kind: TaskKind, run: () => void | Promise<void>): number {
    if (!(delayMs >= 0)) throw new Error(`VirtualClock.schedule: delay must be >= 0 ms, got ${delayMs}`);
    const id = ++this.#seq;
    this.#tasks.push({ id, at: this.#now + delayMs, kind, run });
    this.#tasks.sort((a, b) => a.at - b.at || a.id - b.id);
    return id;
  }

  cancel(id: number): void {
    this.#tasks = this.#tasks.filter((t) => t.id !== id);
  }

  pending(kind?: TaskKind): number {
    return this.#tasks.filter((t) => kind === undefined || t.kind === kind).length;
  }

  /** Runs every task due within `ms` from now, in time order, then sets the clock to now + ms. */
  async advance(ms: number, maxTasks = 100_000): Promise<void> {
    if (!(ms >= 0)) throw new Error(`VirtualClock.advance: time only moves forward; got ${ms} ms`);
    const target = this.#now + ms;
    for (let n = 0; n < maxTasks; n++) {
      const next = this.#tasks[0];
      if (next === undefined || next.at > target) {
        this.#now = target;
        return;
      }
      await this.#runNext(next);
    }
    throw new Error(`VirtualClock.advance: more than ${maxTasks} tasks fell due; a program is probably looping`);
  }

  /**
   * Runs network deliveries due within `horizonMs` (and what they cause) until none is left; timers, and answers
   * slower than the horizon, wait for `advance`.
   */
  async settle(horizonMs = 5000, maxTasks = 10_000): Promise<void> {
    const limit = this.#now + horizonMs;
    for (let n = 0; n < maxTasks; n++) {
      const nextIo = this.#tasks.find((t) => t.kind === 'io' && t.at <= limit);
      if (nextIo === undefined) return;
      const firstDue = this.#tasks[0];
      if (firstDue !== undefined && firstDue.kind === 'timer' && firstDue.at <= nextIo.at) {
        await this.#runNext(firstDue);
      } else {
        await this.#runNext(nextIo);
      }
    }
    throw new Error(`VirtualClock.settle: still busy after ${maxTasks} deliveries; a program is probably looping`);
  }

  async #runNext(task: Task): Promise<void> {
    this.#tasks = this.#tasks.filter((t) => t.id !== task.id);
    this.#now = Math.max(this.#now, task.at);
    await task.run();
  }
}
