/** Splits a stream of text into lines (`\n`, an optional `\r` before it is dropped), refusing any line longer than a limit. */
export class LineSplitter {
  #buffer = '';

  constructor(private readonly maxLineLength: number) {}

  /** The complete lines in this chunk; `tooLong` when a line passed the limit (the rest is then unusable). */
  push(chunk: string): { readonly lines: string[]; readonly tooLong: boolean } {
    this.#buffer += chunk;
    const parts = this.#buffer.split('\n');
    this.#buffer = parts.pop() ?? '';
    const lines = parts.map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
    const tooLong = this.#buffer.length > this.maxLineLength || lines.some((l) => l.length > this.maxLineLength);
    return { lines: lines.filter((l) => l.trim() !== ''), tooLong };
  }

  /** Text after the last newline, when the stream ends. */
  rest(): string {
    return this.#buffer;
  }
}
