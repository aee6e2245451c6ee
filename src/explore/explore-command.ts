import type fc from 'fast-check';
import type { Intent } from './command-spec';
import type { HistoryRun } from './history-run';

/** The model fast-check keeps: the run itself, whose reference world the preconditions read. */
export interface Model {
  readonly run: HistoryRun;
}

/** One generated command of a history, for fast-check's model-based runner. */
export class ExploreCommand implements fc.AsyncCommand<Model, HistoryRun> {
  constructor(readonly intent: Intent) {}

  check(m: Readonly<Model>): boolean {
    return m.run.applies(this.intent);
  }

  async run(_m: Model, r: HistoryRun): Promise<void> {
    await r.perform(this.intent);
  }

  toString(): string {
    const args = Object.entries(this.intent.args).map(([k, v]) => `${k}=${v}`);
    return `${this.intent.command}(${args.join(', ')})`;
  }
}
