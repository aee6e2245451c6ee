/** The story told so far in the playground, as Gherkin steps: Given for the set-up, then When and Then, with And for repeats. */
export type Keyword = 'Given' | 'When' | 'Then';

interface Line {
  readonly keyword: Keyword;
  readonly text: string;
  /** No step definition says this yet: Cucumber will report it as undefined, with a snippet for whoever adds it. */
  readonly undefinedStep: boolean;
}

export class GherkinStory {
  readonly #lines: Line[] = [];

  constructor(private readonly title = "Describe the customer's case here") {}

  add(keyword: Keyword, text: string, undefinedStep = false): number {
    this.#lines.push({ keyword, text, undefinedStep });
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

  format(): string {
    const out = [`  Scenario: ${this.title}`];
    let previous: Keyword | null = null;
    for (const line of this.#lines) {
      const word = line.keyword === previous ? 'And' : line.keyword;
      previous = line.keyword;
      if (line.undefinedStep) out.push('    # No step says this yet; Cucumber will report it as undefined:');
      out.push(`    ${word} ${line.text}`);
    }
    return out.join('\n');
  }
}
