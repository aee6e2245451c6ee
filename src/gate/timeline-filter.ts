/** The line the support hooks print before a failed scenario's timeline. */
const header = /^Timeline of "(.*)" \(([^)]*)\):$/;
/** A line of a timeline: `+m:ss.mmm` or `+h:mm:ss.mmm`, then the entry (src/fakes/timeline.ts). */
const entry = /^\+(\d+:)?\d+:\d\d\.\d{3} /;

/**
 * Drops from the output of a run the timelines of the scenarios named in `quiet` (the known deviations: their
 * failure is expected, and the reports keep their timelines). A timeline is its header line and the entries after it
 * (lines that start with a time offset), with the empty line before it. Works on whole lines; the rest of a chunk waits for its newline, or for {@link end}.
 */
export class TimelineFilter {
  #partial = '';
  #dropping = false;
  /** An empty line held back: it is the one before a timeline's header, dropped with the timeline. */
  #blank = false;

  constructor(
    private readonly quiet: ReadonlySet<string>,
    private readonly write: (text: string) => void,
  ) {}

  push(chunk: string): void {
    const lines = `${this.#partial}${chunk}`.split('\n');
    this.#partial = lines.pop() ?? '';
    const kept = lines.flatMap((line) => this.#take(line));
    if (kept.length > 0) this.write(kept.map((l) => `${l}\n`).join(''));
  }

  end(): void {
    const rest = [...(this.#blank ? ['\n'] : []), ...(this.#partial !== '' && !this.#dropping ? [this.#partial] : [])];
    if (rest.length > 0) this.write(rest.join(''));
    this.#partial = '';
    this.#dropping = false;
    this.#blank = false;
  }

  /** The lines to write for one line of input. */
  #take(line: string): string[] {
    if (this.#dropping) {
      if (entry.test(line)) return [];
      this.#dropping = false;
    }
    const held = this.#blank ? [''] : [];
    this.#blank = false;
    const name = header.exec(line)?.[1];
    if (name !== undefined && this.quiet.has(name)) {
      this.#dropping = true;
      return [];
    }
    if (line === '') {
      this.#blank = true;
      return held;
    }
    return [...held, line];
  }
}
