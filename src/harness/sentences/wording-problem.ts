import { phrasebook } from '../the-phrasebook';

/** What is wrong with a written sentence as a step: it is no phrase, matches several, or uses an older wording; null when it is fine. */
export function wordingProblem(text: string): string | null {
  try {
    const parsed = phrasebook().parse(text);
    if (parsed === null) return `no phrase: ${text}`;
    return parsed.alias === null ? null : `older wording "${parsed.alias}" of ${parsed.phrase.id}: ${text}`;
  } catch (e) {
    return (e as Error).message;
  }
}
