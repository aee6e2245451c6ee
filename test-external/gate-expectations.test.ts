import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { root, runGate } from './support/run-gate';

const python = `python3 ${path.join(root, 'examples', 'python-client', 'client.py')}`;
const pythonExpectations = path.join(root, 'examples', 'python-client', 'expectations.json');

test('a known deviation that fails as listed keeps the gate green, and is shown as known', () => {
  const run = runGate(python, ['--name', 'calendar'], {}, ['--expect', pythonExpectations]);
  assert.equal(run.status, 0, run.output);
  assert.match(run.output, /3 known deviation\(s\)/);
  assert.match(run.output, /~ Two prompts for the calendar connection — The example does not connect to Exchange/);
  assert.match(run.output, /3 passed, 0 failed/);
});

test('a listed deviation that now passes fails the gate and says how to update the file', () => {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'signin-expect-')), 'expectations.json');
  writeFileSync(
    file,
    JSON.stringify({ knownDeviations: [{ scenario: "Sign Out from the Lync icon's menu", reason: 'we thought it broken' }] }),
  );
  const run = runGate(python, ['--name', "^Sign Out from the Lync icon's menu$"], {}, ['--expect', file]);
  assert.equal(run.status, 1, run.output);
  assert.match(run.output, /NOW PASSES, but .*expectations\.json lists it as a known deviation: Sign Out from the Lync icon's menu/);
  assert.ok(
    run.output.includes(`remove the entry {"scenario":"Sign Out from the Lync icon's menu","reason":"we thought it broken"}`),
    run.output,
  );
  assert.match(run.output, /0 passed, 1 failed/);
});
