import type { ClientCommand } from './client-command';
import type { ClientLimits } from './client-limits';
import { ProcessGroup } from './process-group';

/**
 * One client process started ahead of need, so that its start-up (a runtime loading, a program reading its files)
 * overlaps the scenario before it instead of adding to the next one. It is started with the environment of the last
 * start, and handed out only for exactly that environment; otherwise, or when it has ended, it is discarded and the
 * client starts as before. Until it is handed out it is a spare: not counted as a start, its stdout unread, and when
 * it is discarded nothing of it is counted (it never ran a scenario).
 */
export class WarmSpare {
  #spare: { readonly key: string; readonly group: ProcessGroup } | null = null;
  #env: NodeJS.ProcessEnv | null = null;

  constructor(
    private readonly command: ClientCommand,
    private readonly limits: ClientLimits,
  ) {}

  /** The spare, when it was started for exactly `env` and still runs; else null (and the spare is ended). */
  take(env: NodeJS.ProcessEnv): ProcessGroup | null {
    this.#env = env;
    const spare = this.#spare;
    this.#spare = null;
    if (spare && spare.key === keyOf(env) && spare.group.alive) return spare.group;
    spare?.group.discard();
    return null;
  }

  /** Starts the next spare, with the environment of the last {@link take}, unless one is waiting already. */
  refill(): void {
    if (this.#spare || !this.#env) return;
    this.#spare = { key: keyOf(this.#env), group: new ProcessGroup(this.command, this.#env, this.limits, null) };
  }

  /** Ends the spare: the run is over. */
  close(): void {
    this.#spare?.group.discard();
    this.#spare = null;
    this.#env = null;
  }
}

const keyOf = (env: NodeJS.ProcessEnv): string => JSON.stringify(Object.entries(env).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
