import { generateMessages } from '@cucumber/gherkin';
import { IdGenerator, SourceMediaType, type GherkinDocument, type Pickle } from '@cucumber/messages';
import { expect } from 'chai';
import { test } from 'node:test';
import { maxStepLength, refusal, tooLongSteps } from './step-length-limit';

// The steps over the limit, named by file and line, once each; and the one line that refuses the run.

function pickles(text: string): { gherkinDocument: GherkinDocument; pickle: Pickle }[] {
  const envelopes = generateMessages(text, 'features/x.feature', SourceMediaType.TEXT_X_CUCUMBER_GHERKIN_PLAIN, {
    newId: IdGenerator.incrementing(),
    includeGherkinDocument: true,
    includePickles: true,
    includeSource: false,
  });
  const gherkinDocument = envelopes.find((e) => e.gherkinDocument)?.gherkinDocument;
  if (!gherkinDocument) throw new Error(`no document: ${JSON.stringify(envelopes)}`);
  return envelopes.flatMap((e) => (e.pickle ? [{ gherkinDocument, pickle: e.pickle }] : []));
}

const long = 'A'.repeat(maxStepLength);

const cases: { what: string; feature: string; found: string[] }[] = [
  { what: 'a step at the limit', feature: `Feature: f\n  Scenario: s\n    Given ${long}\n`, found: [] },
  { what: 'a step one over', feature: `Feature: f\n  Scenario: s\n    Given ok\n    When ${long}B\n`, found: ['features/x.feature:4'] },
  {
    what: 'a background step, named once for the two scenarios that use it',
    feature: `Feature: f\n  Background:\n    Given ${long}B\n  Scenario: a\n    Given ok\n  Scenario: b\n    Given ok\n`,
    found: ['features/x.feature:3'],
  },
  {
    what: 'an outline step made long by its examples, in a rule',
    feature: `Feature: f\n  Rule: r\n    Scenario Outline: o\n      Given <x>\n      Examples:\n        | x |\n        | short |\n        | ${long}B |\n`,
    found: ['features/x.feature:4'],
  },
  {
    what: 'a long doc string under a short step',
    feature: `Feature: f\n  Scenario: s\n    Given ok\n      """\n      ${long}B\n      """\n`,
    found: [],
  },
];

for (const c of cases)
  test(`step length: ${c.what}`, () => {
    expect(tooLongSteps(pickles(c.feature)).map((s) => s.where)).to.deep.equal(c.found);
  });

test('the refusal is one line that names the first step, its length and the limit, with no control character', () => {
  const message = refusal([
    { where: 'features/x.feature:4', length: 2001, start: 'Alice \u001b[31mclicks\u202e here' },
    { where: 'features/x.feature:9', length: 5000, start: 'B' },
  ]);
  expect(message).to.equal(
    'features/x.feature:4: the step "Alice ?[31mclicks? here..." is 2001 characters long; a step may have at most 1000 characters' +
      ' (and 1 more step over the limit). Shorten it, or move long text into a doc string (""") under the step.',
  );
});
