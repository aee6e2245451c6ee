import type { Cast } from './cast';
import type { Intent } from './command-spec';

/** A history that reached something no earlier history had: its cast, the commands that ran, and how much was new. */
export interface CorpusEntry {
  readonly cast: Cast;
  readonly intents: readonly Intent[];
  readonly gain: number;
  /** How many of its commands it took to reach the last thing new. */
  readonly frontier: number;
}

/** Where a guided history starts: a corpus history's cast and its first commands, to be extended by new ones. */
export interface GuidedBase {
  readonly cast: Cast;
  readonly prefix: readonly Intent[];
}

/**
 * The histories of an exploration that produced new coverage. A guided history takes one of them (the more it found,
 * the likelier), cuts it at some step and goes on from there with fresh commands, so generation keeps pushing from
 * the edge of what was reached instead of starting over at sign-in.
 */
export class Corpus {
  readonly entries: CorpusEntry[] = [];

  constructor(private readonly limit = 200) {}

  add(entry: CorpusEntry): void {
    if (entry.gain <= 0 || entry.frontier === 0 || entry.intents.length === 0) return;
    this.entries.push(entry);
    if (this.entries.length <= this.limit) return;
    // The least productive entry goes (the oldest of equals): the corpus stays bounded.
    let worst = 0;
    this.entries.forEach((e, i) => (e.gain < (this.entries[worst] as CorpusEntry).gain ? (worst = i) : 0));
    this.entries.splice(worst, 1);
  }

  /**
   * The base for `which` and `cut` in [0, 1): an entry chosen with weight `gain`, cut at its frontier (half the time)
   * or after 1 … frontier of its commands, so the fresh commands start where it last found something new.
   */
  pick(which: number, cut: number): GuidedBase | null {
    const total = this.entries.reduce((n, e) => n + e.gain, 0);
    if (total === 0) return null;
    let at = which * total;
    const entry = this.entries.find((e) => (at -= e.gain) < 0) ?? (this.entries[this.entries.length - 1] as CorpusEntry);
    const edge = Math.min(Math.max(entry.frontier, 1), entry.intents.length);
    const n = cut < 0.5 ? edge : 1 + Math.floor((cut - 0.5) * 2 * edge);
    return { cast: entry.cast, prefix: entry.intents.slice(0, n) };
  }
}

/** A number in [0, 1) drawn from a seed and a salt, the same on every machine. */
export function uniform(seed: number, salt: number): number {
  let x = (seed ^ Math.imul(salt + 0x632be5ab, 0x9e3779b1)) >>> 0;
  x = Math.imul(x ^ (x >>> 15), 0x2c1b3c6d) >>> 0;
  x = Math.imul(x ^ (x >>> 12), 0x297a2d39) >>> 0;
  return ((x ^ (x >>> 15)) >>> 0) / 2 ** 32;
}
