/**
 * Which pronoun a sentence uses for a person ("Bob types his password", "Alice types her password"): the writer picks
 * the alternative of "her/his" or "her/him" for the sentence's first person. People not listed here are written "her".
 */
const men: ReadonlySet<string> = new Set(['Bob', 'Dave', 'Frank', 'Fred', 'Ivan', 'Oscar', 'Victor']);

export function pronounFor(person: string | undefined, alternatives: readonly string[]): string | undefined {
  const wanted = person !== undefined && men.has(person) ? ['his', 'him'] : ['her'];
  return alternatives.find((a) => wanted.includes(a));
}
