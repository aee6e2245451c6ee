import { KeyedDraws, type SeededRandom } from './seeded-random';

/**
 * The waits a client asks the world to draw (`timer.set` with `random`), between 0 and the longest it gives.
 * Each one is drawn for that process's n-th timer of that name alone, so other draws do not move it.
 */
export class RandomWaits {
  readonly #draws: KeyedDraws;
  constructor(random: SeededRandom) {
    this.#draws = new KeyedDraws(random);
  }

  draw(key: string, longestMs: number): number {
    return this.#draws.next(key, 0, longestMs);
  }
}
