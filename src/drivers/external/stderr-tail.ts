import { displaySafe } from './display-safe';

/** Counts what a process writes to stderr and keeps only the end of it. */
export class StderrTail {
  #bytes = 0;
  #text = '';

  constructor(private readonly keep: number) {}

  /** Adds a chunk; returns the total number of bytes seen so far. */
  push(chunk: Buffer): number {
    this.#bytes += chunk.length;
    this.#text = (this.#text + chunk.toString('utf8')).slice(-this.keep);
    return this.#bytes;
  }

  get bytes(): number {
    return this.#bytes;
  }

  /** The last lines, each cut to a readable width and {@link displaySafe}. */
  lastLines(count = 12): string[] {
    const lines = this.#text
      .split('\n')
      .map((l) => l.trimEnd())
      .filter((l) => l !== '');
    return lines.slice(-count).map((l) => displaySafe(l.length > 200 ? `${l.slice(0, 197)}...` : l));
  }
}
