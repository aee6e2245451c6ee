/** A small deterministic generator (mulberry32): the same seed gives the same sequence. */
export class SeededRandom {
  #state: number;

  constructor(readonly seed: number) {
    this.#state = seed >>> 0;
  }

  /** A number in [0, 1). */
  next(): number {
    this.#state = (this.#state + 0x6d2b79f5) >>> 0;
    let t = this.#state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** A whole number in [min, max]. */
  between(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /**
   * A whole number in [min, max] drawn for `key` alone: the same seed and key give the same number, whatever else
   * was drawn before. The network uses it so that one client's extra or missing request does not shift the timing of
   * every later answer (exploration compares two worlds request by request).
   */
  keyed(key: string, min: number, max: number): number {
    let h = (this.seed ^ 0x811c9dc5) >>> 0;
    for (const ch of key) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
    return new SeededRandom(h).between(min, max);
  }
}

/** Draws for one purpose: the n-th draw of a key comes out the same whatever else was drawn before it. */
export class KeyedDraws {
  readonly #count = new Map<string, number>();

  constructor(private readonly random: SeededRandom) {}

  next(key: string, min: number, max: number): number {
    const n = (this.#count.get(key) ?? 0) + 1;
    this.#count.set(key, n);
    return this.random.keyed(`${key}#${n}`, min, max);
  }
}
