import type { FakeWorld } from '../fake-world';

/** Where a fault lives, after the places Microsoft's scoping questions point at (MU-08, MU-09). */
export type FaultPlace = 'computer' | 'account' | 'local cache' | 'tenant' | 'DNS' | 'network' | 'client setting';

/** One parameter of a fault switch, with what a person setting it needs to know: its unit and its limits. */
export type FaultParam =
  | { readonly name: string; readonly kind: 'person' | 'computer'; readonly label: string }
  | {
      readonly name: string;
      readonly kind: 'number';
      readonly label: string;
      readonly unit: 'minutes' | 'hours' | 'milliseconds' | 'times' | 'percent' | 'DWORD';
      readonly min: number;
      readonly max: number;
      /** A value that shows the fault (the playground's default); within the limits. */
      readonly example?: number;
    }
  | { readonly name: string; readonly kind: 'text'; readonly label: string; readonly example: string };

/** The values of a switch's parameters, by name: person and computer names, numbers, texts. */
export type FaultArgs = Readonly<Record<string, string | number>>;

/**
 * A fault the fake world can be given, registered once in `faultSwitches` so that steps, the playground, the symptom
 * index and exploration all reach the same switch. `turnOff` is absent for a one-shot change (a password reset, a
 * renamed address), which later changes undo, if anything does.
 */
export interface FaultSwitch {
  readonly id: string;
  readonly place: FaultPlace;
  /** What the switch does, in a support engineer's words ("the clock of a computer is wrong"). */
  readonly title: string;
  /** Catalog IDs of the behaviours this fault produces. */
  readonly catalog: readonly string[];
  readonly params: readonly FaultParam[];
  /** Whether the switch can be turned on in this world now (a damaged cached certificate needs a cached entry). */
  applies?(world: FakeWorld, args: FaultArgs): boolean;
  /**
   * The sentences that turn the switch on and off. The phrasebook (src/harness) defines a step for each, and writes
   * the first that can say a given change (the playground's "Copy as Gherkin", exploration, the symptom index).
   */
  readonly phrases: readonly (FaultPhrase | SameWordsAs)[];
  turnOn(world: FakeWorld, args: FaultArgs): void | Promise<void>;
  turnOff?(world: FakeWorld, args: FaultArgs): void | Promise<void>;
}

/**
 * A sentence that turns a switch on or off: a Cucumber expression (src/harness/parameter-types.ts) whose parameters
 * fill the switch's params.
 */
export interface FaultPhrase {
  readonly keyword: 'Given' | 'When';
  readonly expression: string;
  /** On or off; a function when one sentence says both ("... for credentials 0 times"). */
  readonly on: boolean | ((args: FaultArgs) => boolean);
  /** The params the expression's parameters fill, in order; "-minutes" fills minutes with the value negated. Default: the params in order. */
  readonly args?: readonly string[];
  /** Arguments the words themselves fix (a policy named in the sentence). */
  readonly fixed?: FaultArgs;
  /** Whether this sentence can say these arguments (the "slow" clock only for a negative offset). Default: it can. */
  readonly says?: (args: FaultArgs) => boolean;
  /** For a sentence whose `on` is a function: the arguments that make it say "off". */
  readonly offWith?: FaultArgs;
}

/** A change of this switch said in the words of another switch (restoring the DNS records ends every DNS fault). */
export interface SameWordsAs {
  readonly sameWordsAs: string;
  readonly on: boolean;
  readonly args?: (args: FaultArgs) => FaultArgs;
}

/** Reads a parameter, failing with a message that says which switch wanted what. */
export function arg<T extends string | number>(args: FaultArgs, name: string, type: 'string' | 'number', id: string): T {
  const value = args[name];
  if (typeof value !== type) throw new Error(`fault switch "${id}" needs ${name} (a ${type}); it was given ${JSON.stringify(value)}`);
  return value as T;
}
