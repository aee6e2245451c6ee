import { expect } from 'chai';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { boundedRun } from './support/bounded-run';

/**
 * Issue 25: a step's text cannot hang a run. Each feature below runs through Cucumber's API with the project's
 * support code (one child process, support code loaded once); each must end in under a second, apart from loading.
 * Too long a step is refused before any matching with a line naming the file and line; a step at the limit that no
 * step definition matches gets its snippet in time; and matching stays linear where a parameter type's regexp could
 * backtrack ({menu path} before its rewrite: exponential in the number of ">").
 */
const root = join(__dirname, '..');
let dir = '';
const results = new Map<string, { ms: number; success: boolean; error: string | null }>();
let output = '';

const feature = (step: string): string => `Feature: hostile\n  Scenario: one long step\n    Given ${step}\n`;
const menuPath = Array.from({ length: 27 }, () => 'A ').join('> ');
/** Refused steps end in under a second; a step under the limit may take two for its snippet (Cucumber's own work). */
const cases: { name: string; step: string; refused: boolean; ms: number }[] = [
  { name: 'one-megabyte', step: `Alice ${'A'.repeat(1024 * 1024)}`, refused: true, ms: 1000 },
  { name: 'two-thousand', step: `Alice ${'A'.repeat(1994)}`, refused: true, ms: 1000 },
  { name: 'at-the-limit-letters', step: 'A'.repeat(1000), refused: false, ms: 2000 },
  { name: 'at-the-limit-digits', step: '1'.repeat(1000), refused: false, ms: 2000 },
  { name: 'menu-path', step: `Alice chooses ${menuPath}from the Options button on PC1!`, refused: false, ms: 2000 },
];

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'hostile-steps-'));
  for (const c of cases) writeFileSync(join(dir, `${c.name}.feature`), feature(c.step));
  const run = await boundedRun(
    process.execPath,
    [join(__dirname, 'support', 'time-steps.js'), ...cases.map((c) => join(dir, `${c.name}.feature`))],
    {
      cwd: root,
      env: { ...process.env, TS_NODE_TRANSPILE_ONLY: 'true' },
      timeoutMs: 60_000,
    },
  );
  output = `${run.stdout}${run.stderr}`.slice(-3000);
  for (const line of run.stdout.split('\n').filter((l) => l.startsWith('{'))) {
    const r = JSON.parse(line) as { file: string; ms: number; success: boolean; error: string | null };
    results.set(r.file, r);
  }
});

after(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

for (const c of cases)
  test(`a step of ${c.step.length} characters (${c.name}) ${c.refused ? 'is refused' : 'runs'} in under ${c.ms / 1000} s`, () => {
    const r = results.get(join(dir, `${c.name}.feature`));
    expect(r, `no result (the run hung or failed):\n${output}`).to.not.equal(undefined);
    if (!r) return;
    expect(r.ms, `took ${Math.round(r.ms)} ms`).to.be.lessThan(c.ms);
    expect(r.success, 'the run fails').to.equal(false);
    if (c.refused) {
      expect(r.error).to.match(
        new RegExp(
          `${c.name}\\.feature:3: the step "Alice A+\\.\\.\\." is ${c.step.length} characters long; a step may have at most 1000 characters`,
        ),
      );
    } else expect(r.error, 'no error: the step is undefined, with its snippet').to.equal(null);
  });
