// A Cucumber plugin that refuses a run in which a step is longer than a limit, before any step is matched against a
// step definition and before any snippet is made for an undefined step. Matching one step is linear in its length
// only as long as every parameter type's regexp is; making a snippet for an undefined step is not linear at all
// (Cucumber Expressions tries every parameter type's regexp from every position of the text), so without a limit a
// 2,000-character step took 21 s and a 1 MB step did not finish. docs/decisions/0010-bounded-step-text.md.
// Listed under `plugin` in every profile of cucumber.js; it runs as a "pickles:filter" transform, the last thing
// Cucumber does with the parsed features before it matches their steps.
'use strict';

/** The longest step text a feature may have, in characters. The longest step of the features is about 460. */
const maxStepLength = 1000;

/** The line of each step of a Gherkin document, by the step's AST node id. */
function stepLines(gherkinDocument) {
  const lines = new Map();
  const visit = (children) => {
    for (const child of children ?? []) {
      for (const step of (child.background ?? child.scenario)?.steps ?? []) lines.set(step.id, step.location.line);
      if (child.rule) visit(child.rule.children);
    }
  };
  visit(gherkinDocument?.feature?.children);
  return lines;
}

/** The steps longer than the limit, each as "<uri>:<line>", its length and its first words. */
function tooLongSteps(pickles, limit = maxStepLength) {
  const found = [];
  const linesOf = new Map();
  for (const { gherkinDocument, pickle } of pickles) {
    for (const step of pickle.steps) {
      if (step.text.length <= limit) continue;
      if (!linesOf.has(gherkinDocument)) linesOf.set(gherkinDocument, stepLines(gherkinDocument));
      const line = linesOf.get(gherkinDocument).get(step.astNodeIds[0]) ?? pickle.location?.line ?? 0;
      found.push({ where: `${pickle.uri}:${line}`, length: step.text.length, start: step.text.slice(0, 40) });
    }
  }
  // One entry per step of the file: an outline's examples repeat the same step.
  return [...new Map(found.map((f) => [f.where, f])).values()];
}

/** The one-line refusal for the steps that are too long. */
function refusal(steps, limit = maxStepLength) {
  const [first] = steps;
  const start = first.start.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '?');
  const more = steps.length > 1 ? ` (and ${steps.length - 1} more step${steps.length > 2 ? 's' : ''} over the limit)` : '';
  return (
    `${first.where}: the step "${start}..." is ${first.length} characters long; a step may have at most ${limit}` +
    ` characters${more}. Shorten it, or move long text into a doc string (""") under the step.`
  );
}

/** Thrown to stop the run; prints as its one line, without a stack, wherever Cucumber prints it. */
class StepTooLong extends Error {
  constructor(message) {
    super(message);
    this.name = 'StepTooLong';
    this.stack = message;
  }

  [Symbol.for('nodejs.util.inspect.custom')]() {
    return this.message;
  }
}

const plugin = {
  type: 'plugin',
  coordinator({ transform }) {
    transform('pickles:filter', (pickles) => {
      const steps = tooLongSteps(pickles);
      if (steps.length > 0) throw new StepTooLong(refusal(steps));
      return undefined;
    });
  },
};

module.exports = { ...plugin, maxStepLength, tooLongSteps, refusal, StepTooLong };
