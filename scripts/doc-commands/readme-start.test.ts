import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

// The README starts with the two commands a fresh machine needs, in a sh block right under the title.

test('README.md starts with npm ci and npm test in a sh block', () => {
  const lines = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8').split('\n');
  const start = lines.slice(0, 7).filter((l) => l.trim() !== '');
  expect(start).to.deep.equal(['# signin-sim', '```sh', 'npm ci', 'npm test', '```']);
});
