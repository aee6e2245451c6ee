import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { allureFormatOptions, type AllureResultLike } from './allure-format-options';
import { inlineScreenshots } from './allure-screenshots';
import { recordTinyRun } from '../../test-support/tiny-cucumber-run';

const result = (tags: string[], steps: AllureResultLike['steps'] = []): AllureResultLike => ({
  status: 'passed',
  statusDetails: {},
  labels: [
    { name: 'feature', value: 'Troubles' },
    ...tags.map((t) => ({
      name: t.startsWith('@section:') ? 'epic' : 'story',
      value: t.replace(/^@section:/, ''),
    })),
  ],
  parameters: [],
  steps,
});
const stop = (r: AllureResultLike, column = 'Reference, in-process') => {
  for (const l of allureFormatOptions({ column }).listeners) l.beforeTestResultStop(r);
  return r;
};
const label = (r: AllureResultLike, name: string) => r.labels.filter((l) => l.name === name).map((l) => l.value);

const cases: { name: string; tags: string[]; epic: string[]; story: string[]; severity: string }[] = [
  {
    name: 'first sign-in is critical',
    tags: ['@section:first-sign-in', '@FS-01'],
    epic: ['First sign-in'],
    story: ['FS-01'],
    severity: 'critical',
  },
  {
    name: 'sign-out is critical',
    tags: ['@section:sign-out', '@SO-04', '@SO-05'],
    epic: ['Sign Out'],
    story: ['SO-04', 'SO-05'],
    severity: 'critical',
  },
  {
    name: 'troubleshooting is normal',
    tags: ['@section:troubleshooting', '@TE-01'],
    epic: ['Troubleshooting sign-in errors'],
    story: ['TE-01'],
    severity: 'normal',
  },
  { name: 'no tags', tags: [], epic: [], story: [], severity: 'normal' },
];

for (const c of cases) {
  test(`allure labels: ${c.name}`, () => {
    const r = stop(result(c.tags));
    assert.deepEqual(label(r, 'epic'), c.epic);
    assert.deepEqual(label(r, 'story'), c.story);
    assert.deepEqual(label(r, 'severity'), [c.severity]);
    assert.deepEqual(label(r, 'parentSuite'), ['Reference, in-process']);
    assert.deepEqual(label(r, 'feature'), ['Troubles']);
    assert.deepEqual(r.parameters, [{ name: 'Client and driver', value: 'Reference, in-process' }]);
  });
}

test('allure: a scenario with an undefined step is broken, not passed', () => {
  const r = stop(result([], [{ name: 'Given x', status: 'passed' }, { name: 'Then y' }]));
  assert.equal(r.status, 'broken');
  assert.match(r.statusDetails.message ?? '', /Then y/);
});

test('a real run writes labelled Allure results, and screenshots are copied into them', () => {
  const dir = mkdtempSync(join(tmpdir(), 'allure-'));
  try {
    recordTinyRun(dir, 'tiny', { allure: true });
    const resultsDir = join(dir, 'allure-results');
    const results = readdirSync(resultsDir)
      .filter((f) => f.endsWith('-result.json'))
      .map((f) => JSON.parse(readFileSync(join(resultsDir, f), 'utf8')) as AllureResultLike);
    const alice = results.find((r) => r.name === 'alice signs in for the first time');
    assert.ok(alice);
    assert.deepEqual(label(alice, 'story'), ['FS-01']);
    assert.deepEqual(label(alice, 'epic'), ['First sign-in']);
    assert.equal(results.find((r) => r.name === 'a step nobody wrote')?.status, 'broken');
    assert.equal(inlineScreenshots(resultsDir, dir), 1);
    assert.equal(inlineScreenshots(resultsDir, dir), 0, 'a second pass changes nothing');
    const pngs = readdirSync(resultsDir).filter((f) => f.endsWith('.png'));
    assert.equal(pngs.length, 1);
    assert.ok(existsSync(join(resultsDir, pngs[0] ?? '')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
