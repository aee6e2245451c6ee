import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { generatedStepDefinitionsPath, stepDefinitionsSource } from './step-definitions-source';
import { phrasebook } from './the-phrasebook';

test(`${generatedStepDefinitionsPath} is what npm run phrases writes from the phrasebook`, () => {
  const file = readFileSync(path.resolve(__dirname, '..', '..', generatedStepDefinitionsPath), 'utf8');
  expect(file === stepDefinitionsSource(phrasebook()), `${generatedStepDefinitionsPath} is stale: run npm run phrases`).to.equal(true);
});
