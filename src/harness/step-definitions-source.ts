import type { Phrasebook } from './phrasebook';

export const generatedStepDefinitionsPath = 'step-definitions/phrases.generated.ts';

/**
 * The text of step-definitions/phrases.generated.ts: one Cucumber step definition per phrase and per older wording,
 * written out so that editor plugins complete the sentences. `npm run phrases` writes it; a test fails when it is stale.
 */
export function stepDefinitionsSource(book: Phrasebook): string {
  const lines = [
    '// Generated from src/harness/phrases/ by `npm run phrases`. Do not edit: change the phrase and run it again.',
    "import { Given, Then, When } from '@cucumber/cucumber';",
  ];
  const aliases: string[] = [];
  const steps: string[] = [];
  for (const p of book.phrases) {
    steps.push(`${p.keyword}(${JSON.stringify(p.expression)}, phraseStep(${JSON.stringify(p.id)}));`);
    for (const a of p.aliases)
      aliases.push(`${p.keyword}(${JSON.stringify(a)}, aliasStep(${JSON.stringify(p.id)}, ${JSON.stringify(a)}));`);
  }
  lines.push(`import { ${aliases.length ? 'aliasStep, ' : ''}phraseStep } from './support/phrase-step';`, '', ...steps);
  if (aliases.length) lines.push('', '// Older wordings: each still runs, with a notice naming the current one.', ...aliases);
  return `${lines.join('\n')}\n`;
}
