/** The story told so far in the playground, as a feature file: the set-up as Background, then When and Then steps. */
export type Keyword = 'Given' | 'When' | 'Then';

interface Line {
  readonly keyword: Keyword;
  readonly text: string;
}

export class GherkinStory {
  readonly #lines: Line[] = [];

  constructor(
    private readonly background: readonly string[],
    private readonly title = "Describe the customer's case here",
  ) {}

  add(keyword: Keyword, text: string): number {
    this.#lines.push({ keyword, text });
    return this.#lines.length - 1;
  }

  /** The index the next line will get. */
  get length(): number {
    return this.#lines.length;
  }

  /** Drops the lines from `index` on (a dialog's steps folded into one step). */
  truncate(index: number): void {
    this.#lines.splice(index);
  }

  /** A complete feature file; `finally` are Then steps for what is true now (the ground truth the panel shows). */
  format(finally_: readonly string[] = []): string {
    const out = ['@section:troubleshooting', 'Feature: A case from the playground', '', '  Background:'];
    this.background.forEach((text, i) => out.push(`    ${i === 0 ? 'Given' : 'And'} ${text}`));
    out.push('', `  Scenario: ${this.title}`);
    const lines = [...this.#lines, ...finally_.map((text) => ({ keyword: 'Then' as const, text }))];
    if (lines.length === 0) out.push('    # Nothing done yet: act on a desktop or on the fake world.');
    let previous: Keyword | null = null;
    for (const line of lines) {
      out.push(`    ${line.keyword === previous ? 'And' : line.keyword} ${line.text}`);
      previous = line.keyword;
    }
    return `${out.join('\n')}\n`;
  }
}
