import type fc from 'fast-check';
import type { DesktopSnapshot } from '../fakes';
import type { Cast } from './cast';
import type { Primitive } from './primitive';
import type { Side } from './side';

/** What a command sees when it decides whether it applies and what it does: the reference world, read like a person would. */
export interface CommandContext {
  readonly cast: Cast;
  readonly reference: Side;
  /** What the person sees on the computer, or null when they are not logged on there. */
  desktop(person: string, computer: string): DesktopSnapshot | null;
}

/** A generated command: plain data, so fast-check can print, shrink and replay it. */
export interface Intent {
  readonly command: string;
  readonly args: Readonly<Record<string, string | number | boolean>>;
}

/** The next primitive of a command, decided from what the world shows now; null ends the command there, 'skip' goes on. */
export type Want = (ctx: CommandContext) => Primitive | null | 'skip';

/**
 * One kind of command in a generated history. Register it in `commandSpecs`; `covers` names the step tasks
 * (step-definitions/support/tasks) whose effects it can produce, so a test fails when a task has no generator.
 */
export interface CommandSpec {
  readonly name: string;
  readonly covers: readonly string[];
  /** How often, relative to the others, it is drawn. */
  readonly weight: number;
  intents(cast: Cast): fc.Arbitrary<Intent>;
  /** The precondition: whether it means something in the world as it is now (only what is on screen can be clicked). */
  applies(intent: Intent, ctx: CommandContext): boolean;
  plan(intent: Intent): readonly Want[];
}

export const str = (i: Intent, k: string): string => String(i.args[k]);
export const num = (i: Intent, k: string): number => Number(i.args[k]);
