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
      readonly unit: 'minutes' | 'hours' | 'milliseconds' | 'times' | 'percent';
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
   * The Gherkin steps (without keyword) that turn the switch on and off, in the words of step-definitions/: the
   * playground's "Copy as Gherkin" writes them. A test fails for a switch without them.
   */
  readonly steps?: { readonly on: (args: FaultArgs) => string; readonly off?: (args: FaultArgs) => string };
  turnOn(world: FakeWorld, args: FaultArgs): void | Promise<void>;
  turnOff?(world: FakeWorld, args: FaultArgs): void | Promise<void>;
}

/** Reads a parameter, failing with a message that says which switch wanted what. */
export function arg<T extends string | number>(args: FaultArgs, name: string, type: 'string' | 'number', id: string): T {
  const value = args[name];
  if (typeof value !== type) throw new Error(`fault switch "${id}" needs ${name} (a ${type}); it was given ${JSON.stringify(value)}`);
  return value as T;
}
