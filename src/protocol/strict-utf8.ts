/**
 * Decodes a stream of bytes as UTF-8 and refuses any byte sequence that is not UTF-8. A lossy decoder (Node's
 * `setEncoding('utf8')`, StringDecoder) turns such bytes into U+FFFD without a word, so a client could put them inside
 * a JSON string and have them accepted. A character split across two chunks is decoded once its last byte comes.
 */
export class StrictUtf8 {
  readonly #decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  #failed = false;

  /** The text of this chunk, or null when the stream is not UTF-8 (from then on, always null). */
  write(chunk: Uint8Array): string | null {
    if (this.#failed) return null;
    try {
      return this.#decoder.decode(chunk, { stream: true });
    } catch {
      this.#failed = true;
      return null;
    }
  }

  /** At the end of the stream: '' or null when it ended inside a character. */
  end(): string | null {
    if (this.#failed) return null;
    try {
      return this.#decoder.decode();
    } catch {
      this.#failed = true;
      return null;
    }
  }
}
