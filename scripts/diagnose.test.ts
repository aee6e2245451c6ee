import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { test } from 'node:test';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildReports } from '../src/report/build-reports';
import { projectSymptomIndex } from '../test-support/project-symptoms';
import { recordTinyRun } from '../test-support/tiny-cucumber-run';

const run = (...args: string[]) =>
  spawnSync(process.execPath, [path.join(__dirname, 'diagnose.js'), ...args], { encoding: 'utf8', timeout: 120_000, input: '' });

test('npm run diagnose: a wrong option is refused with the usage line and exit 2; vague words print a question', () => {
  const cases: readonly [string[], number, RegExp][] = [
    [['spins', '--colour', 'red'], 2, /usage: npm run diagnose/],
    [['spins', '--users', 'many'], 2, /--users takes one\|several/],
    [['spins'], 0, /Ask:\n {2}.+\?\n {4}--answer /],
  ];
  for (const [args, status, out] of cases) {
    const r = run(...args);
    expect(r.status, args.join(' ')).to.equal(status);
    expect(`${r.stdout}${r.stderr}`, args.join(' ')).to.match(out);
  }
});

// Issue 23: `npm run diagnose` names the page of each cause it prints, in the report built from the runs.
test('diagnose prints the page of each cause it names, and the page exists', async () => {
  const reports = mkdtempSync(join(tmpdir(), 'diagnose-pages-'));
  try {
    recordTinyRun(reports);
    await buildReports(reports, { symptoms: projectSymptomIndex() });
    const run = spawnSync(
      process.execPath,
      [join(__dirname, 'diagnose.js'), 'Cannot sign in to Lync because your computer clock is not set correctly'],
      {
        encoding: 'utf8',
        env: { ...process.env, SIGNIN_REPORTS_DIR: reports },
        timeout: 60_000,
      },
    );
    expect(run.status, run.stderr).to.equal(0);
    const causes = run.stdout.match(/^\d+\. .*\[[\w-]+\]$/gm) ?? [];
    const pages = [...run.stdout.matchAll(/^ {3}Page: (.*)$/gm)].map((m) => m[1] ?? '');
    expect(causes.length).to.be.at.least(2);
    expect(pages.length).to.equal(causes.length);
    for (const page of pages) expect(existsSync(page), page).to.equal(true);
    expect(pages).to.include(join(reports, 'conformance', 'cause', 'clock-off.html'));
  } finally {
    rmSync(reports, { recursive: true, force: true });
  }
});
