import { createHash } from 'node:crypto';
import type { DesktopSnapshot } from '../fakes';
import type { Primitive } from './primitive';

/**
 * What one step of a history reached in the reference world, abstracted from names: the state before and after (the
 * screens of every Windows session), the action in between, and the set of fault switches on.
 */
export interface CoveragePoint {
  readonly before: string;
  readonly action: string;
  readonly after: string;
  readonly faults: string;
  /** Which command of the history (its index among those performed) the step belongs to. */
  readonly command: number;
}

/** The figure a run reports: how many distinct states, transitions and fault combinations its histories reached. */
export interface CoverageFigure {
  readonly states: number;
  readonly transitions: number;
  readonly faultSets: number;
}

/** What was reached, as short hashes, so that the shards of one exploration can be merged into one figure. */
export interface Reached {
  readonly states: readonly string[];
  readonly transitions: readonly string[];
  readonly faultSets: readonly string[];
}

const short = (key: string) => createHash('sha1').update(key).digest('base64url').slice(0, 10);

/** One Windows session as a person sees it: locked, or the screen of each visible window (names left out). */
export function seatState(snap: DesktopSnapshot | null, processes: number): string {
  if (snap === null) return processes > 0 ? `away+${processes}` : 'away';
  if (snap.locked) return 'locked';
  const windows = snap.windows
    .filter((w) => w.visible)
    .map((w) => `${w.id}:${w.screen}`)
    .sort();
  const icon = snap.notificationArea.some((i) => i.name === 'Lync') ? '+icon' : '';
  return `${windows.join(',') || 'desktop'}${icon}${processes > 1 ? `+${processes}` : ''}`;
}

/** The state of a world: its sessions' states as a sorted multiset, so that who is where does not count. */
export const worldState = (seats: readonly string[]): string => [...seats].sort().join(' | ');

/** An action without the names of people and computers: what kind of thing was done, on which control. */
export function actionKind(p: Primitive): string {
  switch (p.t) {
    case 'desktop': {
      const a = p.action;
      switch (a.kind) {
        case 'type':
          return `type ${a.window}/${a.field}: ${a.text.what}`;
        case 'click':
          return `click ${a.window}/${a.control}`;
        case 'toggle':
          return `toggle ${a.window}/${a.control} ${a.on ? 'on' : 'off'}`;
        case 'menu':
          return `menu ${a.window}/${a.path.join(' > ')}`;
        case 'startMenu':
          return `start menu ${a.path}`;
        case 'iconMenu':
          return `icon menu ${a.item}${a.ctrl ? ' (ctrl)' : ''}`;
        case 'icon':
          return `icon ${a.place}`;
        case 'closeWindow':
          return `close ${a.window}`;
      }
    }
    case 'network':
      return `network ${p.network}`;
    case 'time':
      return `time ${p.ms}`;
    case 'fault':
      return `fault ${p.id} ${p.on ? 'on' : 'off'}`;
    default:
      return p.t;
  }
}

/** Everything the histories of one exploration reached so far; `add` says how much of a history was new. */
export class Coverage {
  readonly states = new Set<string>();
  readonly transitions = new Set<string>();
  readonly faultSets = new Set<string>();
  /** How often each command was performed from each reference state: `state → command → times`. */
  readonly #tried = new Map<string, Map<string, number>>();

  /** Counts the commands a history performed, each from the state it started from. */
  addChoices(choices: readonly (readonly [string, string])[]): void {
    for (const [state, command] of choices) {
      const counts = this.#tried.get(state) ?? new Map<string, number>();
      counts.set(command, (counts.get(command) ?? 0) + 1);
      this.#tried.set(state, counts);
    }
  }

  /** How often earlier histories performed this command from this state. */
  tried(state: string, command: string): number {
    return this.#tried.get(state)?.get(command) ?? 0;
  }

  /**
   * Adds a history's points. Returns how many states, transitions and fault combinations were new, and the frontier:
   * how many of its commands it took to reach the last new one (0 when nothing was new).
   */
  add(points: readonly CoveragePoint[]): { gain: number; frontier: number } {
    const size = () => this.states.size + this.transitions.size + this.faultSets.size;
    const before = size();
    let frontier = 0;
    for (const p of points) {
      const was = size();
      this.states.add(p.before);
      this.states.add(p.after);
      this.transitions.add(`${p.before} --${p.action}--> ${p.after}`);
      this.faultSets.add(p.faults);
      if (size() > was) frontier = p.command + 1;
    }
    return { gain: size() - before, frontier };
  }

  figure(): CoverageFigure {
    return { states: this.states.size, transitions: this.transitions.size, faultSets: this.faultSets.size };
  }

  reached(): Reached {
    const of = (set: Set<string>) => [...set].map(short).sort();
    return { states: of(this.states), transitions: of(this.transitions), faultSets: of(this.faultSets) };
  }
}

/** One figure from the reached sets of several shards. */
export function mergeReached(parts: readonly Reached[]): { figure: CoverageFigure; reached: Reached } {
  const union = (k: keyof Reached) => [...new Set(parts.flatMap((p) => p[k]))].sort();
  const reached = { states: union('states'), transitions: union('transitions'), faultSets: union('faultSets') };
  return {
    reached,
    figure: { states: reached.states.length, transitions: reached.transitions.length, faultSets: reached.faultSets.length },
  };
}
