import type { ClientCommand } from './client-command';
import type { ClientLimits } from './client-limits';
import { ProcessGroup } from './process-group';

interface Spare {
  readonly key: string;
  readonly group: ProcessGroup;
}

/**
 * Client processes started ahead of need, so that their start-up (a runtime loading, a program reading its files)
 * overlaps the scenarios instead of adding to each start. They are started with the environment of the last start
 * and handed out, oldest first, only for exactly that environment; otherwise, or when one has ended, they are
 * discarded and the client starts as before. Until it is handed out a process is a spare: not counted as a start,
 * its stdout unread; when it is discarded nothing of it is counted (it never ran a scenario).
 */
export class WarmSpare {
  #spares: Spare[] = [];
  /** Spares ended along the way (another environment, a dead one): close waits for them too. */
  #ended: ProcessGroup[] = [];
  #env: NodeJS.ProcessEnv | null = null;

  /** @param size how many spares wait at most (two cover a scenario that starts Lync twice in a row) */
  constructor(
    private readonly command: ClientCommand,
    private readonly limits: ClientLimits,
    private readonly size = 2,
  ) {}

  /** The oldest spare, when it was started for exactly `env` and still runs; else null (and the spares are ended). */
  take(env: NodeJS.ProcessEnv): ProcessGroup | null {
    this.#env = env;
    const key = keyOf(env);
    const first = this.#spares.shift();
    const taken = first && first.key === key && first.group.alive ? first.group : null;
    if (!taken) {
      if (first) this.#end(first.group);
      this.#discard();
    }
    // The next one boots now, alongside this scenario (the one taken was booted already).
    else this.refill();
    return taken;
  }

  /** Starts spares with the environment of the last {@link take}, until `size` wait. */
  refill(): void {
    const env = this.#env;
    if (!env) return;
    while (this.#spares.length < this.size)
      this.#spares.push({ key: keyOf(env), group: new ProcessGroup(this.command, env, this.limits, null) });
  }

  /** Ends the spares and waits (boundedly) until they are gone: the run is over, and nothing of it may outlive it. */
  async close(): Promise<void> {
    this.#env = null;
    const groups = [...this.#ended.splice(0), ...this.#spares.splice(0).map((spare) => spare.group)];
    await Promise.all(groups.map((group) => group.discardAndWait()));
  }

  #discard(): void {
    for (const spare of this.#spares.splice(0)) this.#end(spare.group);
  }

  #end(group: ProcessGroup): void {
    group.discard();
    this.#ended = [...this.#ended.filter((g) => g.alive), group];
  }
}

const keyOf = (env: NodeJS.ProcessEnv): string => JSON.stringify(Object.entries(env).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
