import { screenSentences } from '../harness/sentences';
import { castSteps } from './cast';
import type { HistoryRun } from './history-run';

export interface WrittenScenario {
  readonly gherkin: string;
  /** False when no Then step can state the reference's outcome of the finding. */
  readonly checkable: boolean;
}

/**
 * A shrunk history as a scenario in the project's step vocabulary: the cast as Given steps, each action as a When step,
 * each message the reference showed checked as it appears, and Then steps stating the reference's outcome where the
 * client under test went wrong. `@seed:<n>` makes the scenario's world the history's world.
 */
export function writeScenario(run: HistoryRun, title: string, origin: string): WrittenScenario {
  const lines = [`# ${origin}`, `@explored @seed:${run.seed}`, 'Feature: Found by exploration', '', `  Scenario: ${title}`];
  for (const g of castSteps(run.cast)) lines.push(`    Given ${g}`);
  for (const s of run.steps) {
    lines.push(`    When ${s.text}`);
    for (const [person, computer, text] of s.messages) lines.push(`    Then ${screenSentences.hasShown(person, computer, text)}`);
  }
  const thens = [...new Set(run.findings.flatMap((f) => f.then))];
  for (const t of thens) lines.push(`    Then ${t}`);
  return { gherkin: `${lines.join('\n')}\n`, checkable: thens.length > 0 };
}
