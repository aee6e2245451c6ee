import type { Stage } from './stage';

export type Keyword = 'Given' | 'When' | 'Then';

/**
 * One sentence of the scenario language, defined once: its id, its keyword, its Cucumber expression, what it does to a
 * Stage, and the older wordings that still run (each prints a notice naming this one). Step definitions are generated
 * from phrases; exploration, the playground and the symptom index write and read sentences through the phrasebook.
 */
export interface Phrase {
  readonly id: string;
  readonly keyword: Keyword;
  readonly expression: string;
  /** The step's work: the arguments arrive transformed by their parameter types, in the expression's order. */
  readonly run: (stage: Stage, ...args: never[]) => unknown;
  /** Older wordings, with the same parameters in the same order. */
  readonly aliases: readonly string[];
}

export interface PhraseOptions {
  readonly aliases?: readonly string[];
}

export function phrase<A extends unknown[]>(
  id: string,
  keyword: Keyword,
  expression: string,
  run: (stage: Stage, ...args: A) => unknown,
  options: PhraseOptions = {},
): Phrase {
  return { id, keyword, expression, run: run as unknown as Phrase['run'], aliases: options.aliases ?? [] };
}
