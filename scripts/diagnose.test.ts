import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { buildReports } from '../src/report/build-reports';
import { projectSymptomIndex } from '../test-support/project-symptoms';
import { recordTinyRun } from '../test-support/tiny-cucumber-run';

// Issue 23: `npm run diagnose` names the page of each cause it prints, in the report built from the runs.
test('diagnose prints the page of each cause it names, and the page exists', async () => {
  const reports = mkdtempSync(join(tmpdir(), 'diagnose-pages-'));
  try {
    recordTinyRun(reports);
    await buildReports(reports, { symptoms: projectSymptomIndex() });
    const run = spawnSync(process.execPath, [join(__dirname, 'diagnose.js'), 'clock is not set'], {
      encoding: 'utf8',
      env: { ...process.env, SIGNIN_REPORTS_DIR: reports },
      timeout: 60_000,
    });
    expect(run.status, run.stderr).to.equal(0);
    const causes = run.stdout.match(/^ {3}\d+\.\d+ /gm) ?? [];
    const pages = [...run.stdout.matchAll(/^ {7}Page: (.*)$/gm)].map((m) => m[1] ?? '');
    expect(causes.length).to.be.at.least(2);
    expect(pages.length).to.equal(causes.length);
    for (const page of pages) expect(existsSync(page), page).to.equal(true);
    expect(pages).to.include(join(reports, 'conformance', 'cause', 'clock-off.html'));
  } finally {
    rmSync(reports, { recursive: true, force: true });
  }
});
