import { createClock, type Clock } from '@sinonjs/fake-timers';

/** A task waiting on the virtual clock. `io` tasks are network deliveries; `timer` tasks are timers a program set. */
export type TaskKind = 'io' | 'timer';

interface Task {
  readonly at: number;
  readonly kind: TaskKind;
}

/**
 * Simulated time: it moves only when told to, and only forward. Advancing hours costs the time it takes to run
 * the tasks that fall due, nothing more. The harness's own timeouts never use it.
 *
 * The engine is @sinonjs/fake-timers' `createClock` (a clock object of its own, never installed over the
 * globals): it keeps the time, the queue and its order (time, then order of scheduling). This layer adds what
 * the fake world needs on top: the io/timer kind of each task, `settle`, and tasks that may be async, each
 * awaited before the next one runs.
 */
export class VirtualClock {
  readonly #engine: Clock;
  readonly #tasks = new Map<number, Task>();
  #running: void | Promise<void> = undefined;

  /** @param start milliseconds since the Unix epoch at which the scenario begins */
  constructor(readonly start: number) {
    this.#engine = createClock(start);
  }

  now(): number {
    return this.#engine.now;
  }

  /** Milliseconds since the scenario began. */
  elapsed(): number {
    return this.#engine.now - this.start;
  }

  schedule(delayMs: number, kind: TaskKind, run: () => void | Promise<void>): number {
    if (!(delayMs >= 0)) throw new Error(`VirtualClock.schedule: delay must be >= 0 ms, got ${delayMs}`);
    const id = Number(
      this.#engine.setTimeout(() => {
        this.#tasks.delete(id);
        this.#running = run();
      }, delayMs),
    );
    this.#tasks.set(id, { at: this.#engine.now + delayMs, kind });
    return id;
  }

  cancel(id: number): void {
    this.#engine.clearTimeout(id);
    this.#tasks.delete(id);
  }

  pending(kind?: TaskKind): number {
    let n = 0;
    for (const t of this.#tasks.values()) if (kind === undefined || t.kind === kind) n++;
    return n;
  }

  /** Runs every task due within `ms` from now, in time order, then sets the clock to now + ms. */
  async advance(ms: number, maxTasks = 100_000): Promise<void> {
    if (!(ms >= 0)) throw new Error(`VirtualClock.advance: time only moves forward; got ${ms} ms`);
    const target = this.#engine.now + ms;
    for (let n = 0; n < maxTasks; n++) {
      const next = this.#first();
      if (next === undefined || next.at > target) {
        this.#engine.tick(target - this.#engine.now);
        return;
      }
      await this.#runNext();
    }
    throw new Error(`VirtualClock.advance: more than ${maxTasks} tasks fell due; a program is probably looping`);
  }

  /**
   * Runs network deliveries due within `horizonMs` (and what they cause) until none is left; timers, and answers
   * slower than the horizon, wait for `advance`. A timer due before the next delivery runs first, as it would.
   */
  async settle(horizonMs = 5000, maxTasks = 10_000): Promise<void> {
    const limit = this.#engine.now + horizonMs;
    for (let n = 0; n < maxTasks; n++) {
      if (!this.#ioDueBy(limit)) return;
      await this.#runNext();
    }
    throw new Error(`VirtualClock.settle: still busy after ${maxTasks} deliveries; a program is probably looping`);
  }

  /** The earliest task; ties go to the one scheduled first, as in the engine. */
  #first(): Task | undefined {
    let first: Task | undefined;
    for (const t of this.#tasks.values()) if (first === undefined || t.at < first.at) first = t;
    return first;
  }

  #ioDueBy(limit: number): boolean {
    for (const t of this.#tasks.values()) if (t.kind === 'io' && t.at <= limit) return true;
    return false;
  }

  /** The engine runs its first timer (moving time to it); an async task is awaited before anything else runs. */
  async #runNext(): Promise<void> {
    this.#engine.next();
    const running = this.#running;
    this.#running = undefined;
    await running;
  }
}
