import type { FakeWorld } from '../fakes';
import { presenceSentences, screenStateSentences } from '../harness/sentences';

/**
 * Then steps for what changed on the screens and in what colleagues see: each dialog that opened, each control that
 * was greyed out, each presence a colleague now sees, once, at the step that brought it.
 */
export class ScreenWatch {
  #last: ReadonlySet<string> | null = null;

  /** What is true now, as steps. */
  static now(world: FakeWorld): string[] {
    return [...screenStateSentences(world), ...presenceSentences(world)];
  }

  /** Takes what is true now as known, unless something already is (the state before the first step). */
  begin(world: FakeWorld): void {
    this.#last ??= new Set(ScreenWatch.now(world));
  }

  /** The steps true now that were not at the last look. */
  changes(world: FakeWorld): string[] {
    const now = ScreenWatch.now(world);
    const before = this.#last ?? new Set<string>();
    this.#last = new Set(now);
    return now.filter((s) => !before.has(s));
  }
}
