import { expect } from 'chai';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { root, runGate } from './support/run-gate';

const python = `python3 ${path.join(root, 'examples', 'python-client', 'client.py')}`;
const pythonExpectations = path.join(root, 'examples', 'python-client', 'expectations.json');

test('a known deviation that fails as listed keeps the gate green, and is shown as known', () => {
  // Three scenarios the example is known to fail (it has no calendar connection), named exactly.
  const three = [
    'Two prompts for the calendar connection',
    'A calendar connection that keeps asking stops after three prompts',
    'A calendar connection left without credentials shows EWS not fully initialized',
  ];
  const run = runGate(python, ['--name', three.map((n) => `^${n}$`).join('|')], {}, ['--expect', pythonExpectations]);
  expect(run.status, run.output).to.equal(0);
  expect(run.output).to.match(/3 known deviation\(s\)/);
  expect(run.output).to.match(/~ Two prompts for the calendar connection — The example does not connect to Exchange/);
  expect(run.output).to.match(/3 passed, 0 failed/);
});

test('a listed deviation that now passes fails the gate and says how to update the file', () => {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'signin-expect-')), 'expectations.json');
  writeFileSync(
    file,
    JSON.stringify({ knownDeviations: [{ scenario: "Sign Out from the Lync icon's menu", reason: 'we thought it broken' }] }),
  );
  const run = runGate(python, ['--name', "^Sign Out from the Lync icon's menu$"], {}, ['--expect', file]);
  expect(run.status, run.output).to.equal(1);
  expect(run.output).to.match(/NOW PASSES, but .*expectations\.json lists it as a known deviation: Sign Out from the Lync icon's menu/);
  expect(
    run.output.includes(`remove the entry {"scenario":"Sign Out from the Lync icon's menu","reason":"we thought it broken"}`),
    run.output,
  ).to.equal(true);
  expect(run.output).to.match(/0 passed, 1 failed/);
});
