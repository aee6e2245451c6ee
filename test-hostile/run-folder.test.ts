import { expect } from 'chai';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { freshFolder, gate, oneScenario } from './support/gate';

/** Issue 25: the gate never deletes what it did not write; a folder holding such files is refused, before any scenario runs. */
const cases: readonly { readonly what: string; readonly files: readonly string[]; readonly expect?: string }[] = [
  { what: 'a folder with files of its owner (--out .)', files: ['notes.txt', 'src/main.py'] },
  { what: 'a folder holding the expectations file (--expect inside --out)', files: ['expectations.json'], expect: 'expectations.json' },
  { what: 'a folder holding only a file named like a report', files: ['junit.xml'] },
];

for (const c of cases) {
  test(`--out on ${c.what} is refused with one line, exit 2, and nothing deleted`, () => {
    const out = freshFolder();
    for (const f of c.files) {
      mkdirSync(path.dirname(path.join(out, f)), { recursive: true });
      writeFileSync(path.join(out, f), f.endsWith('.json') ? '{ "knownDeviations": [] }' : 'mine');
    }
    const before = readdirSync(out, { recursive: true }).sort();
    const args = ['--out', out, '--no-tally', ...(c.expect ? ['--expect', path.join(out, c.expect)] : []), ...oneScenario];
    const run = gate(args);
    expect(run.status, run.stdout + run.stderr).to.equal(2);
    expect(run.stderr.trim().split('\n'), 'one line').to.have.length(1);
    expect(run.stderr).to.match(/the gate did not write .*nothing was deleted/);
    expect(run.stdout, 'no scenario ran').to.not.match(/passed/);
    expect(readdirSync(out, { recursive: true }).sort(), 'every file is still there').to.deep.equal(before);
  });
}

test('a folder an earlier gate run wrote is cleared and used again', () => {
  const out = path.join(freshFolder(), 'reports');
  const first = gate(['--out', out, '--no-tally', ...oneScenario]);
  expect(first.status, first.stdout + first.stderr).to.equal(0);
  const second = gate(['--out', out, '--no-tally', ...oneScenario]);
  expect(second.status, second.stdout + second.stderr).to.equal(0);
  expect(existsSync(path.join(out, 'messages.ndjson'))).to.equal(true);
});
