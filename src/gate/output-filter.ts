import { displaySafe } from '../drivers/external/display-safe';

/** A stack frame line (`    at fn (/path/file.ts:12:3)`), which says nothing to a client team. */
export const isStackFrame = (line: string): boolean => /^\s+at\s.+(:\d+:\d+\)?|\(native\)|<anonymous>\)?)$/.test(line);

/**
 * Filters what cucumber-js prints during a gate run, as it comes: stack frames are dropped, and the rest is made
 * {@link displaySafe} (a client's text may hold escape sequences or CI workflow commands). Whole lines are judged;
 * a partial line is let through as soon as it cannot become either, so progress dots show at once.
 */
export class OutputFilter {
  #line = '';
  #shown = 0;

  constructor(private readonly write: (text: string) => void) {}

  push(chunk: string): void {
    this.#line += chunk;
    const parts = this.#line.split('\n');
    this.#line = parts.pop() ?? '';
    for (const line of parts) this.#emit(line, true);
    if (this.#line.length > this.#shown && this.#decided(this.#line)) this.#emit(this.#line, false);
  }

  /** The rest, at the end of the stream. */
  end(): void {
    if (this.#line.length > this.#shown) this.#emit(this.#line, false);
    this.#line = '';
    this.#shown = 0;
  }

  #emit(line: string, complete: boolean): void {
    const shown = this.#shown;
    this.#shown = complete ? 0 : line.length;
    if (complete && shown === 0 && isStackFrame(line)) return;
    const text = shown === 0 ? displaySafe(line) : displaySafe(line.slice(shown)).replace(/^‹client› /, '');
    this.write(complete ? `${text}\n` : text);
  }

  /** A partial line that can no longer turn out to be a stack frame or a workflow command. */
  #decided(partial: string): boolean {
    if (this.#shown > 0) return true;
    const start = partial.trimStart();
    if (start === '' || start.length < 6) return /^[.FU\-*?]+$/.test(partial);
    return !start.startsWith('at ') && !start.startsWith('::') && !start.startsWith('##');
  }
}
