import { expect } from 'chai';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { recordTinyRun } from '../test-support/tiny-cucumber-run';
import { sha256 } from './support/recorded-folder';
import { report } from './support/runner';

// Issue 25: a truncated, empty or doubled messages.ndjson gave `npm run report` exit 0 and no warning. Each is refused
// now, with an error naming the file and what is wrong, a nonzero exit, and the previous conformance report intact.

const work = mkdtempSync(join(tmpdir(), 'hostile-messages-'));
after(() => rmSync(work, { recursive: true, force: true }));
const messages = join(work, 'tiny', 'messages.ndjson');
let whole = '';
let other = '';
let before_: Record<string, string> = {};

before(() => {
  recordTinyRun(join(work, 'second'));
  other = readFileSync(join(work, 'second', 'tiny', 'messages.ndjson'), 'utf8');
  rmSync(join(work, 'second'), { recursive: true, force: true });
  rmSync(join(work, 'ui'), { recursive: true, force: true });
  recordTinyRun(work);
  whole = readFileSync(messages, 'utf8');
  const built = report(work);
  expect(built.status, built.output).to.equal(0);
  before_ = hashes();
});

function hashes(): Record<string, string> {
  return { html: sha256(join(work, 'conformance.html')), md: sha256(join(work, 'conformance.md')) };
}

const lines = (text: string) => text.split('\n').filter((l) => l !== '');
const isRun = (line: string, kind: string) => line.startsWith(`{"${kind}"`);

const cases: { name: string; make: () => string; marker?: boolean; error: RegExp }[] = [
  { name: 'empty', make: () => '', error: /messages\.ndjson is empty/ },
  {
    name: 'cut in the middle of a line',
    make: () => whole.slice(0, Math.floor(whole.length * 0.6)),
    error: /messages\.ndjson is truncated/,
  },
  {
    name: 'cut after a whole line, before testRunFinished',
    make: () =>
      `${lines(whole)
        .filter((l) => !isRun(l, 'testRunFinished'))
        .join('\n')}\n`,
    error: /messages\.ndjson is truncated: the run started but never finished/,
  },
  { name: 'doubled (two runs appended)', make: () => `${whole}${other}`, error: /messages\.ndjson holds 2 runs/ },
  {
    name: 'mixed (test cases of another run inside this one)',
    make: () => {
      const own = lines(whole);
      const finish = own.findIndex((l) => isRun(l, 'testRunFinished'));
      const foreign = lines(other).filter((l) => isRun(l, 'testCase'));
      return `${[...own.slice(0, finish), ...foreign, ...own.slice(finish)].join('\n')}\n`;
    },
    error: /messages\.ndjson mixes two runs/,
  },
  { name: 'whole, in a folder marked INCOMPLETE', make: () => whole, marker: true, error: /incomplete run/ },
];

for (const c of cases) {
  test(`npm run report refuses a recorded run that is ${c.name}, and leaves the previous report intact`, () => {
    writeFileSync(messages, c.make());
    if (c.marker) writeFileSync(join(work, 'tiny', 'INCOMPLETE'), 'features tiny, pid 1, started 2026-01-01\n');
    try {
      const built = report(work);
      expect(built.status, built.output).to.not.equal(0);
      expect(built.output).to.match(c.error);
      expect(hashes()).to.deep.equal(before_);
    } finally {
      writeFileSync(messages, whole);
      rmSync(join(work, 'tiny', 'INCOMPLETE'), { force: true });
    }
  });
}
