import { readSync, writeSync } from 'node:fs';
import { LineSplitter } from '../line-splitter';
import { StrictUtf8 } from '../strict-utf8';

const maxEagainRetries = 1_000_000;

/**
 * Blocking line I/O on file descriptors (stdin and stdout of a client process). A client that handles one request at
 * a time can then make platform calls as plain function calls: write the request, read until its answer comes.
 */
export class SyncLines {
  readonly #splitter: LineSplitter;
  readonly #queue: string[] = [];
  readonly #buffer = Buffer.alloc(64 * 1024);
  readonly #decoder = new StrictUtf8();
  #eof = false;

  constructor(
    private readonly input = 0,
    private readonly output = 1,
    maxLineLength = 1024 * 1024,
  ) {
    this.#splitter = new LineSplitter(maxLineLength);
  }

  /** The next line, or null at the end of the input. */
  read(): string | null {
    for (let tries = 0; this.#queue.length === 0;) {
      if (this.#eof) return null;
      let n: number;
      try {
        n = readSync(this.input, this.#buffer, 0, this.#buffer.length, null);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EAGAIN' || ++tries > maxEagainRetries) throw error;
        continue;
      }
      if (n === 0) {
        this.#eof = true;
        continue;
      }
      const text = this.#decoder.write(this.#buffer.subarray(0, n));
      if (text === null) throw new Error('the harness sent bytes that are not UTF-8');
      const { lines, tooLong } = this.#splitter.push(text);
      if (tooLong) throw new Error('the harness sent a line longer than the limit');
      this.#queue.push(...lines);
    }
    return this.#queue.shift() ?? null;
  }

  write(line: string): void {
    const data = Buffer.from(`${line}\n`, 'utf8');
    for (let off = 0; off < data.length;) off += writeSync(this.output, data, off);
  }
}
