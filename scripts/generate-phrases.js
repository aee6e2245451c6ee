#!/usr/bin/env node
// npm run phrases: writes step-definitions/phrases.generated.ts from the phrasebook (src/harness/phrases/).
// With --check it writes nothing and exits 1 when the file is stale.
require('./register-ts');
const fs = require('node:fs');
const path = require('node:path');
const { parseArgs } = require('node:util');
const { phrasebook } = require('../src/harness/the-phrasebook');
const { generatedStepDefinitionsPath, stepDefinitionsSource } = require('../src/harness/step-definitions-source');

const { values } = parseArgs({ options: { check: { type: 'boolean', default: false } }, strict: true });
const file = path.join(__dirname, '..', generatedStepDefinitionsPath);
const text = stepDefinitionsSource(phrasebook());
if (values.check) {
  const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  if (current !== text) {
    console.error(`${generatedStepDefinitionsPath} is stale: run npm run phrases`);
    process.exitCode = 1;
  }
} else {
  fs.writeFileSync(file, text);
  console.log(`wrote ${generatedStepDefinitionsPath} (${phrasebook().phrases.length} phrases)`);
}
