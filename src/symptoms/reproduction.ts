import type { ParsedStep } from '../harness/phrasebook';
import { phrasebook } from '../harness/the-phrasebook';
import type { FeatureScenario } from './feature-scenarios';

/**
 * A scenario as Gherkin lines, every step written again by the phrasebook in its phrase's current wording: its tags,
 * the Scenario line, then the steps (Background first). Null when a step is not a phrase or the scenario needs more
 * than its steps (a data table, Examples).
 */
export function reproduction(s: FeatureScenario, read: (text: string) => ParsedStep | null): string[] | null {
  if (!s.plain) return null;
  const parsed = s.steps.map(read);
  if (parsed.some((p) => p === null)) return null;
  let previous = '';
  const steps = (parsed as ParsedStep[]).map((p) => {
    const keyword = p.phrase.keyword === previous ? 'And' : p.phrase.keyword;
    previous = p.phrase.keyword;
    return `  ${keyword} ${phrasebook().write(p.phrase.id, p.args)}`;
  });
  return [...(s.tags.length > 0 ? [s.tags.join(' ')] : []), `Scenario: ${s.name}`, ...steps];
}
