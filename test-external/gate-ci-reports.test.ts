import { expect } from 'chai';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { root, runGate } from './support/run-gate';

// The files a CI system reads (junit.xml, the Allure results, cucumber.html, conformance.md) say what the exit code
// says: a known deviation is skipped with its reason, a result not as expected is a failure.
const python = `python3 ${path.join(root, 'examples', 'python-client', 'client.py')}`;
const calendar = ['Two prompts for the calendar connection', 'A calendar connection that keeps asking stops after three prompts'];
const signOut = "Sign Out from the Lync icon's menu";
const only = (names: readonly string[]) => ['--name', names.map((n) => `^${n}$`).join('|')];

function junitCounts(out: string): Record<string, number> {
  const suite = /<testsuite\b[^>]*>/.exec(readFileSync(path.join(out, 'junit.xml'), 'utf8'))?.[0] ?? '';
  const count = (key: string) => Number(new RegExp(`\\b${key}="(\\d+)"`).exec(suite)?.[1] ?? NaN);
  return { tests: count('tests'), failures: count('failures'), errors: count('errors'), skipped: count('skipped') };
}

function allureStatuses(out: string): Record<string, string> {
  const dir = path.join(out, 'allure-results');
  const results = readdirSync(dir)
    .filter((f) => f.endsWith('-result.json'))
    .map(
      (f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as { name: string; status: string; statusDetails?: { message?: string } },
    );
  return Object.fromEntries(
    results.map((r) => [r.name, `${r.status}${r.statusDetails?.message ? `: ${r.statusDetails.message.slice(0, 40)}` : ''}`]),
  );
}

const expectations = (list: readonly string[]): string => {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'signin-expect-')), 'expectations.json');
  writeFileSync(
    file,
    JSON.stringify({ client: 'python example', knownDeviations: list.map((scenario) => ({ scenario, reason: `we skip ${scenario}` })) }),
  );
  return file;
};

test('a gate run with known deviations and exit 0: junit.xml, Allure, cucumber.html and conformance.md show them as skipped, with their reason', () => {
  const run = runGate(python, only([...calendar, signOut]), { SIGNIN_ALLURE: '1' }, ['--expect', expectations(calendar)]);
  expect(run.status, run.output).to.equal(0);
  expect(junitCounts(run.out)).to.deep.equal({ tests: 3, failures: 0, errors: 0, skipped: 2 });
  const junit = readFileSync(path.join(run.out, 'junit.xml'), 'utf8');
  expect(junit.match(/<skipped><!\[CDATA\[Known deviation: we skip /g) ?? []).to.have.length(2);
  expect(allureStatuses(run.out)).to.deep.equal({
    [calendar[0] ?? '']: `skipped: Known deviation: we skip ${calendar[0]}`.slice(0, 'skipped: '.length + 40),
    [calendar[1] ?? '']: `skipped: Known deviation: we skip ${calendar[1]}`.slice(0, 'skipped: '.length + 40),
    [signOut]: 'passed',
  });
  const html = readFileSync(path.join(run.out, 'cucumber.html'), 'utf8');
  expect(html).not.to.include('"status":"FAILED"');
  expect(html).to.include(`Known deviation: we skip ${calendar[0]}`);
  const md = readFileSync(path.join(run.out, 'conformance.md'), 'utf8');
  expect(md).to.match(/Known deviation \d/);
  expect(md).not.to.match(/\| ❌ Deviates/);
  // The log: no timeline of a known deviation; the recorded run keeps what happened.
  expect(run.output).not.to.include('Timeline of');
  expect(readFileSync(path.join(run.out, 'messages.ndjson'), 'utf8')).to.include('"status":"FAILED"');
});

test('a gate run with an unexpected failure and an unexpected pass, exit 1: both are failures in every CI file, and only the unexpected failure prints its timeline', () => {
  const run = runGate(python, only([...calendar, signOut]), { SIGNIN_ALLURE: '1' }, [
    '--expect',
    expectations([calendar[0] ?? '', signOut]),
  ]);
  expect(run.status, run.output).to.equal(1);
  expect(junitCounts(run.out)).to.deep.equal({ tests: 3, failures: 2, errors: 0, skipped: 1 });
  const statuses = allureStatuses(run.out);
  expect(statuses[calendar[0] ?? '']).to.match(/^skipped: Known deviation/);
  expect(statuses[calendar[1] ?? '']).to.match(/^(failed|broken)/);
  expect(statuses[signOut]).to.match(/^failed: Listed as a known deviation/);
  const md = readFileSync(path.join(run.out, 'conformance.md'), 'utf8');
  expect(md).to.match(/\| ❌ Deviates/);
  expect(run.output).to.include(`Timeline of "${calendar[1]}"`);
  expect(run.output).not.to.include(`Timeline of "${calendar[0]}"`);
  expect(existsSync(path.join(run.out, 'cucumber.html'))).to.equal(true);
});
